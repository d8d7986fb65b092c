// Shallow patching for the recipes of steps 6–8: an item changes only when a
// patched field really differs, so an edit that changes nothing returns the
// same object (and the shell records no undo step).

export function patchObject<T extends object>(item: T, patch: Partial<T>): T {
  const changed = (Object.keys(patch) as (keyof T)[]).some((key) => patch[key] !== item[key]);
  return changed ? { ...item, ...patch } : item;
}
