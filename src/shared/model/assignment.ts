// Step 1, the assignment (Opdracht): who asked what of whom, by when, and how
// the report looks (language, logo, accent colour).

import { z } from 'zod';
import { IdSchema, list, text } from './fields';

export const assignmentStatuses = ['draft', 'in-review', 'delivered'] as const;
export const AssignmentStatusSchema = z.enum(assignmentStatuses);
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;

export const AuthorSchema = z.looseObject({
  id: IdSchema,
  name: text(),
  role: text(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const logoMediaTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

/** The logo is embedded in the project file so the file alone rebuilds the report. */
export const LogoSchema = z.looseObject({
  fileName: text(),
  mediaType: z.enum(logoMediaTypes),
  dataBase64: z.string(),
});
export type Logo = z.infer<typeof LogoSchema>;

export const DEFAULT_ACCENT_COLOR = '#1f6f8b';

export const BrandingSchema = z.looseObject({
  /** Hex colour #rrggbb used for headings and table headers in the report. */
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f6f8b')
    .default(DEFAULT_ACCENT_COLOR),
  logo: LogoSchema.nullable().default(null),
});
export type Branding = z.infer<typeof BrandingSchema>;

export const AssignmentSchema = z.looseObject({
  title: text(),
  subtitle: text(),
  client: z.looseObject({ municipality: text(), department: text() }).prefault({}),
  /** Role of the commissioning contact at the client, e.g. "beleidsadviseur jeugd". */
  commissionerRole: text(),
  consultancy: z.looseObject({ organisation: text() }).prefault({}),
  authors: list(AuthorSchema),
  /** Calendar dates YYYY-MM-DD, or '' when not yet known. */
  startDate: text(),
  dueDate: text(),
  reportDate: text(),
  status: AssignmentStatusSchema.default('draft'),
  reportLanguage: z.enum(['nl', 'en']).default('nl'),
  branding: BrandingSchema.prefault({}),
});
export type Assignment = z.infer<typeof AssignmentSchema>;
