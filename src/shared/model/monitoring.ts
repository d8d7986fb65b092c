// Step 9, monitoring and follow-up (Monitoring & vervolg): indicators with
// baseline and target per segment, measurement scales with described levels,
// and a pilot ("proeftuin") plan with phases.

import { z } from 'zod';
import { IdSchema, list, richText, text } from './fields';

export const ScaleLevelSchema = z.looseObject({
  id: IdSchema,
  /** Position on the scale, 1 = lowest. */
  rank: z.number().int().default(1),
  label: text(),
  description: text(),
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ScaleSchema = z.looseObject({
  id: IdSchema,
  name: text(),
  description: text(),
  levels: list(ScaleLevelSchema),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const indicatorKinds = ['output', 'outcome', 'process'] as const;
export const IndicatorKindSchema = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

export const IndicatorTargetSchema = z.looseObject({
  /** The segment this baseline/target is for, or null for the whole target group. */
  segmentId: z.string().nullable().default(null),
  baseline: text(),
  target: text(),
});
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

export const IndicatorSchema = z.looseObject({
  id: IdSchema,
  name: text(),
  description: text(),
  kind: IndicatorKindSchema.default('outcome'),
  /** Scale the indicator is measured on, or null for a plain number/unit. */
  scaleId: z.string().nullable().default(null),
  unit: text(),
  source: text(),
  frequency: text(),
  targets: list(IndicatorTargetSchema),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const PilotPhaseSchema = z.looseObject({
  id: IdSchema,
  title: text(),
  /** Calendar dates YYYY-MM-DD or ''. */
  start: text(),
  end: text(),
  description: text(),
});
export type PilotPhase = z.infer<typeof PilotPhaseSchema>;

export const PilotSchema = z.looseObject({
  name: text(),
  description: richText(),
  location: text(),
  phases: list(PilotPhaseSchema),
});
export type Pilot = z.infer<typeof PilotSchema>;

export const MonitoringSchema = z.looseObject({
  intro: richText(),
  indicators: list(IndicatorSchema),
  scales: list(ScaleSchema),
  pilot: PilotSchema.prefault({}),
});
export type Monitoring = z.infer<typeof MonitoringSchema>;
