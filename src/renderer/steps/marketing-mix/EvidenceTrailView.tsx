// The evidence trail of an activity or recommendation, compact: a warning
// per broken link, always visible, and a collapsed list insight → quotes and
// findings → interviews and sources that opens on demand.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/language';
import { richTextToPlain } from '../../../shared/model/rich-text';
import { describeSource } from '../../components/rich-text/format-citation';
import { StepWarning } from '../insights/ItemDisclosure';
import { shorten } from '../insights/link-options';
import type { EvidenceIndex, EvidenceTrail, TrailProblem } from './evidence-trail';
import '../insights/step-editors.css';

export interface EvidenceTrailViewProps {
  trail: EvidenceTrail;
  index: EvidenceIndex;
  language: Language;
  /** "activity" or "recommendation": the warning for no insight differs. */
  owner: 'activity' | 'recommendation';
}

function useProblemText(index: EvidenceIndex, owner: EvidenceTrailViewProps['owner']) {
  const { t } = useTranslation('step-marketing-mix');
  const insightTitle = (id: string) => index.insights.get(id)?.title.trim() || t('trail.untitledInsight');
  return (problem: TrailProblem): string => {
    switch (problem.kind) {
      case 'no-insight':
        return t(`trail.problem.noInsight.${owner}`);
      case 'missing-insight':
        return t('trail.problem.missingInsight');
      case 'missing-activity':
        return t('trail.problem.missingActivity');
      case 'no-evidence':
        return t('trail.problem.noEvidence', { insight: insightTitle(problem.insightId) });
      case 'missing-evidence':
        return t('trail.problem.missingEvidence', { insight: insightTitle(problem.insightId) });
      case 'quote-without-interview':
        return t('trail.problem.quoteWithoutInterview', { quote: shorten(index.quotes.get(problem.quoteId)?.text ?? '', 60) });
      case 'finding-without-source':
        return t('trail.problem.findingWithoutSource', { finding: shorten(findingText(index, problem.findingId), 60) });
      case 'missing-source':
        return t('trail.problem.missingSource', { finding: shorten(findingText(index, problem.findingId), 60) });
    }
  };
}

function findingText(index: EvidenceIndex, id: string): string {
  const finding = index.findings.get(id);
  return finding ? richTextToPlain(finding.text) : '';
}

export const EvidenceTrailView = memo(function EvidenceTrailView({ trail, index, language, owner }: EvidenceTrailViewProps): JSX.Element {
  const { t } = useTranslation(['step-marketing-mix', 'app']);
  const problemText = useProblemText(index, owner);
  const { counts } = trail;
  return (
    <section className="evidence-trail" aria-label={t('trail.title')}>
      {trail.problems.map((problem) => (
        <StepWarning key={JSON.stringify(problem)}>{problemText(problem)}</StepWarning>
      ))}
      {trail.insights.length > 0 ? (
        <details>
          <summary>
            {t('trail.title')}: {t('trail.summary', counts)}
          </summary>
          <ul>
            {trail.insights.map(({ insight, quotes, findings }) => (
              <li key={insight.id}>
                <span className="inline-tag">{t(`app:enums.insightType.${insight.type}`)}</span>
                <span className="trail-insight">{insight.title.trim() || t('trail.untitledInsight')}</span>
                {quotes.length + findings.length > 0 ? (
                  <ul>
                    {quotes.map((q) => (
                      <li key={q.id}>
                        “{shorten(q.text, 200)}”
                        <span className="trail-code">{q.interviewCode ?? t('trail.noInterview')}</span>
                      </li>
                    ))}
                    {findings.map((f) => (
                      <li key={f.id}>
                        {shorten(f.text, 200)}
                        {f.sources.length > 0 ? (
                          <ul>
                            {f.sources.map((s) => (
                              <li key={s.sourceId} className="trail-source">
                                {s.source ? describeSource(s.source, language) : t('trail.deletedSource')}
                                {s.locator ? `, ${s.locator}` : ''}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
});
