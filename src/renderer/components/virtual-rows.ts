// Which rows a virtualised list renders besides the ones near the view: rows
// that hold focus, an open or just-added item, the target of a search jump.
// Pure, so the rules are testable without a browser.

/** The indexes of the wanted keys that are in the list, each once, in the order asked. */
export function keptIndexes(indexOf: ReadonlyMap<string, number>, wanted: readonly (string | null | undefined)[]): number[] {
  const found: number[] = [];
  for (const key of wanted) {
    const index = key ? indexOf.get(key) : undefined;
    if (index !== undefined && !found.includes(index)) found.push(index);
  }
  return found;
}

/** The rows in view plus the kept ones, ascending and without duplicates. */
export function withKeptRows(inView: readonly number[], kept: readonly number[]): number[] {
  if (kept.length === 0) return [...inView];
  return [...new Set([...inView, ...kept])].sort((a, b) => a - b);
}

/** The row a search jump scrolls the list to, and whether the row is the item itself or only holds it. */
export interface RevealRow {
  index: number;
  /** True when the jump is to the row's own item; false when it is to a part inside the row (a quote in an interview). */
  itself: boolean;
}

/** Which row a jump to itemId (inside parentId, if given) concerns, or null when neither is a row of the list. */
export function revealRow(indexOf: ReadonlyMap<string, number>, itemId: string | null, parentId: string | null): RevealRow | null {
  const own = itemId ? indexOf.get(itemId) : undefined;
  if (own !== undefined) return { index: own, itself: true };
  const parent = parentId ? indexOf.get(parentId) : undefined;
  return parent === undefined ? null : { index: parent, itself: false };
}

/**
 * How to bring a revealed item into a scrolling pane so its top is seen: in
 * the middle when it fits below the pane's top margin, else with its start
 * at the top of the pane (below that margin).
 */
export function revealAlign(itemHeight: number, paneHeight: number, topMargin: number): 'center' | 'start' {
  return itemHeight <= paneHeight - topMargin ? 'center' : 'start';
}
