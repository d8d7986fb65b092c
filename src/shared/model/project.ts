// The root of a Drijfveer project: everything the consultant builds in the ten
// steps, plus review comments and the delivery record. This is exactly what a
// .drijfveer file carries inside its envelope (see project-file/envelope.ts).

import { z } from 'zod';
import type { Language } from '../language';
import { AdviceSchema } from './advice';
import { AssignmentSchema } from './assignment';
import { ContextSchema } from './context';
import { defaultThemes } from './default-themes';
import { DeliverySchema } from './delivery';
import { DeskResearchSchema } from './desk-research';
import { IdSchema, text } from './fields';
import { newId } from './ids';
import { InsightsSchema } from './insights';
import { MarketingMixSchema } from './marketing-mix';
import { MonitoringSchema } from './monitoring';
import { PartnersSchema } from './partners';
import { ReportSettingsSchema } from './report-settings';
import { ReviewSchema } from './review';
import { TargetGroupSchema } from './target-group';

export const ProjectSchema = z.looseObject({
  id: IdSchema,
  /** ISO timestamps. */
  createdAt: text(),
  updatedAt: text(),
  assignment: AssignmentSchema.prefault({}),
  context: ContextSchema.prefault({}),
  targetGroup: TargetGroupSchema.prefault({}),
  deskResearch: DeskResearchSchema.prefault({}),
  partners: PartnersSchema.prefault({}),
  insights: InsightsSchema.prefault({}),
  marketingMix: MarketingMixSchema.prefault({}),
  advice: AdviceSchema.prefault({}),
  monitoring: MonitoringSchema.prefault({}),
  report: ReportSettingsSchema.prefault({}),
  review: ReviewSchema.prefault({}),
  /** Set once the project is delivered; the file is then read-only. */
  delivery: DeliverySchema.nullable().default(null),
});

/** A project with every default filled in (the parsed, output side of the schema). */
export type Project = z.output<typeof ProjectSchema>;

/** What ProjectSchema accepts: any field with a default may be left out. */
export type ProjectInput = z.input<typeof ProjectSchema>;

/** A fresh project: empty steps, the default codebook in the given language. */
export function createEmptyProject(language: Language, now: Date = new Date()): Project {
  const timestamp = now.toISOString();
  const project = ProjectSchema.parse({ id: newId(), createdAt: timestamp, updatedAt: timestamp });
  project.assignment.reportLanguage = language;
  project.partners.themes = defaultThemes(language);
  return project;
}
