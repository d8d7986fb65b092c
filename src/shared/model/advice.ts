// Step 8, the advice (Advies): points of attention, pitfalls, good examples,
// recommendations, the management summary and the conclusion.

import { z } from 'zod';
import { IdSchema, idList, list, richText, text } from './fields';
import { PrioritySchema } from './marketing-mix';

export const AdviceItemSchema = z.looseObject({
  id: IdSchema,
  title: text(),
  text: richText(),
});
export type AdviceItem = z.infer<typeof AdviceItemSchema>;

export const GoodExampleSchema = z.looseObject({
  id: IdSchema,
  title: text(),
  text: richText(),
  /** The source describing the example, or null. */
  sourceId: z.string().nullable().default(null),
  /** Where the example took place, e.g. a municipality. */
  place: text(),
});
export type GoodExample = z.infer<typeof GoodExampleSchema>;

export const RecommendationSchema = z.looseObject({
  id: IdSchema,
  title: text(),
  text: richText(),
  priority: PrioritySchema.default('medium'),
  insightIds: idList(),
  activityIds: idList(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const AdviceSchema = z.looseObject({
  managementSummary: richText(),
  attentionPoints: list(AdviceItemSchema),
  pitfalls: list(AdviceItemSchema),
  goodExamples: list(GoodExampleSchema),
  recommendations: list(RecommendationSchema),
  conclusion: richText(),
});
export type Advice = z.infer<typeof AdviceSchema>;
