// Text folding for search: case and diacritics are ignored, so "coordinatie"
// finds "coördinatie" and "Cafe" finds "café". The index folds whole strings
// (fast, little garbage). Snippets fold again per character with an offset
// map, so a match found there maps back to the original characters exactly.

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;
const COMBINING = /\p{M}/gu;
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
    // toLowerCase of a lone character may still produce combining marks (İ → i̇).
    folded = folded.replace(COMBINING, '');
    if (charCache.size < 10_000) charCache.set(ch, folded);
  }
  return folded;
}

/** The text in search form: lower case, without diacritics. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(COMBINING, '');
}

export interface FoldedWithOffsets {
  folded: string;
  /** For each position in folded (plus one past the end), the offset in the original text. */
  offsets: number[];
}

/** The text folded character by character, with where each folded character came from. */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  const offsets: number[] = [];
  if (ASCII.test(text)) {
    for (let i = 0; i <= text.length; i += 1) offsets.push(i);
    return { folded: text.toLowerCase(), offsets };
  }
  let folded = '';
  let at = 0;
  for (const ch of text) {
    const part = foldChar(ch);
    folded += part;
    for (let k = 0; k < part.length; k += 1) offsets.push(at);
    at += ch.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

/** The query split into folded terms (whitespace separates terms). */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((term) => term !== '');
}
