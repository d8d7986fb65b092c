// Step 3, target group and behaviour (Doelgroep & gedrag). Social marketing
// starts from current behaviour; the behaviour goal states the desired change
// as "who, instead of …, does …, where/when". Determinants are the drivers and
// barriers behind the behaviour, placed in COM-B and backed by evidence.

import { z } from 'zod';
import { IdSchema, idList, list, richText, text } from './fields';

export const BehaviourGoalSchema = z.looseObject({
  who: text(),
  insteadOf: text(),
  does: text(),
  whereWhen: text(),
});
export type BehaviourGoal = z.infer<typeof BehaviourGoalSchema>;

/** What the target group does instead of the desired behaviour, and why that is attractive. */
export const CompetingBehaviourSchema = z.looseObject({
  id: IdSchema,
  description: text(),
  whyAttractive: text(),
});
export type CompetingBehaviour = z.infer<typeof CompetingBehaviourSchema>;

export const comBComponents = [
  'capability-physical',
  'capability-psychological',
  'opportunity-physical',
  'opportunity-social',
  'motivation-reflective',
  'motivation-automatic',
] as const;
export const ComBSchema = z.enum(comBComponents);
export type ComB = z.infer<typeof ComBSchema>;

export const DeterminantSchema = z.looseObject({
  id: IdSchema,
  kind: z.enum(['driver', 'barrier']).default('barrier'),
  comB: ComBSchema.default('motivation-reflective'),
  description: text(),
  evidence: z.looseObject({ findingIds: idList(), quoteIds: idList() }).prefault({}),
});
export type Determinant = z.infer<typeof DeterminantSchema>;

export const TargetGroupSchema = z.looseObject({
  description: richText(),
  currentBehaviour: richText(),
  desiredBehaviour: richText(),
  behaviourGoal: BehaviourGoalSchema.prefault({}),
  competingBehaviours: list(CompetingBehaviourSchema),
  determinants: list(DeterminantSchema),
});
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
