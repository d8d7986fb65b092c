// The reference our hyphenation is compared with: the rules on top of the
// hyphen package's own `hyphenateSync`, as hyphenate.ts had them before it got
// its own Liang pass (liang.ts). Kept unchanged, so the equivalence test can
// show that the fast path gives exactly the same points.

import * as nlModule from 'hyphen/nl';
import * as enModule from 'hyphen/en-gb';
import type { Language } from '../../../../../src/shared/language';

type HyphenModule = typeof nlModule;

/** hyphen is CommonJS: under Node's ESM loader its functions sit on the default export. */
const sync = (module: HyphenModule) => ((module as unknown as { default?: HyphenModule }).default ?? module).hyphenateSync;

export const SOFT_HYPHEN = '\u00AD';

/** The package itself: the text with a soft hyphen at each of its break positions. */
export const packageHyphenate: Record<Language, (text: string) => string> = {
  nl: (text) => sync(nlModule)(text, { hyphenChar: SOFT_HYPHEN }),
  en: (text) => sync(enModule)(text, { hyphenChar: SOFT_HYPHEN }),
};

/** The package's break positions as offsets into `text` (where its soft hyphens stand). */
export function packageOffsets(text: string, language: Language): number[] {
  const marked = packageHyphenate[language](text);
  const offsets: number[] = [];
  let inserted = 0;
  for (let i = 0; i < marked.length; i += 1) {
    if (marked[i] === SOFT_HYPHEN) {
      offsets.push(i - inserted);
      inserted += 1;
    }
  }
  return offsets;
}

const MIN_LETTERS = 6;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;
const MAX_WORD = 100;

const PLAIN_WORD = /^[\p{L}\p{M}'’]+$/u;
const LEADING = /^[^\p{L}]+/u;
const TRAILING = /[^\p{L}\p{M}]+$/u;

const isMark = (ch: string): boolean => /\p{M}/u.test(ch);

/** hyphenationPoints as it was (without its memo). */
export function referencePoints(word: string, language: Language): readonly number[] {
  if (word.length > MAX_WORD || /[\p{N}@/\\:]/u.test(word) || /www\./iu.test(word)) return [];
  const lead = LEADING.exec(word)?.[0].length ?? 0;
  const core = word.slice(lead).replace(TRAILING, '');
  if (!PLAIN_WORD.test(core)) return [];
  const points = corePoints(core, language);
  return lead === 0 ? points : points.map((point) => point + lead);
}

function corePoints(core: string, language: Language): number[] {
  const letters = [...core].filter((ch) => !isMark(ch) && ch !== "'" && ch !== '’').length;
  if (letters < MIN_LETTERS) return [];
  const marked = packageHyphenate[language](core);
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
