// Delivery: set when the project was handed over to the municipality. A
// delivered file opens read-only; the fingerprint lets anyone check that the
// project content is what was delivered.

import { z } from 'zod';
import { text } from './fields';

export const DeliverySchema = z.looseObject({
  /** ISO timestamp. */
  deliveredAt: z.string(),
  deliveredBy: text(),
  fingerprint: z.looseObject({
    algorithm: z.literal('sha-256'),
    /** Lower-case hex digest. */
    value: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha-256 hex digest'),
  }),
  /** True when respondents' personal data was removed before delivery. */
  pseudonymised: z.boolean().default(false),
});
export type Delivery = z.infer<typeof DeliverySchema>;
