// Step 8 read-only: management summary, points of attention, pitfalls, good
// examples with their source, recommendations with what they build on, and
// the conclusion.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { AdviceItem } from '../../../shared/model/advice';
import { describeSource } from '../../components/rich-text/format-citation';
import { isLanguage } from '../../i18n';
import { RichTextView } from './RichTextView';
import { Fields, NoneYet, Section, indexById, titlesOf } from './parts';

function ItemCards({ items }: { items: AdviceItem[] }) {
  if (items.length === 0) return <NoneYet />;
  return (
    <ul className="item-list cards">
      {items.map((item) => (
        <li key={item.id}>
          <h4>{item.title}</h4>
          <RichTextView doc={item.text} hideEmpty />
        </li>
      ))}
    </ul>
  );
}

export function AdviceView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('app');
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const advice = project.advice;
  const sourcesById = indexById(project.deskResearch.sources);
  const insightsById = indexById(project.insights.insights);
  const activitiesById = indexById(project.marketingMix.activities);

  return (
    <>
      <Section title={t('view.advice.managementSummary')}>
        <RichTextView doc={advice.managementSummary} />
      </Section>
      <Section title={t('view.advice.recommendations')} count={advice.recommendations.length}>
        {advice.recommendations.length === 0 ? (
          <NoneYet />
        ) : (
          <ol className="item-list cards numbered">
            {advice.recommendations.map((r) => (
              <li key={r.id}>
                <h4>{r.title}</h4>
                <RichTextView doc={r.text} hideEmpty />
                <Fields
                  rows={[
                    [t('view.advice.priority'), t(`enums.priority.${r.priority}`)],
                    [t('view.advice.linkedInsights'), titlesOf(r.insightIds, insightsById, (i) => i.title)],
                    [t('view.advice.linkedActivities'), titlesOf(r.activityIds, activitiesById, (a) => a.title)],
                  ]}
                />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('view.advice.attentionPoints')} count={advice.attentionPoints.length}>
        <ItemCards items={advice.attentionPoints} />
      </Section>
      <Section title={t('view.advice.pitfalls')} count={advice.pitfalls.length}>
        <ItemCards items={advice.pitfalls} />
      </Section>
      <Section title={t('view.advice.goodExamples')} count={advice.goodExamples.length}>
        {advice.goodExamples.length === 0 ? (
          <NoneYet />
        ) : (
          <ul className="item-list cards">
            {advice.goodExamples.map((example) => {
              const source = example.sourceId ? sourcesById.get(example.sourceId) : undefined;
              return (
                <li key={example.id}>
                  <h4>{example.title}</h4>
                  <RichTextView doc={example.text} hideEmpty />
                  <Fields
                    rows={[
                      [t('view.advice.place'), example.place],
                      [t('view.advice.source'), source ? describeSource(source, language) : ''],
                    ]}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t('view.advice.conclusion')}>
        <RichTextView doc={advice.conclusion} />
      </Section>
    </>
  );
}
