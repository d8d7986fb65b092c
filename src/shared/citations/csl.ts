// Our Source → CSL-JSON, the input of the citeproc engine that formats APA 7.
//
// Names with a Dutch particle ("de Winter", "De Winter", "van der Berg") are
// passed on exactly as the user typed them, as one family name. They are shown
// as typed and sorted by what is shown, so both "de Winter, M." and
// "De Winter, M." sort under D. APA 7 asks to follow the name as the person
// uses it; the Belgian/Dutch-at-start usage keeps the particle in front. A user
// who wants the Netherlands convention "Winter, M. de" (sorted under W) types
// family "Winter" and given "M. de". We never split or recapitalise particles,
// so what appears in the report is always what was typed.

import type { PersonName, Source, SourceType } from '../model/desk-research';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export interface CslDate {
  'date-parts'?: (number | string)[][];
  literal?: string;
  raw?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  'container-title'?: string;
  edition?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  URL?: string;
  DOI?: string;
  genre?: string;
  [key: string]: unknown;
}

const cslTypes: Record<SourceType, string> = {
  article: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  webpage: 'webpage',
  policy: 'report',
  other: 'document',
};

/** Genre shown for policy documents ("[Beleidsdocument]"), per report language. */
export const policyGenre = { nl: 'Beleidsdocument', en: 'Policy document' } as const;

export function nameToCsl(name: PersonName): CslName | null {
  const literal = (name.literal ?? '').trim();
  if (literal) return { literal };
  const family = (name.family ?? '').trim();
  const given = (name.given ?? '').trim();
  if (!family && !given) return null;
  if (!family) return { literal: given };
  return given ? { family, given } : { family };
}

function namesToCsl(names: PersonName[]): CslName[] | undefined {
  const out = names.map(nameToCsl).filter((n): n is CslName => n !== null);
  return out.length > 0 ? out : undefined;
}

/** "2008" → date-parts; "2008a" keeps the year; words ("in druk") stay literal. */
export function yearToCsl(year: string): CslDate | undefined {
  const trimmed = year.trim();
  if (!trimmed) return undefined;
  const match = /^(\d{4})$/.exec(trimmed);
  if (match) return { 'date-parts': [[Number(match[1])]] };
  return { literal: trimmed };
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as CSL date-parts; anything else is dropped. */
export function isoDateToCsl(date: string): CslDate | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return undefined;
  const parts = [match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number);
  return { 'date-parts': [parts] };
}

/** Bare DOI: citeproc adds "https://doi.org/" itself, so a pasted link is unwrapped. */
export function bareDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

function setText(item: CslItem, key: string, value: string): void {
  const trimmed = value.trim();
  if (trimmed) item[key] = trimmed;
}

export function sourceToCsl(source: Source, language: 'nl' | 'en' = 'nl'): CslItem {
  const item: CslItem = { id: source.id, type: cslTypes[source.type] ?? 'document' };
  setText(item, 'title', source.title);
  const author = namesToCsl(source.authors);
  if (author) item.author = author;
  const editor = namesToCsl(source.editors);
  if (editor) item.editor = editor;
  const issued = yearToCsl(source.year);
  if (issued) item.issued = issued;
  setText(item, 'container-title', source.containerTitle);
  setText(item, 'edition', source.edition);
  setText(item, 'volume', source.volume);
  setText(item, 'issue', source.issue);
  setText(item, 'page', source.pages);
  setText(item, 'publisher', source.publisher);
  setText(item, 'publisher-place', source.place);
  setText(item, 'URL', source.url);
  setText(item, 'DOI', bareDoi(source.doi));
  // APA 7 gives a retrieval date only for pages that change over time, i.e. web pages.
  if (source.type === 'webpage') {
    const accessed = isoDateToCsl(source.accessed);
    if (accessed) item.accessed = accessed;
  }
  if (source.type === 'policy') item.genre = policyGenre[language];
  return item;
}
