// Where a word may be hyphenated, in Dutch or English (TeX patterns from the
// hyphen package, which knows Dutch diacritics: co-ör-di-na-tie). Only plain
// words are hyphenated: nothing with digits, no URLs or e-mail addresses, no
// words shorter than six letters, and at least two letters before and three
// after a break. Results are memoised per language, for the bare word and for
// the word as it stands in the text: the same words come back all through a
// report. The patterns are applied by our own Liang pass (liang.ts: the
// package's positions, at a fraction of its cost) and a language's patterns
// are loaded the first time it is hyphenated (hyphen-patterns.ts).

import type { Language } from '../../../../shared/language';
import { hyphenPatterns } from './hyphen-patterns';
import { createHyphenator, type Hyphenator } from './liang';

const hyphenators: Partial<Record<Language, Hyphenator>> = {};

const hyphenatorFor = (language: Language): Hyphenator => (hyphenators[language] ??= createHyphenator(hyphenPatterns(language)));

const MIN_LETTERS = 6;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;
const MAX_MEMO = 100_000;
/** Longer than any real word: such a string is cut at the line's end instead. */
const MAX_WORD = 100;

/** Letters (with their combining marks) and apostrophes inside a word; anything else is not hyphenated. */
const PLAIN_WORD = /^[\p{L}\p{M}'’]+$/u;
const LEADING = /^[^\p{L}]+/u;
const TRAILING = /[^\p{L}\p{M}]+$/u;

const memo: Record<Language, Map<string, readonly number[]>> = { nl: new Map(), en: new Map() };
/** Whole words (punctuation included) to their points. */
const wordMemo: Record<Language, Map<string, readonly number[]>> = { nl: new Map(), en: new Map() };

const MARK = /\p{M}/u;
const isMark = (ch: string): boolean => MARK.test(ch);
const EXCLUDED = /[\p{N}@/\\:]/u;
const WEB = /www\./iu;

/**
 * Offsets into `word` (UTF-16 indices) where it may be broken with a hyphen,
 * ascending; empty when the word must not be hyphenated. Leading and trailing
 * punctuation ("(coördinatie),") is allowed and never broken.
 */
export function hyphenationPoints(word: string, language: Language): readonly number[] {
  // The same words end lines all through a report: answer them without the checks below.
  const byWord = wordMemo[language];
  let known = byWord.get(word);
  if (known === undefined) {
    known = pointsOf(word, language);
    if (byWord.size >= MAX_MEMO) byWord.clear();
    byWord.set(word, known);
  }
  return known;
}

function pointsOf(word: string, language: Language): readonly number[] {
  if (word.length > MAX_WORD || (word.includes('.') && WEB.test(word))) return [];
  let core: string;
  let lead: number;
  const latin = latinCore(word);
  if (latin === null) {
    if (EXCLUDED.test(word)) return [];
    lead = LEADING.exec(word)?.[0].length ?? 0;
    core = word.slice(lead).replace(TRAILING, '');
    if (!PLAIN_WORD.test(core)) return [];
  } else {
    if (latin < 0) return [];
    lead = latin & 0xff;
    core = word.slice(lead, latin >> 8);
  }
  const cache = memo[language];
  let points = cache.get(core);
  if (!points) {
    points = corePoints(core, language);
    if (cache.size >= MAX_MEMO) cache.clear();
    cache.set(core, points);
  }
  return lead === 0 ? points : points.map((point) => point + lead);
}

/** Letters below U+0250 (Latin, with its extensions). */
const isLatinLetter = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || code === 0xaa || code === 0xb5 || code === 0xba;
/** Numbers below U+0250 (0–9, ¹ ² ³ ¼ ½ ¾) and the other characters that rule a word out. */
const isExcludedLatin = (code: number): boolean =>
  (code >= 0x30 && code <= 0x3a) || code === 0x40 || code === 0x2f || code === 0x5c || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
/** Punctuation above U+0250 that is common around words: dashes, quotation marks, the ellipsis. */
const isCommonPunctuation = (code: number): boolean => (code >= 0x2013 && code <= 0x2014) || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201d) || code === 0x2026;

/**
 * The checks of pointsOf without its regular expressions, for a word made only of
 * characters below U+0250 and common punctuation (no marks among them): null for
 * any other word; -1 when the word is not hyphenated; else the core's end << 8 |
 * its start (the word has at most MAX_WORD units).
 */
function latinCore(word: string): number | null {
  let excluded = false;
  let first = -1;
  let end = 0;
  for (let at = 0; at < word.length; at += 1) {
    const code = word.charCodeAt(at);
    if (code >= 0x250 && !isCommonPunctuation(code)) return null;
    if (isLatinLetter(code)) {
      if (first < 0) first = at;
      end = at + 1;
    } else if (isExcludedLatin(code)) excluded = true;
  }
  if (excluded || first < 0) return -1;
  // Inside the core only letters and apostrophes.
  for (let at = first; at < end; at += 1) {
    const code = word.charCodeAt(at);
    if (!isLatinLetter(code) && code !== 0x27 && code !== 0x2019) return -1;
  }
  return (end << 8) | first;
}

/** Whether the UTF-16 units `text[at, at + size)` (one character) count as a letter: no mark, no apostrophe. */
function countsAsLetter(text: string, at: number, size: number): boolean {
  const code = text.charCodeAt(at);
  // Combining marks start at U+0300.
  if (code < 0x300) return code !== 0x27;
  return code !== 0x2019 && !isMark(size === 1 ? text[at] : text.slice(at, at + size));
}

/** The length of the character at `at`: 2 for a surrogate pair, unless `split` (a break offset) falls between its halves. */
function characterSize(text: string, at: number, split: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length || split === at + 1) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function corePoints(core: string, language: Language): number[] {
  let letters = 0;
  for (let at = 0; at < core.length; ) {
    const size = characterSize(core, at, -1);
    if (countsAsLetter(core, at, size)) letters += 1;
    at += size;
  }
  if (letters < MIN_LETTERS) return [];
  const breaks = hyphenatorFor(language)(core);
  const points: number[] = [];
  // The characters of `core`, counted as they stand with a hyphen at each break (one may split a surrogate pair).
  let next = 0;
  let lettersBefore = 0;
  for (let offset = 0; ; ) {
    for (; next < breaks.length && breaks[next] === offset; next += 1) {
      const before = core.charCodeAt(offset - 1);
      const after = core.charCodeAt(offset);
      const nearApostrophe = before === 0x27 || before === 0x2019 || after === 0x27 || after === 0x2019;
      if (lettersBefore >= MIN_BEFORE && letters - lettersBefore >= MIN_AFTER && !nearApostrophe && offset < core.length && (after < 0x300 || !isMark(core[offset]))) {
        points.push(offset);
      }
    }
    if (offset >= core.length) break;
    const size = characterSize(core, offset, next < breaks.length ? breaks[next] : -1);
    if (countsAsLetter(core, offset, size)) lettersBefore += 1;
    offset += size;
  }
  return points;
}

/** The word with its hyphenation points shown, e.g. "co-ör-di-na-tie" (for tests and diagnostics). */
export function showHyphenation(word: string, language: Language, hyphen = '-'): string {
  const points = hyphenationPoints(word, language);
  let out = '';
  let last = 0;
  for (const point of points) {
    out += word.slice(last, point) + hyphen;
    last = point;
  }
  return out + word.slice(last);
}
