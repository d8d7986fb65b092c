// Sort keys and the string comparison citeproc uses for the APA style's sort.
// A key is the rendered text with every space turned into "|" and a "|" at
// the end; keys are lower-cased and compared with the report language's
// collation, ignoring case, accents and punctuation, digits as numbers. "|" is
// not punctuation to the collator, so it separates words: "de Vries" sorts
// before "Dekker".

import type { Language } from '../../language';
import type { ApaName } from './names';

const collators: Partial<Record<Language, Intl.Collator>> = {};

function collator(language: Language): Intl.Collator {
  return (collators[language] ??= new Intl.Collator(language === 'nl' ? 'nl-NL' : 'en-US', {
    sensitivity: 'base',
    ignorePunctuation: true,
    numeric: true,
  }));
}

/** Rendered text as a sort key. */
export function sortText(value: string): string {
  return `${value.replace(/ /g, '|')}|`;
}

/** Author list as a sort key: "Family, I." of each author (or the organisation), without "&". */
export function nameSortKey(names: ApaName[]): string {
  return sortText(names.map((n) => (n.kind === 'literal' ? n.literal : `${n.family}, ${n.initials}`)).join(', '));
}

function compareText(a: string, b: string, language: Language): number {
  return collator(language).compare(a.toLocaleLowerCase(), b.toLocaleLowerCase());
}

/** Compares two key lists element by element; an empty key sorts first. */
export function compareKeys(a: string[], b: string[], language: Language): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const c = compareText(x, y, language);
    if (c !== 0) return c;
  }
  return 0;
}
