// The item index (../../shared/review/item-index.ts) rebuilt after every edit
// walked the whole project: with a large project (150 interviews, 1,000
// quotes) that was several milliseconds per keystroke. Edits replace only the
// objects on the path to what changed, so every other object and array keeps
// its identity; this indexer remembers the items found under each object it
// walked and reuses that for objects it has seen before. The result equals
// itemIndex(project), first-occurrence rule and walk order included.

import type { Project } from '../../shared/model/project';
import type { StepId } from '../../shared/model/steps';
import { stepKeys, type ItemLocation } from '../../shared/review/item-index';

type Found = readonly (readonly [string, Record<string, unknown>])[];

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function createItemIndexer(): (project: Project) => Map<string, ItemLocation> {
  const cache = new WeakMap<object, Found>();

  // The same order as itemIndex's stack walk: an object before its contents, array
  // elements first to last, and an object's values last to first.
  const walk = (value: unknown): Found => {
    if (typeof value !== 'object' || value === null) return [];
    const known = cache.get(value);
    if (known) return known;
    const found: (readonly [string, Record<string, unknown>])[] = [];
    if (Array.isArray(value)) {
      for (const element of value) for (const entry of walk(element)) found.push(entry);
    } else if (isObj(value)) {
      if (typeof value.id === 'string' && value.id !== '') found.push([value.id, value]);
      const children = Object.values(value);
      for (let i = children.length - 1; i >= 0; i -= 1) for (const entry of walk(children[i])) found.push(entry);
    }
    cache.set(value, found);
    return found;
  };

  return (project) => {
    const index = new Map<string, ItemLocation>();
    for (const [stepId, key] of Object.entries(stepKeys) as [StepId, keyof Project][]) {
      for (const [id, item] of walk(project[key])) if (!index.has(id)) index.set(id, { stepId, item });
    }
    return index;
  };
}

/** The same set of keys: then whether an id is an item has not changed either. */
export function sameKeys(a: ReadonlyMap<string, unknown> | ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}
