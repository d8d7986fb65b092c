// Step 3 read-only: who the target group is, current versus desired behaviour,
// the behaviour goal as one sentence's parts, competing behaviours, and the
// determinants grouped by COM-B component.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { comBComponents } from '../../../shared/model/target-group';
import { RichTextView } from './RichTextView';
import { Fields, NoneYet, Section } from './parts';

export function TargetGroupView({ project }: { project: Project }) {
  const { t } = useTranslation('app');
  const tg = project.targetGroup;
  const goal = tg.behaviourGoal;
  const determinants = tg.determinants;

  return (
    <>
      <Section title={t('view.targetGroup.description')}>
        <RichTextView doc={tg.description} />
      </Section>
      <div className="two-columns">
        <Section title={t('view.targetGroup.currentBehaviour')}>
          <RichTextView doc={tg.currentBehaviour} />
        </Section>
        <Section title={t('view.targetGroup.desiredBehaviour')}>
          <RichTextView doc={tg.desiredBehaviour} />
        </Section>
      </div>
      <Section title={t('view.targetGroup.behaviourGoal')}>
        {goal.who || goal.does ? (
          <Fields
            rows={[
              [t('view.targetGroup.who'), goal.who],
              [t('view.targetGroup.insteadOf'), goal.insteadOf],
              [t('view.targetGroup.does'), goal.does],
              [t('view.targetGroup.whereWhen'), goal.whereWhen],
            ]}
          />
        ) : (
          <p className="muted empty">{t('view.empty')}</p>
        )}
      </Section>
      <Section title={t('view.targetGroup.competing')} count={tg.competingBehaviours.length}>
        {tg.competingBehaviours.length === 0 ? (
          <NoneYet />
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('view.targetGroup.competingDescription')}</th>
                <th scope="col">{t('view.targetGroup.whyAttractive')}</th>
              </tr>
            </thead>
            <tbody>
              {tg.competingBehaviours.map((c) => (
                <tr key={c.id}>
                  <td>{c.description}</td>
                  <td>{c.whyAttractive}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t('view.targetGroup.determinants')} count={determinants.length}>
        {determinants.length === 0 && <NoneYet />}
        {comBComponents.map((component) => {
          const rows = determinants.filter((d) => d.comB === component);
          if (rows.length === 0) return null;
          return (
            <div key={component} className="group-block">
              <h4>{t(`enums.comB.${component}`)}</h4>
              <ul className="item-list">
                {rows.map((d) => (
                  <li key={d.id}>
                    <span className={`tag tag-${d.kind}`}>{t(`enums.determinantKind.${d.kind}`)}</span> {d.description}
                    <span className="muted">
                      {' '}
                      · {t('view.targetGroup.evidence')}:{' '}
                      {t('view.targetGroup.evidenceCount', {
                        findings: d.evidence.findingIds.length,
                        quotes: d.evidence.quoteIds.length,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Section>
    </>
  );
}
