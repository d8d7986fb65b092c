// The power/interest grid drawn from the register: influence up, interest to
// the right, each stakeholder a numbered point. The picture is decoration for
// sighted users; the same facts (number, organisation, scores, quadrant) are
// in the table beside it for everyone.

import { useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/model/partners';
import { gridPoints, quadrantOf } from './power-grid';

const size = 300;
const margin = 36;
const cell = (size - margin - 8) / 5;
const px = (score: number) => margin + (score - 0.5) * cell;
const py = (score: number) => size - margin - (score - 0.5) * cell;

export function PowerGrid({ stakeholders }: { stakeholders: readonly Stakeholder[] }): JSX.Element | null {
  const { t } = useTranslation('step-partners');
  const points = useMemo(() => gridPoints(stakeholders), [stakeholders]);
  if (stakeholders.length === 0) return null;
  const mid = margin + 3 * cell;
  const midY = size - margin - 3 * cell;

  return (
    <section className="power-grid" aria-labelledby="power-grid-title">
      <h3 id="power-grid-title">{t('grid.title')}</h3>
      <div className="power-grid-body">
        <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} aria-hidden="true" focusable="false">
          <rect x={margin} y={8} width={5 * cell} height={5 * cell} className="grid-frame" />
          <line x1={mid} y1={8} x2={mid} y2={8 + 5 * cell} className="grid-mid" />
          <line x1={margin} y1={midY} x2={margin + 5 * cell} y2={midY} className="grid-mid" />
          <text x={margin + 4} y={22} className="grid-quadrant">{t('quadrant.satisfy')}</text>
          <text x={margin + 5 * cell - 4} y={22} textAnchor="end" className="grid-quadrant">{t('quadrant.manage')}</text>
          <text x={margin + 4} y={size - margin - 6} className="grid-quadrant">{t('quadrant.monitor')}</text>
          <text x={margin + 5 * cell - 4} y={size - margin - 6} textAnchor="end" className="grid-quadrant">{t('quadrant.inform')}</text>
          <text x={margin + 2.5 * cell} y={size - 8} textAnchor="middle" className="grid-axis">{t('grid.interest')} →</text>
          <text x={14} y={8 + 2.5 * cell} textAnchor="middle" className="grid-axis" transform={`rotate(-90 14 ${8 + 2.5 * cell})`}>
            {t('grid.influence')} →
          </text>
          {points.map((p) => (
            <g key={p.id} className="grid-point">
              <circle cx={px(p.x)} cy={py(p.y)} r={10} />
              <text x={px(p.x)} y={py(p.y) + 4} textAnchor="middle">{p.n}</text>
            </g>
          ))}
        </svg>
        <table className="data-table compact">
          <caption>{t('grid.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grid.number')}</th>
              <th scope="col">{t('stakeholder.organisation')}</th>
              <th scope="col" className="num">{t('grid.influence')}</th>
              <th scope="col" className="num">{t('grid.interest')}</th>
              <th scope="col">{t('grid.quadrant')}</th>
            </tr>
          </thead>
          <tbody>
            {stakeholders.map((s, index) => (
              <tr key={s.id}>
                <td>{index + 1}</td>
                <th scope="row">{s.organisation.trim() || t('untitled')}</th>
                <td className="num">{s.influence}</td>
                <td className="num">{s.interest}</td>
                <td>{t(`quadrant.${quadrantOf(s)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
