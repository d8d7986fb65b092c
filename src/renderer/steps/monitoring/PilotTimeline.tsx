// The pilot's phases as horizontal bars on one date axis, drawn with plain
// CSS (left/width in percent). The bars are decoration for sighted users; the
// same facts are in the list beside each bar (title and period), so the
// figure reads well without colour or layout.

import { useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { PilotPhase } from '../../../shared/model/monitoring';
import { formatDate } from '../../shell/format';
import { buildTimeline } from './timeline';

export function PilotTimeline({ phases }: { phases: readonly PilotPhase[] }): JSX.Element | null {
  const { t, i18n } = useTranslation('step-monitoring');
  const timeline = useMemo(() => buildTimeline(phases), [phases]);
  if (phases.length === 0) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const byId = new Map(phases.map((phase) => [phase.id, phase]));

  return (
    <figure className="pilot-timeline" aria-labelledby="pilot-timeline-title">
      <figcaption id="pilot-timeline-title" className="field-label">
        {t('pilot.timeline')}
        {timeline.from && timeline.to ? (
          <span className="summary-muted"> — {t('pilot.timelineRange', { from: date(timeline.from), to: date(timeline.to) })}</span>
        ) : null}
      </figcaption>
      {timeline.from === null ? <p className="field-help">{t('pilot.timelineEmpty')}</p> : null}
      <ol className="timeline-rows">
        {timeline.bars.map((bar, index) => {
          const phase = byId.get(bar.id);
          const title = bar.title.trim() || t('pilot.phase', { n: index + 1 });
          let period: string = t('pilot.noDates');
          if (bar.invalid) period = t('pilot.invalidDates');
          else if (phase && bar.left !== null) period = t('pilot.period', { start: date(phase.start), end: date(phase.end) });
          return (
            <li key={bar.id} className={`timeline-row${bar.invalid ? ' timeline-row-invalid' : ''}`}>
              <span className="timeline-label">
                {title} <span className="summary-muted">({period})</span>
              </span>
              <span className="timeline-track" aria-hidden="true">
                {bar.left !== null && bar.width !== null ? (
                  <span className="timeline-bar" style={{ left: `${bar.left}%`, width: `${Math.max(bar.width, 0.5)}%` }} />
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
