// Step 3, Doelgroep & gedrag / Target group & behaviour. Social marketing
// starts from the current behaviour, so that field comes before the desired
// behaviour; the behaviour goal helper sums up the change in one sentence;
// competing behaviours and COM-B determinants explain why people do what they do.

import { useCallback, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextField } from '../../components/rich-text/RichTextField';
import type { StepProps } from '../../components/step-props';
import { BehaviourGoalHelper } from './BehaviourGoalHelper';
import { CompetingBehaviours } from './CompetingBehaviours';
import { Determinants } from './Determinants';
import { setBehaviourGoalField, setTargetGroupText, type BehaviourGoalField, type TargetGroupRichTextField } from './recipes';
import '../../components/forms.css';
import './target-group.css';
import { useRevealItem } from '../../search/reveal';

export function TargetGroupStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-target-group');
  // One opened item across the step's lists keeps the page short and fast.
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const tg = project.targetGroup;
  useRevealItem((id) => {
    if ([...tg.competingBehaviours, ...tg.determinants].some((item) => item.id === id)) setExpandedId(id);
  });
  const sources = project.deskResearch.sources;
  const language = project.assignment.reportLanguage;
  const onGoalField = useCallback(
    (field: BehaviourGoalField, value: string) =>
      onChange((p) => setBehaviourGoalField(p, field, value), `targetGroup.behaviourGoal.${field}`),
    [onChange],
  );

  const richText = (field: TargetGroupRichTextField) => (
    <RichTextField
      id={`target-group-${field}`}
      label={t(`fields.${field}.label`)}
      help={t(`fields.${field}.help`)}
      value={tg[field]}
      readOnly={readOnly}
      sources={sources}
      citationLanguage={language}
      onChange={(value) => onChange((p) => setTargetGroupText(p, field, value), `targetGroup.${field}`)}
    />
  );

  return (
    <div className="step-form step-target-group-form">
      <p className="step-intro">{t('intro')}</p>
      {richText('description')}
      <div className="behaviour-pair">
        {richText('currentBehaviour')}
        {richText('desiredBehaviour')}
      </div>
      <BehaviourGoalHelper goal={tg.behaviourGoal} readOnly={readOnly} onField={onGoalField} />
      <CompetingBehaviours
        items={tg.competingBehaviours}
        readOnly={readOnly}
        onChange={onChange}
        expandedId={expandedId}
        onExpand={setExpandedId}
      />
      <Determinants project={project} readOnly={readOnly} onChange={onChange} expandedId={expandedId} onExpand={setExpandedId} />
    </div>
  );
}
