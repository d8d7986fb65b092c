// The ten workflow steps as the sidebar shows them: their order comes from the
// shared model, their names from the `app` translations (steps.<id>.name), and
// Alt+1 … Alt+0 jump to them in this order.

import { stepIds, type StepId } from '../../shared/model/steps';


export const orderedSteps: readonly StepId[] = stepIds;

/** The step reached with Alt+digit: 1 → first step … 9 → ninth, 0 → tenth. */
export function stepForDigit(digit: string): StepId | null {
  if (!/^[0-9]$/.test(digit)) return null;
  const index = digit === '0' ? 9 : Number(digit) - 1;
  return orderedSteps[index] ?? null;
}

export function stepNumber(step: StepId): number {
  return orderedSteps.indexOf(step) + 1;
}
