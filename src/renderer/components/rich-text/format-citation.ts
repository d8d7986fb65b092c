// A quick APA-style in-text citation: "(De Winter, 2008)", "(Jansen & Peters,
// 2019, p. 12)", "(Bakker et al., z.d.)". The editor shows the real APA form
// (apa-citation.ts) and falls back to this one where the APA formatter declines
// or a cited source no longer exists; the source picker uses describeSource.

import type { CitationItem } from '../../../shared/model/rich-text';
import type { PersonName, Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';

const words: Record<Language, { noDate: string; etAl: string; and: string; missing: string; anonymous: string }> = {
  nl: { noDate: 'z.d.', etAl: 'et al.', and: '&', missing: 'bron ontbreekt', anonymous: 'z.n.' },
  en: { noDate: 'n.d.', etAl: 'et al.', and: '&', missing: 'missing source', anonymous: 'Anonymous' },
};

function nameOf(person: PersonName): string {
  const literal = person.literal?.trim();
  if (literal) return literal;
  return person.family.trim() || person.given.trim();
}

/** The author part: one or two family names, or the first followed by "et al." from three on. */
export function authorPart(source: Source, language: Language): string {
  const w = words[language];
  const names = source.authors.map(nameOf).filter((name) => name !== '');
  if (names.length === 0) {
    // APA: without an author the title takes its place (shortened here for the editor).
    const title = source.title.trim();
    if (title === '') return w.anonymous;
    return title.length > 40 ? `${title.slice(0, 40).trimEnd()}…` : title;
  }
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} ${w.and} ${names[1]}`;
  return `${names[0]} ${w.etAl}`;
}

function itemText(item: CitationItem, sources: ReadonlyMap<string, Source>, language: Language): string {
  const w = words[language];
  const source = sources.get(item.sourceId);
  if (!source) return w.missing;
  const year = source.year.trim() || w.noDate;
  const locator = item.locator?.trim();
  return `${authorPart(source, language)}, ${year}${locator ? `, ${locator}` : ''}`;
}

/** "(A, 2008; B & C, 2010, p. 3)"; an empty citation shows as "()" so it can still be seen and removed. */
export function formatInTextCitation(
  items: readonly CitationItem[],
  sources: readonly Source[],
  language: Language,
): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return `(${items.map((item) => itemText(item, byId, language)).join('; ')})`;
}

/** One line describing a source in the picker: "De Winter (2008) — Title". */
export function describeSource(source: Source, language: Language): string {
  const year = source.year.trim() || words[language].noDate;
  const title = source.title.trim();
  return `${authorPart(source, language)} (${year})${title ? ` — ${title}` : ''}`;
}

/** Sources whose description contains every word of the query (case and accent insensitive). */
export function filterSources(sources: readonly Source[], query: string, language: Language): Source[] {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const terms = fold(query).split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0) return [...sources];
  return sources.filter((source) => {
    const haystack = fold(`${describeSource(source, language)} ${source.containerTitle} ${source.citationKey}`);
    return terms.every((term) => haystack.includes(term));
  });
}
