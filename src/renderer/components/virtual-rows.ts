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
