// Names as the APA CSL style prints them through citeproc: "Family, I. I."
// in the reference list, "I. I. Family" for editors of a book, the family
// name alone (or with initials, to tell two people apart) in the text.
// Organisations (literal names) are printed as typed. Names are never split
// into particles or recapitalised (csl.ts explains why), and given names that
// citeproc would treat specially (lower-case words such as a trailing "de",
// all-capital initials "JW", initials without spaces "E.J.") are declined.

import type { PersonName } from '../../model/desk-research';
import { nameToCsl } from '../csl';
import { decline, plain } from './decline';

export type ApaName =
  | { kind: 'literal'; literal: string }
  | { kind: 'person'; family: string; given: string; initials: string };

const WORD = /^\p{Lu}\p{Ll}*$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/** "Maartje M." → "M. M.", "Jan-Willem" → "J.-W."; declines anything less regular. */
export function initialsOf(given: string): string {
  return given
    .split(' ')
    .map((token) => {
      const parts = token.split('-');
      return parts
        .map((part) => {
          if (!WORD.test(part) && !INITIAL.test(part)) decline(`given name part ${JSON.stringify(part)} is not a plain name or initial`);
          return `${part[0]}.`;
        })
        .join('-');
    })
    .join(' ');
}

/** The names of a list as citeproc receives them (empty names dropped), checked. */
export function apaNames(names: PersonName[], role: string): ApaName[] {
  const out: ApaName[] = [];
  for (const name of names) {
    const csl = nameToCsl(name);
    if (!csl) continue;
    if (csl.literal !== undefined) {
      const literal = plain(csl.literal, `${role} name`);
      if (/[,]/.test(literal) && role !== 'author') decline(`${role} organisation name with a comma`);
      out.push({ kind: 'literal', literal });
      continue;
    }
    const family = plain(csl.family ?? '', `${role} family name`);
    const given = plain(csl.given ?? '', `${role} given name`);
    if (!given) decline(`${role} ${JSON.stringify(family)} has no given name`);
    if (/[,.;:!?()[\]&/]|\d/.test(family)) decline(`${role} family name ${JSON.stringify(family)} has punctuation or digits`);
    if (!/^\p{L}/u.test(family) || !/\p{L}$/u.test(family)) decline(`${role} family name ${JSON.stringify(family)} does not start and end with a letter`);
    out.push({ kind: 'person', family, given, initials: initialsOf(given) });
  }
  return out;
}

/** "Family, I. I." or the organisation. */
export function sortOrderName(name: ApaName): string {
  return name.kind === 'literal' ? name.literal : `${name.family}, ${name.initials}`;
}

/** "I. I. Family" or the organisation. */
export function displayOrderName(name: ApaName): string {
  return name.kind === 'literal' ? name.literal : `${name.initials} ${name.family}`;
}

/** The family name (or organisation) as cited in the text. */
export function shortName(name: ApaName): string {
  return name.kind === 'literal' ? name.literal : name.family;
}

/** Reference-list author list: "A, B, & C"; up to 20 names (more are shortened with an ellipsis, declined). */
export function bibliographyAuthors(names: ApaName[]): string {
  if (names.length > 20) decline('more than 20 authors');
  const parts = names.map(sortOrderName);
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
}

/** Editors of a book in a chapter reference: "A & B", "A, B, & C". */
export function editorList(names: ApaName[]): string {
  if (names.length > 20) decline('more than 20 editors');
  const parts = names.map(displayOrderName);
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) return `${parts[0]} & ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
}
