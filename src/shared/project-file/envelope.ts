// The outside of a .drijfveer file: a small envelope that says what the file
// is and which format version its payload has, so a loader can refuse or
// migrate before it looks at the project itself.
//
//   { "format": "drijfveer", "version": 2, "savedWith": "0.1.0", "project": { … } }

import { z } from 'zod';

export const FILE_FORMAT = 'drijfveer';

/**
 * The format version this build writes. Bump it only together with a new named
 * migration in migrations.ts (and its fixture pair).
 */
export const CURRENT_FORMAT_VERSION = 2;

export const EnvelopeSchema = z.looseObject({
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(1),
  /** App version that wrote the file; informative only. */
  savedWith: z.string().catch(''),
  /** Validated by ProjectSchema after migration, hence unknown here. */
  project: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
