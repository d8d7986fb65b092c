// COM-B (Michie et al., 2011): behaviour happens when people have the
// Capability, the Opportunity and the Motivation for it. The form groups the
// determinants by the six sub-components and counts drivers (what helps) and
// barriers (what holds people back) in each, so gaps stand out at a glance.

import { comBComponents, type ComB, type Determinant } from '../../../shared/model/target-group';

export interface ComBGroup {
  component: ComB;
  determinants: Determinant[];
  drivers: number;
  barriers: number;
}

/** One group per COM-B component, in the model's order, empty groups included. */
export function groupByComB(determinants: readonly Determinant[]): ComBGroup[] {
  const groups = new Map<ComB, ComBGroup>(
    comBComponents.map((component) => [component, { component, determinants: [], drivers: 0, barriers: 0 }]),
  );
  for (const determinant of determinants) {
    const group = groups.get(determinant.comB);
    // A component this version does not know (a newer file) is left out rather than guessed.
    if (!group) continue;
    group.determinants.push(determinant);
    if (determinant.kind === 'driver') group.drivers += 1;
    else group.barriers += 1;
  }
  return [...groups.values()];
}
