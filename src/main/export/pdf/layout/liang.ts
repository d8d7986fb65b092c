// Liang's hyphenation over the hyphen package's pattern data, giving the same
// hyphen positions as the package's `hyphenateSync(text)` with its defaults,
// without its general machinery (a text reader with HTML and soft-hyphen
// verifiers, closures and arrays per character, a string rebuilt per word):
// the report's layout asks for thousands of words, most of them only once.
//
// The data, as the package ships it per language:
//   [0] levels rows: arrays of small numbers (an odd number allows a break);
//   [1] a trie keyed by single characters ("." marks a word's edge); an entry
//       is a deeper trie, a levels row index, or [deeper trie, row index];
//   [2] exceptions (optional): lower-case word → hyphen positions (some past
//       the word's end: the package puts those at the end).
// What the package does with it, and so what this module does:
// - A text is cut into runs of "letters" and "non-letters". Non-letters are
//   white space, ASCII punctuation and digits except the apostrophe ('), and
//   U+2013–U+203C (dashes, quotation marks, so also ’). A letter run of five or
//   more UTF-16 units is a word; so is a final run of five or more non-letters.
// - A word is lower-cased with `toLocaleLowerCase()`. An exception gives its
//   positions. Otherwise the trie is walked from every position of
//   "." + word + "." but the last two; a row matched from position s is laid
//   over the word's levels from index 0 (s = 0) or s - 1, keeping the maximum.
//   The levels array has the word's length + 1 entries; a row reaching past
//   them lengthens it (entries past the end never allow a break). The first
//   two and the last two entries of the (possibly lengthened) array are then
//   cleared, and every odd entry i puts a hyphen before the word's unit i.
// Input containing "<" or U+00AD is outside this contract: the package treats
// those as HTML and already-hyphenated text. One difference: the package
// memoises per lower-case word, so for the rare word whose lower case is longer
// (İ) its answer depends on the words it saw before; here it is always what a
// fresh instance of the package answers.

/** A trie node: single characters to entries. */
export interface PatternTrie {
  readonly [character: string]: PatternTrieEntry | undefined;
}
/** A deeper node, a levels row index, or both. */
export type PatternTrieEntry = PatternTrie | number | readonly [PatternTrie, number];
export type PatternData = readonly [levels: readonly (readonly number[])[], trie: PatternTrie, exceptions?: Readonly<Record<string, readonly number[]>>];

/** The package's minimum word length (UTF-16 units). */
const MIN_WORD = 5;

/** Offsets (UTF-16) in a text before which the package would put a hyphen, ascending. */
export type Hyphenator = (text: string) => number[];

/**
 * A hyphenator over one language's data. The exceptions are copied now: the
 * package itself adds every word it hyphenates to that same object.
 */
export function createHyphenator(data: PatternData): Hyphenator {
  const rows = data[0];
  const trie = data[1];
  const exceptions = new Map<string, readonly number[]>();
  if (data[2]) for (const word of Object.keys(data[2])) exceptions.set(word, data[2][word].slice());
  let levels = new Uint8Array(128);

  /** Adds the hyphen offsets of `text[start, end)` (one word) to `out`. */
  const word = (text: string, start: number, end: number, out: number[]): void => {
    const lower = text.slice(start, end).toLocaleLowerCase();
    const known = exceptions.get(lower);
    const units = end - start;
    if (known !== undefined) {
      // Some exceptions have positions past the word's end: the package's hyphen then ends the word.
      for (let k = 0; k < known.length; k += 1) out.push(start + Math.min(known[k], units));
      return;
    }
    const length = lower.length;
    if (levels.length < Math.max(units, length) + 3) levels = new Uint8Array(Math.max(units, length) * 2 + 3);
    levels.fill(0, 0, units + 1);
    // The last index written: the levels array's length - 1 in the package.
    let last = units;
    for (let s = 0; s < length; s += 1) {
      const offset = s === 0 ? 0 : s - 1;
      let node: PatternTrie = trie;
      for (let p = s; p <= length + 1; p += 1) {
        const entry: PatternTrieEntry | undefined = node[p === 0 || p === length + 1 ? '.' : lower[p - 1]];
        if (entry === undefined) break;
        let row: number;
        let deeper: PatternTrie | null;
        if (typeof entry === 'number') {
          row = entry;
          deeper = null;
        } else if (Array.isArray(entry)) {
          deeper = (entry as readonly [PatternTrie, number])[0];
          row = (entry as readonly [PatternTrie, number])[1];
        } else {
          node = entry as PatternTrie;
          continue;
        }
        const values = rows[row];
        for (let k = 0; k < values.length; k += 1) {
          const at = offset + k;
          if (at > last) last = at;
          if (at <= units && values[k] > levels[at]) levels[at] = values[k];
        }
        if (deeper === null) break;
        node = deeper;
      }
    }
    levels[0] = 0;
    levels[1] = 0;
    if (last <= units) levels[last] = 0;
    if (last - 1 <= units) levels[last - 1] = 0;
    for (let at = 2; at <= units; at += 1) if ((levels[at] & 1) === 1) out.push(start + at);
  };

  return (text) => {
    const out: number[] = [];
    const length = text.length;
    let start = 0;
    while (start < length) {
      const letter = !isNotLetter(text.charCodeAt(start));
      let end = start + 1;
      while (end < length && !isNotLetter(text.charCodeAt(end)) === letter) end += 1;
      if (end - start >= MIN_WORD && (letter || end === length)) word(text, start, end, out);
      start = end;
    }
    return out;
  };
}

/** The package's test for a character outside words (white space, most ASCII punctuation, U+2013–U+203C). */
export function isNotLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x21 && code <= 0x40 && code !== 0x27) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e) || code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code >= 0x2000 && code <= 0x205f) return code <= 0x200a || (code >= 0x2013 && code <= 0x203c) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
  return code === 0xa0 || code === 0x1680 || code === 0x3000 || code === 0xfeff;
}
