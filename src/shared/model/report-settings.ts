// Step 10, report settings: which sections the report contains and in which
// order, and how the marketing mix is laid out.

import { z } from 'zod';

export const reportSectionKeys = [
  'title-page',
  'toc',
  'management-summary',
  'context',
  'approach',
  'target-group',
  'desk-research',
  'partners',
  'insights',
  'segments',
  'marketing-mix',
  'advice',
  'monitoring',
  'references',
  'appendix-interview-guide',
  'appendix-respondents',
  'appendix-codebook',
] as const;
export const ReportSectionKeySchema = z.enum(reportSectionKeys);
export type ReportSectionKey = z.infer<typeof ReportSectionKeySchema>;

export const ReportSectionSchema = z.looseObject({
  key: ReportSectionKeySchema,
  included: z.boolean().default(true),
});
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/** All sections, included, in the standard order. */
export function defaultReportSections(): ReportSection[] {
  return reportSectionKeys.map((key) => ({ key, included: true }));
}

/**
 * Every section exactly once: the saved order first, then any section the file
 * does not mention (e.g. one added in a later app version), included. Keeps the
 * report builder and the section editor free of "what if it is missing" cases.
 */
export function withAllSections(sections: ReportSection[]): ReportSection[] {
  const seen = new Set<ReportSectionKey>();
  const result: ReportSection[] = [];
  for (const section of sections) {
    if (seen.has(section.key)) continue;
    seen.add(section.key);
    result.push(section);
  }
  for (const key of reportSectionKeys) if (!seen.has(key)) result.push({ key, included: true });
  return result;
}

export const ReportSettingsSchema = z.looseObject({
  sections: z.array(ReportSectionSchema).transform(withAllSections).default(defaultReportSections),
  /** 'per-p': one table per P; 'matrix': one table of Ps × levels. */
  mixLayout: z.enum(['per-p', 'matrix']).default('per-p'),
  includeOpenCommentsInExports: z.boolean().default(false),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;
