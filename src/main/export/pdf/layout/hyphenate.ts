// Where a word may be hyphenated, in Dutch or English (TeX patterns from the
// hyphen package, which knows Dutch diacritics: co-ör-di-na-tie). Only plain
// words are hyphenated: nothing with digits, no URLs or e-mail addresses, no
// words shorter than six letters, and at least two letters before and three
// after a break. Results are memoised per language, for the bare word and for
// the word as it stands in the text: the same words come back all through a
// report.

import * as nlModule from 'hyphen/nl';
import * as enModule from 'hyphen/en-gb';
import type { Language } from '../../../../shared/language';

type HyphenModule = typeof nlModule;

/** hyphen is CommonJS: under Node's ESM loader its functions sit on the default export. */
const sync = (module: HyphenModule) => ((module as unknown as { default?: HyphenModule }).default ?? module).hyphenateSync;

const SOFT_HYPHEN = '\u00AD';

const hyphenators: Record<Language, (text: string) => string> = {
  nl: (text) => sync(nlModule)(text, { hyphenChar: SOFT_HYPHEN }),
  en: (text) => sync(enModule)(text, { hyphenChar: SOFT_HYPHEN }),
};
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

const isMark = (ch: string): boolean => /\p{M}/u.test(ch);

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
  if (word.length > MAX_WORD || /[\p{N}@/\\:]/u.test(word) || /www\./iu.test(word)) return [];
  const lead = LEADING.exec(word)?.[0].length ?? 0;
  const core = word.slice(lead).replace(TRAILING, '');
  if (!PLAIN_WORD.test(core)) return [];
  const cache = memo[language];
  let points = cache.get(core);
  if (!points) {
    points = corePoints(core, language);
    if (cache.size >= MAX_MEMO) cache.clear();
    cache.set(core, points);
  }
  return lead === 0 ? points : points.map((point) => point + lead);
}

function corePoints(core: string, language: Language): number[] {
  const letters = [...core].filter((ch) => !isMark(ch) && ch !== "'" && ch !== '’').length;
  if (letters < MIN_LETTERS) return [];
  const marked = hyphenators[language](core);
  const points: number[] = [];
  let offset = 0;
  let lettersBefore = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) {
      const prev = core[offset - 1];
      const next = core[offset];
      const nearApostrophe = prev === "'" || prev === '’' || next === "'" || next === '’';
      if (lettersBefore >= MIN_BEFORE && letters - lettersBefore >= MIN_AFTER && !nearApostrophe && next !== undefined && !isMark(next)) {
        points.push(offset);
      }
      continue;
    }
    offset += ch.length;
    if (!isMark(ch) && ch !== "'" && ch !== '’') lettersBefore += 1;
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
