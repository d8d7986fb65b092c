// Step 6, insights and segments (Inzichten & segmentatie). An insight is backed
// by evidence (quotes, findings) and typed along the benchmark criteria; a
// segment is a part of the target group with a persona.

import { z } from 'zod';
import { IdSchema, idList, list, richText, stringList, text } from './fields';

export const insightTypes = ['barrier', 'motivator', 'exchange', 'competition'] as const;
export const InsightTypeSchema = z.enum(insightTypes);
export type InsightType = z.infer<typeof InsightTypeSchema>;

export const InsightSchema = z.looseObject({
  id: IdSchema,
  title: text(),
  description: richText(),
  type: InsightTypeSchema.default('barrier'),
  evidence: z.looseObject({ quoteIds: idList(), findingIds: idList() }).prefault({}),
  segmentIds: idList(),
});
export type Insight = z.infer<typeof InsightSchema>;

export const PersonaSchema = z.looseObject({
  name: text(),
  age: text(),
  description: richText(),
  /** A representative (made-up or pseudonymised) quote. */
  quote: text(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const SegmentSchema = z.looseObject({
  id: IdSchema,
  name: text(),
  description: richText(),
  /** Share of the target group as written, e.g. "35%" or "ca. een derde". */
  share: text(),
  drivers: stringList(),
  barriers: stringList(),
  trustedPlaces: stringList(),
  channels: stringList(),
  persona: PersonaSchema.prefault({}),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const InsightsSchema = z.looseObject({
  insights: list(InsightSchema),
  segments: list(SegmentSchema),
});
export type Insights = z.infer<typeof InsightsSchema>;
