// Step 7, the marketing mix (Marketingmix): concrete activities per P, each
// tied to the segments it serves and the insights it answers, at a level
// (execution, organisation, municipal policy).

import { z } from 'zod';
import { IdSchema, idList, list, richText, text } from './fields';

export const marketingPs = ['product', 'price', 'place', 'promotion', 'partnership', 'policy'] as const;
export const MarketingPSchema = z.enum(marketingPs);
export type MarketingP = z.infer<typeof MarketingPSchema>;

/** The four classic Ps; partnership and policy are opt-in. */
export const defaultEnabledPs: MarketingP[] = ['product', 'price', 'place', 'promotion'];

export const activityLevels = ['execution', 'organisation', 'policy'] as const;
export const ActivityLevelSchema = z.enum(activityLevels);
export type ActivityLevel = z.infer<typeof ActivityLevelSchema>;

export const priorities = ['high', 'medium', 'low'] as const;
export const PrioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof PrioritySchema>;

export const ActivitySchema = z.looseObject({
  id: IdSchema,
  p: MarketingPSchema.default('product'),
  level: ActivityLevelSchema.default('execution'),
  title: text(),
  description: richText(),
  segmentIds: idList(),
  insightIds: idList(),
  priority: PrioritySchema.default('medium'),
  /** Organisation or partner that carries the activity out. */
  owner: text(),
  timing: text(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const MarketingMixSchema = z.looseObject({
  enabledPs: z.array(MarketingPSchema).default(() => [...defaultEnabledPs]),
  intro: richText(),
  activities: list(ActivitySchema),
});
export type MarketingMix = z.infer<typeof MarketingMixSchema>;
