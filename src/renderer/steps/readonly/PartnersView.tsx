// Step 5 read-only, first half: the stakeholder register with its
// influence/interest quadrants, and the interview guide. The interviews and
// the codebook follow in InterviewsView.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { Stakeholder } from '../../../shared/model/partners';
import { RichTextView } from './RichTextView';
import { NoneYet, Section, joinWords, ScrollRegion } from './parts';
import { InterviewsView } from './InterviewsView';

type Quadrant = 'manage' | 'satisfy' | 'inform' | 'monitor';
const quadrants: Quadrant[] = ['manage', 'satisfy', 'inform', 'monitor'];

/** Scores 1–5; 4 and 5 count as high, matching the middle line of the grid. */
function quadrantOf(s: Stakeholder): Quadrant {
  const highInfluence = s.influence >= 4;
  const highInterest = s.interest >= 4;
  if (highInfluence) return highInterest ? 'manage' : 'satisfy';
  return highInterest ? 'inform' : 'monitor';
}

export function PartnersView({ project }: { project: Project }) {
  const { t } = useTranslation('app');
  const { stakeholders, interviewGuide } = project.partners;

  return (
    <>
      <Section title={t('view.partners.stakeholders')} count={stakeholders.length}>
        {stakeholders.length === 0 ? (
          <NoneYet />
        ) : (
          <ScrollRegion label={t('view.partners.stakeholders')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('view.partners.organisation')}</th>
                  <th scope="col">{t('view.partners.contactRole')}</th>
                  <th scope="col">{t('view.partners.relation')}</th>
                  <th scope="col" className="num">{t('view.partners.influence')}</th>
                  <th scope="col" className="num">{t('view.partners.interest')}</th>
                </tr>
              </thead>
              <tbody>
                {stakeholders.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <strong>{s.organisation}</strong>
                      {s.description && <div className="muted">{s.description}</div>}
                    </td>
                    <td>{s.contactRole}</td>
                    <td>{t(`enums.relation.${s.relation}`)}</td>
                    <td className="num">{s.influence}</td>
                    <td className="num">{s.interest}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>

      {stakeholders.length > 0 && (
        <Section title={t('view.partners.grid')}>
          <div className="quadrants">
            {quadrants.map((q) => (
              <div key={q} className={`quadrant quadrant-${q}`}>
                <h4>{t(`view.partners.quadrant.${q}`)}</h4>
                <p>{joinWords(stakeholders.filter((s) => quadrantOf(s) === q).map((s) => s.organisation)) || '—'}</p>
              </div>
            ))}
          </div>
        </Section>
      )}

      <Section title={t('view.partners.guide')} count={interviewGuide.questions.length}>
        <RichTextView doc={interviewGuide.introduction} hideEmpty />
        {interviewGuide.questions.length === 0 ? (
          <NoneYet />
        ) : (
          <ol className="question-list">
            {interviewGuide.questions.map((q) => (
              <li key={q.id}>
                {q.topic && <span className="tag">{q.topic}</span>} {q.text}
                {q.probes.length > 0 && (
                  <ul className="probes" aria-label={t('view.partners.probes')}>
                    {q.probes.map((probe, i) => (
                      <li key={i}>{probe}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <InterviewsView project={project} />
    </>
  );
}
