// The behaviour goal helper: the four parts of the Dutch government's form
// ("Wie, in plaats van, doet, waar/wanneer") as fields, and the sentence they
// make, updated as the user types so the goal can be read back as a whole.

import { memo, useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { BehaviourGoal } from '../../../shared/model/target-group';
import { TextField } from '../../components/TextField';
import { composeGoalSentence, isGoalUsable } from './behaviour-goal';
import { behaviourGoalFields, type BehaviourGoalField } from './recipes';

export interface BehaviourGoalHelperProps {
  goal: BehaviourGoal;
  readOnly: boolean;
  onField: (field: BehaviourGoalField, value: string) => void;
}

export const BehaviourGoalHelper = memo(function BehaviourGoalHelper({ goal, readOnly, onField }: BehaviourGoalHelperProps): JSX.Element {
  const { t } = useTranslation('step-target-group');
  const previewId = useId();
  const sentence = composeGoalSentence(goal, { insteadOf: t('goal.insteadOfPhrase') });
  const anyFilled = behaviourGoalFields.some((field) => goal[field].trim() !== '');

  return (
    <fieldset className="behaviour-goal">
      <legend className="field-label">{t('goal.title')}</legend>
      <p className="field-help">{t('goal.help')}</p>
      <div className="behaviour-goal-fields">
        {behaviourGoalFields.map((field) => (
          <TextField
            key={field}
            id={`target-group-goal-${field}`}
            label={t(`goal.${field}`)}
            help={t(`goal.${field}Help`)}
            value={goal[field]}
            readOnly={readOnly}
            onChange={(value) => onField(field, value)}
          />
        ))}
      </div>
      <div className="behaviour-goal-preview">
        <span className="field-label" id={previewId}>
          {t('goal.preview')}
        </span>
        <output aria-labelledby={previewId} aria-live="polite" className={sentence ? 'goal-sentence' : 'goal-sentence summary-muted'}>
          {sentence || t('goal.previewEmpty')}
        </output>
        {anyFilled && !isGoalUsable(goal) ? <p className="field-help goal-warning">{t('goal.incomplete')}</p> : null}
      </div>
    </fieldset>
  );
});
