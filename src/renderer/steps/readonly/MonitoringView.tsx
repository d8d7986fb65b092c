// Step 9 read-only: indicators with baseline and target per segment, the
// measurement scales with their ordered levels, and the pilot timeline.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { formatDate } from '../../shell/format';
import { RichTextView } from './RichTextView';
import { Fields, NoneYet, Section, indexById, ScrollRegion } from './parts';

export function MonitoringView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('app');
  const { intro, indicators, scales, pilot } = project.monitoring;
  const scalesById = indexById(scales);
  const segmentsById = indexById(project.insights.segments);
  const period = (start: string, end: string) =>
    [start, end].filter(Boolean).map((d) => formatDate(d, i18n.language)).join(' – ');

  return (
    <>
      <Section title={t('view.monitoring.intro')}>
        <RichTextView doc={intro} />
      </Section>

      <Section title={t('view.monitoring.indicators')} count={indicators.length}>
        {indicators.length === 0 ? (
          <NoneYet />
        ) : (
          <ScrollRegion label={t('view.monitoring.indicators')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('view.monitoring.name')}</th>
                  <th scope="col">{t('view.monitoring.kind')}</th>
                  <th scope="col">{t('view.monitoring.measure')}</th>
                  <th scope="col">{t('view.monitoring.source')}</th>
                  <th scope="col">{t('view.monitoring.frequency')}</th>
                  <th scope="col">{t('view.monitoring.targets')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {indicator.name}
                      {indicator.description && <div className="muted">{indicator.description}</div>}
                    </th>
                    <td>{t(`enums.indicatorKind.${indicator.kind}`)}</td>
                    <td>{(indicator.scaleId && scalesById.get(indicator.scaleId)?.name) || indicator.unit}</td>
                    <td>{indicator.source}</td>
                    <td>{indicator.frequency}</td>
                    <td>
                      <ul className="cell-list">
                        {indicator.targets.map((target, i) => (
                          <li key={i}>
                            {(target.segmentId && segmentsById.get(target.segmentId)?.name) || t('view.monitoring.wholeGroup')}:{' '}
                            {target.baseline || '?'} → {target.target || '?'}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>

      <Section title={t('view.monitoring.scales')} count={scales.length}>
        {scales.length === 0 ? (
          <NoneYet />
        ) : (
          scales.map((scale) => (
            <div key={scale.id} className="group-block">
              <h4>{scale.name}</h4>
              {scale.description && <p>{scale.description}</p>}
              <ol className="scale-levels">
                {[...scale.levels]
                  .sort((a, b) => a.rank - b.rank)
                  .map((level) => (
                    <li key={level.id}>
                      <span className="level-rank">{t('view.monitoring.level')} {level.rank}</span>{' '}
                      <strong>{level.label}</strong>
                      {level.description && <span> — {level.description}</span>}
                    </li>
                  ))}
              </ol>
            </div>
          ))
        )}
      </Section>

      <Section title={pilot.name ? `${t('view.monitoring.pilot')}: ${pilot.name}` : t('view.monitoring.pilot')}>
        <Fields rows={[[t('view.monitoring.location'), pilot.location]]} />
        <RichTextView doc={pilot.description} hideEmpty={pilot.phases.length > 0} />
        {pilot.phases.length > 0 && (
          <table className="data-table">
            <caption>{t('view.monitoring.phases')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('view.monitoring.phase')}</th>
                <th scope="col">{t('view.monitoring.period')}</th>
              </tr>
            </thead>
            <tbody>
              {pilot.phases.map((phase) => (
                <tr key={phase.id}>
                  <th scope="row">
                    {phase.title}
                    {phase.description && <div className="muted">{phase.description}</div>}
                  </th>
                  <td>{period(phase.start, phase.end)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
