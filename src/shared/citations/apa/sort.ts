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
  return `${value.replaceAll(' ', '|')}|`;
}

/** Author list as a sort key: "Family, I." of each author (or the organisation), without "&". */
export function nameSortKey(names: ApaName[]): string {
  return sortText(names.map((n) => (n.kind === 'literal' ? n.literal : `${n.family}, ${n.initials}`)).join(', '));
}

const lower = (key: string) => key.toLocaleLowerCase();

/** A key list lower-cased once, for lists that are compared many times (compareLowerKeys). */
export function lowerKeys(keys: string[]): string[] {
  return keys.map(lower);
}

/** compareKeys for key lists already lower-cased by lowerKeys. */
export function compareLowerKeys(a: string[], b: string[], language: Language): number {
  const compare = collator(language).compare;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compare(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** Compares two key lists element by element; an empty key sorts first. */
export function compareKeys(a: string[], b: string[], language: Language): number {
  return compareLowerKeys(lowerKeys(a), lowerKeys(b), language);
}
