// Step 5, involving partners (Betrekken partners): the stakeholder register
// (power/interest grid), the interview guide, interviews and their coding.

import { z } from 'zod';
import { IdSchema, list, richText, text } from './fields';
import { InterviewQuestionSchema, InterviewSchema, RespondentGroupSchema } from './interviews';
import { QuoteSchema, ThemeSchema } from './coding';

export const stakeholderRelations = ['influences', 'can-help', 'both'] as const;
export const StakeholderRelationSchema = z.enum(stakeholderRelations);
export type StakeholderRelation = z.infer<typeof StakeholderRelationSchema>;

/** A score on the power/interest grid, 1 (low) to 5 (high). */
const gridScore = z.number().int().min(1).max(5).default(3);

export const StakeholderSchema = z.looseObject({
  id: IdSchema,
  organisation: text(),
  contactRole: text(),
  description: text(),
  /** Role towards the behaviour: influences it, can help change it, or both. */
  relation: StakeholderRelationSchema.default('both'),
  influence: gridScore,
  interest: gridScore,
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const InterviewGuideSchema = z.looseObject({
  introduction: richText(),
  questions: list(InterviewQuestionSchema),
});
export type InterviewGuide = z.infer<typeof InterviewGuideSchema>;

export const PartnersSchema = z.looseObject({
  stakeholders: list(StakeholderSchema),
  interviewGuide: InterviewGuideSchema.prefault({}),
  respondentGroups: list(RespondentGroupSchema),
  interviews: list(InterviewSchema),
  themes: list(ThemeSchema),
  quotes: list(QuoteSchema),
});
export type Partners = z.infer<typeof PartnersSchema>;
