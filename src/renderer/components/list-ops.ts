// Pure operations on lists of items with ids, shared by every step's recipes:
// the project is immutable, so each returns a new array and leaves the input
// alone. Unknown ids and impossible moves return the same array unchanged,
// which lets the caller skip recording an edit that did nothing.

export type MoveDirection = 'up' | 'down';

export interface WithId {
  id: string;
}

/** The list with the item moved one place up or down; unchanged at the ends. */
export function moveItem<T extends WithId>(items: readonly T[], id: string, direction: MoveDirection): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= items.length) return items as T[];
  const next = [...items];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

export function removeItem<T extends WithId>(items: readonly T[], id: string): T[] {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : (items as T[]);
}

/** The list with one item replaced by `update(item)`; the same array when `update` returns the item itself. */
export function updateItem<T extends WithId>(items: readonly T[], id: string, update: (item: T) => T): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const next = update(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? next : (items as T[]);
}

export function appendItem<T extends WithId>(items: readonly T[], item: T): T[] {
  return [...items, item];
}
