// The pure part of LinkPicker: which options match what the user typed. Kept
// apart from the component so it can be tested without a DOM and so the
// lower-cased search text is built once per options list, not per keystroke.

export interface LinkOption {
  id: string;
  label: string;
  /** A second line that is also searched, e.g. an interview code or a source title. */
  hint?: string;
}

/** An option with its search text prepared once (lower-cased label + hint). */
export interface IndexedOption extends LinkOption {
  haystack: string;
}

export interface FilterResult {
  /** At most `limit` matches, in the order of the options list. */
  shown: IndexedOption[];
  /** How many matches exist in total, so the UI can say "and 120 more". */
  total: number;
}

/** Normalises text for matching: case- and accent-insensitive (ë matches e). */
export function searchText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function indexOptions(options: readonly LinkOption[]): IndexedOption[] {
  return options.map((option) => ({ ...option, haystack: searchText(`${option.label} ${option.hint ?? ''}`) }));
}

/**
 * Options not yet chosen whose text contains every word of the query, in any
 * order ("kerk buurt" finds "buurtkerk"). Stops collecting after `limit`
 * matches but keeps counting, which is cheap next to rendering.
 */
export function filterOptions(
  indexed: readonly IndexedOption[],
  query: string,
  chosen: ReadonlySet<string>,
  limit = 50,
): FilterResult {
  const words = searchText(query).split(/\s+/).filter((w) => w.length > 0);
  const shown: IndexedOption[] = [];
  let total = 0;
  for (const option of indexed) {
    if (chosen.has(option.id)) continue;
    if (!words.every((w) => option.haystack.includes(w))) continue;
    total += 1;
    if (shown.length < limit) shown.push(option);
  }
  return { shown, total };
}
