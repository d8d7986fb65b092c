// Step 6 read-only: the key insights with their type and evidence, and the
// segments with persona, drivers, barriers, trusted places and channels.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { RichTextView } from './RichTextView';
import { Fields, NoneYet, Section, indexById, joinWords, titlesOf } from './parts';

export function InsightsView({ project }: { project: Project }) {
  const { t } = useTranslation('app');
  const { insights, segments } = project.insights;
  const segmentsById = indexById(segments);

  return (
    <>
      <Section title={t('view.insights.insights')} count={insights.length}>
        {insights.length === 0 ? (
          <NoneYet />
        ) : (
          <ul className="item-list cards">
            {insights.map((insight) => (
              <li key={insight.id}>
                <h4>
                  <span className={`tag tag-${insight.type}`}>{t(`enums.insightType.${insight.type}`)}</span> {insight.title}
                </h4>
                <RichTextView doc={insight.description} hideEmpty />
                <p className="muted">
                  {t('view.insights.evidence', {
                    quotes: insight.evidence.quoteIds.length,
                    findings: insight.evidence.findingIds.length,
                  })}
                  {insight.segmentIds.length > 0 &&
                    ` · ${t('view.insights.forSegments')}: ${titlesOf(insight.segmentIds, segmentsById, (s) => s.name)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('view.insights.segments')} count={segments.length}>
        {segments.length === 0 ? (
          <NoneYet />
        ) : (
          <div className="segment-grid">
            {segments.map((segment) => (
              <article key={segment.id} className="segment-card" aria-labelledby={`segment-${segment.id}`}>
                <h4 id={`segment-${segment.id}`}>
                  {segment.name}
                  {segment.share && <span className="muted"> · {segment.share}</span>}
                </h4>
                <RichTextView doc={segment.description} hideEmpty />
                <Fields
                  rows={[
                    [t('view.insights.drivers'), joinWords(segment.drivers)],
                    [t('view.insights.barriers'), joinWords(segment.barriers)],
                    [t('view.insights.trustedPlaces'), joinWords(segment.trustedPlaces)],
                    [t('view.insights.channels'), joinWords(segment.channels)],
                  ]}
                />
                {(segment.persona.name || segment.persona.quote) && (
                  <div className="persona">
                    <p>
                      <strong>{t('view.insights.persona')}:</strong> {segment.persona.name}
                      {segment.persona.age && `, ${segment.persona.age}`}
                    </p>
                    <RichTextView doc={segment.persona.description} hideEmpty />
                    {segment.persona.quote && <blockquote>“{segment.persona.quote}”</blockquote>}
                  </div>
                )}
              </article>
            ))}
          </div>
        )}
      </Section>
    </>
  );
}
