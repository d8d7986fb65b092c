// The ten workflow steps, in the order the sidebar shows them. Shared by the
// sidebar, the completeness check, item counts and comment targets.

import { z } from 'zod';

export const stepIds = [
  'assignment',
  'context',
  'target-group',
  'desk-research',
  'partners',
  'insights',
  'marketing-mix',
  'advice',
  'monitoring',
  'report',
] as const;

export const StepIdSchema = z.enum(stepIds);
export type StepId = z.infer<typeof StepIdSchema>;
