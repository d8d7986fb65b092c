// Querying the search index: every term of the query must occur in one entry
// (case- and diacritic-insensitive). One result per item: the best entry of an
// item wins (a title hit over a body hit, then the earlier field). Results
// rank title/name hits before body hits, then in document order. Each result
// carries a snippet of its text with the matched ranges as offsets, so the
// interface marks them without building HTML from project text.

import type { StepId } from '../model/steps';
import { foldWithOffsets, queryTerms } from './fold';
import type { SearchEntry, SearchIndex, SearchKind } from './search-index';

export interface Snippet {
  text: string;
  /** [start, end) ranges inside text that matched a query term, in order, not overlapping. */
  marks: Array<[number, number]>;
}

export interface SearchResult {
  stepId: StepId;
  kind: SearchKind;
  itemId: string | null;
  parentId: string | null;
  field: string;
  label: string;
  isTitle: boolean;
  snippet: Snippet;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** How many items matched in all (results holds at most `limit`). */
  total: number;
}

const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 160;

/** Matched ranges of the terms in folded text, merged, in original-text offsets. */
function matchRanges(entry: SearchEntry, terms: string[]): Array<[number, number]> {
  const { folded, offsets } = foldWithOffsets(entry.text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at === -1) break;
      ranges.push([at, at + term.length]);
      from = at + term.length;
    }
  }
  ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged.map(([start, end]) => [offsets[start], offsets[end]] as [number, number]);
}

/** A window of the text around the first match, on word boundaries where possible. */
export function makeSnippet(entry: SearchEntry, terms: string[]): Snippet {
  const ranges = matchRanges(entry, terms);
  const text = entry.text.replace(/\s/g, ' ');
  if (text.length <= SNIPPET_LENGTH) return { text, marks: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first && space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const marks = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift] as [number, number]);
  return { text: prefix + text.slice(start, end) + suffix, marks };
}

/** The items matching the query, best first; at most `limit` with snippets. */
export function searchProjectIndex(index: SearchIndex, query: string, limit = 50): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) return { results: [], total: 0 };
  // Best entry per item (entries without an item are their own result).
  const best = new Map<string, SearchEntry>();
  const loose: SearchEntry[] = [];
  for (const entry of index.entries) {
    let hit = true;
    for (const term of terms) {
      if (!entry.folded.includes(term)) {
        hit = false;
        break;
      }
    }
    if (!hit) continue;
    if (entry.itemId === null) {
      loose.push(entry);
      continue;
    }
    const current = best.get(entry.itemId);
    if (!current || (entry.isTitle && !current.isTitle)) best.set(entry.itemId, entry);
  }
  const hits = [...best.values(), ...loose];
  hits.sort((x, y) => Number(y.isTitle) - Number(x.isTitle) || x.order - y.order);
  return {
    total: hits.length,
    results: hits.slice(0, limit).map((entry) => ({
      stepId: entry.stepId,
      kind: entry.kind,
      itemId: entry.itemId,
      parentId: entry.parentId,
      field: entry.field,
      label: entry.label,
      isTitle: entry.isTitle,
      snippet: makeSnippet(entry, terms),
    })),
  };
}
