// A short APA-like line for a source in the library list, "Bakker, J. & Sanders, E.
// (2019). Titel." — cheap enough for 400 rows. The full APA 7 reference comes
// from the CSL engine, which is too heavy to load for a list (see SourcePreview).
// Also the search over the library, with its text prepared once per list.

import type { PersonName, Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';

function initials(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter((part) => part !== '')
    .map((part) => `${part.split('-').map((p) => p.charAt(0).toUpperCase()).join('.-')}.`)
    .join(' ');
}

/** "De Winter, M." for a person, the name itself for an organisation. */
export function personName(person: PersonName): string {
  const literal = (person.literal ?? '').trim();
  if (literal) return literal;
  const family = person.family.trim();
  const given = initials(person.given);
  return family && given ? `${family}, ${given}` : family || given;
}

function authorList(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, … ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

/** "Auteur (jaar). Titel." — without authors the title moves to the front, as in APA. */
export function shortReference(source: Source, language: Language): string {
  const year = source.year.trim() || (language === 'nl' ? 'z.d.' : 'n.d.');
  const names = source.authors.map(personName).filter((n) => n !== '');
  const title = source.title.trim().replace(/\.$/, '');
  if (names.length === 0) return title ? `${title}. (${year}).` : `(${year}).`;
  const who = authorList(names, '&').replace(/\.$/, '');
  return `${who}. (${year}).${title ? ` ${title}.` : ''}`;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The searchable text of each source, built once per library array. */
export function indexSources(sources: readonly Source[], language: Language): Map<string, string> {
  return new Map(
    sources.map((s) => [
      s.id,
      fold([shortReference(s, language), s.containerTitle, s.publisher, s.doi, s.citationKey, s.editors.map(personName).join(' ')].join(' ')),
    ]),
  );
}

/** Sources containing every word of the query; the same array when the query is empty. */
export function filterLibrary(sources: readonly Source[], index: ReadonlyMap<string, string>, query: string): readonly Source[] {
  const terms = fold(query).split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0) return sources;
  return sources.filter((s) => {
    const haystack = index.get(s.id) ?? '';
    return terms.every((term) => haystack.includes(term));
  });
}
