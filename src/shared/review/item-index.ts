// Where every item of a project lives. Comments, citations and traceability
// links point at items by id only, so to know whether a comment's target still
// exists (and in which step) we index every object with an id in every step.
// The walk is structural rather than a list of fields, so items added to the
// model later (or nested ones such as scale levels) are found without changes here.

import type { Project } from '../model/project';
import type { StepId } from '../model/steps';

/** The project key holding each step's data. */
export const stepKeys: Record<StepId, keyof Project> = {
  assignment: 'assignment',
  context: 'context',
  'target-group': 'targetGroup',
  'desk-research': 'deskResearch',
  partners: 'partners',
  insights: 'insights',
  'marketing-mix': 'marketingMix',
  advice: 'advice',
  monitoring: 'monitoring',
  report: 'report',
};

export interface ItemLocation {
  stepId: StepId;
  /** The item itself (a finding, quote, activity, scale level, …). */
  item: Record<string, unknown>;
}

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every item id in every step, mapped to its step and the item. First occurrence wins. */
export function itemIndex(project: Project): Map<string, ItemLocation> {
  const index = new Map<string, ItemLocation>();
  for (const [stepId, key] of Object.entries(stepKeys) as [StepId, keyof Project][]) {
    const stack: unknown[] = [project[key]];
    while (stack.length > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i -= 1) stack.push(value[i]);
      } else if (isObj(value)) {
        if (typeof value.id === 'string' && value.id !== '' && !index.has(value.id)) {
          index.set(value.id, { stepId, item: value });
        }
        for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return index;
}

/** The step and item with this id, or null when no step holds it (any more). */
export function findItemById(project: Project, id: string): ItemLocation | null {
  return itemIndex(project).get(id) ?? null;
}
