// Step 7 read-only: a P × level matrix to see at a glance where the
// activities sit, then each activity with its priority, owner, timing and the
// segments and insights it answers.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { activityLevels, marketingPs, type MarketingP } from '../../../shared/model/marketing-mix';
import { RichTextView } from './RichTextView';
import { Fields, NoneYet, Section, indexById, titlesOf, ScrollRegion } from './parts';

export function MarketingMixView({ project }: { project: Project }) {
  const { t } = useTranslation('app');
  const mix = project.marketingMix;
  const { activities } = mix;
  // Enabled Ps, plus any P that still has activities (so nothing is hidden).
  const shownPs: MarketingP[] = marketingPs.filter(
    (p) => mix.enabledPs.includes(p) || activities.some((a) => a.p === p),
  );
  const segmentsById = indexById(project.insights.segments);
  const insightsById = indexById(project.insights.insights);

  return (
    <>
      <Section title={t('view.mix.intro')}>
        <RichTextView doc={mix.intro} />
      </Section>

      <Section title={t('view.mix.matrix')} count={activities.length}>
        <ScrollRegion label={t('view.mix.matrix')}>
          <table className="data-table matrix">
            <thead>
              <tr>
                <th scope="col">{t('view.mix.p')}</th>
                {activityLevels.map((level) => (
                  <th key={level} scope="col">
                    {t(`enums.level.${level}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shownPs.map((p) => (
                <tr key={p}>
                  <th scope="row">{t(`enums.p.${p}`)}</th>
                  {activityLevels.map((level) => {
                    const cell = activities.filter((a) => a.p === p && a.level === level);
                    return (
                      <td key={level}>
                        {cell.length === 0 ? (
                          <span className="muted" aria-label={t('view.none')}>
                            —
                          </span>
                        ) : (
                          <ul className="cell-list">
                            {cell.map((a) => (
                              <li key={a.id}>
                                {a.title} <span className="muted">({t(`enums.priority.${a.priority}`)})</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      {shownPs.map((p) => {
        const rows = activities.filter((a) => a.p === p);
        return (
          <Section key={p} title={t(`enums.p.${p}`)} count={rows.length}>
            {rows.length === 0 ? (
              <NoneYet />
            ) : (
              <ul className="item-list cards">
                {rows.map((a) => (
                  <li key={a.id}>
                    <h4>{a.title}</h4>
                    <RichTextView doc={a.description} hideEmpty />
                    <Fields
                      rows={[
                        [t('view.mix.level'), t(`enums.level.${a.level}`)],
                        [t('view.mix.priority'), t(`enums.priority.${a.priority}`)],
                        [t('view.mix.owner'), a.owner],
                        [t('view.mix.timing'), a.timing],
                        [t('view.mix.segments'), titlesOf(a.segmentIds, segmentsById, (s) => s.name)],
                        [t('view.mix.insights'), titlesOf(a.insightIds, insightsById, (i) => i.title)],
                      ]}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        );
      })}
    </>
  );
}
