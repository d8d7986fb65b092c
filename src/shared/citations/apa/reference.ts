// One reference-list entry in APA 7, built the way the APA CSL style builds it
// for our source types (csl.ts maps them: article → article-journal, book,
// chapter, report, webpage, policy → report with a genre, other → document):
//
//   Authors. (Year). Title (identifier) [description]. Source. DOI-or-URL
//
// Elements are joined by ". ", and like citeproc a full stop is not doubled
// after text that already ends in ".", "?" or "!". Field combinations whose
// output we have not matched against citeproc are declined (decline.ts).

import type { Language } from '../../language';
import type { Source } from '../../model/desk-research';
import { bareDoi, isoDateToCsl, policyGenre } from '../csl';
import { decline, plain } from './decline';
import { type ApaName, bibliographyAuthors, editorList } from './names';
import { apaTerms } from './terms';
import { englishTitleCase } from './title-case';

export interface Segment {
  text: string;
  italic?: boolean;
}
type Part = Segment[];

const text = (value: string): Part => [{ text: value }];
const italic = (value: string): Part => [{ text: value, italic: true }];

function endsWithStop(part: Part): boolean {
  const last = part[part.length - 1];
  return last !== undefined && /[.?!]$/.test(last.text);
}

/** Joins non-empty parts; ". " shrinks to " " after a full stop, question or exclamation mark. */
export function joinParts(parts: Part[], delimiter: string): Part {
  const out: Part = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) {
      const glue = delimiter === '. ' && endsWithStop(out) ? ' ' : delimiter;
      out.push({ text: glue });
    }
    out.push(...part);
  }
  return out;
}

/** The year as citeproc prints it from date-parts: four digits, or null for "no date". */
export function yearOf(source: Source): number | null {
  const year = source.year.trim();
  if (!year) return null;
  if (!/^[1-9]\d{3}$/.test(year)) decline(`year ${JSON.stringify(year)} is not four digits`);
  return Number(year);
}

/** "45-67" → "45–67", "123-45" → "123–145" (the style's expanded ranges), "42" → "42". */
export function pageRange(pages: string, field: string): { text: string; plural: boolean } {
  const single = /^[1-9]\d*$/.exec(pages);
  if (single) return { text: pages, plural: false };
  const range = /^([1-9]\d*)\s*[-\u2013]\s*([1-9]\d*)$/.exec(pages);
  if (!range) return decline(`${field} ${JSON.stringify(pages)} is not a page or a simple page range`);
  const [, first, rawLast] = range;
  const last = rawLast.length < first.length ? first.slice(0, first.length - rawLast.length) + rawLast : rawLast;
  if (Number(last) <= Number(first)) decline(`${field} ${JSON.stringify(pages)} does not run forward`);
  return { text: `${first}\u2013${last}`, plural: true };
}

function edition(source: Source, language: Language): string {
  const value = source.edition.trim();
  if (!value) return '';
  if (!/^[1-9]\d{0,2}$/.test(value)) decline(`edition ${JSON.stringify(value)} is not a plain number`);
  return apaTerms[language].edition(Number(value));
}

function refuse(source: Source, fields: (keyof Source)[]): void {
  for (const field of fields) {
    const value = source[field];
    const filled = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
    if (filled) decline(`${source.type} with ${String(field)} is not supported`);
  }
}

function field(source: Source, key: 'title' | 'containerTitle' | 'publisher' | 'volume' | 'issue' | 'url' | 'doi'): string {
  return plain(source[key].trim(), key);
}

/** "(Red.)"-style label after editors. */
function editorLabel(count: number, language: Language): string {
  const [one, many] = apaTerms[language].editor;
  return `(${count > 1 ? many : one})`;
}

function doiOrUrl(source: Source, year: number | null, language: Language): Part {
  const doi = plain(bareDoi(source.doi), 'doi');
  if (doi) {
    if (/\s/.test(doi)) decline('doi contains white space');
    return text(`https://doi.org/${doi}`);
  }
  const url = field(source, 'url');
  if (!url) return [];
  if (/\s/.test(url)) decline('url contains white space');
  if (year !== null) return text(url);
  const accessed = source.type === 'webpage' ? isoDateToCsl(source.accessed) : undefined;
  const parts = accessed?.['date-parts']?.[0];
  if (!parts || parts.length !== 3) return decline('an undated source with a URL needs a full access date (web pages only)');
  const [y, m, d] = parts.map(Number);
  if (m < 1 || m > 12 || d < 1 || d > 31) decline('access date out of range');
  const terms = apaTerms[language];
  return text(`${terms.retrieved} ${terms.accessDate(y, m, d)}, ${terms.from} ${url}`);
}

export interface ReferenceInput {
  source: Source;
  authors: ApaName[];
  editors: ApaName[];
  year: number | null;
}

/** Checks a source and returns a renderer for its entry given its year suffix ("", "a", …). */
export function prepareReference(input: ReferenceInput, language: Language): (yearSuffix: string) => Segment[] {
  const { source, authors, editors, year } = input;
  const terms = apaTerms[language];
  const title = field(source, 'title');
  if (!title) decline('a source without a title is not supported');
  if (authors.length === 0) decline('a source without authors is not supported');
  // citeproc drops the comma before "&" next to an organisation in a list of names.
  for (const [names, role] of [[authors, 'authors'], [editors, 'editors']] as const) {
    if (names.length > 1 && names.some((n) => n.kind === 'literal')) decline(`an organisation among several ${role}`);
  }
  const container = field(source, 'containerTitle');
  const publisher = field(source, 'publisher');
  const titleCased = (value: string) => (language === 'en' ? englishTitleCase(value) : value);

  let titleGroup: Part;
  let sourceParts: Part[];
  switch (source.type) {
    case 'article': {
      refuse(source, ['editors', 'edition', 'publisher']);
      if (!container) decline('an article without a journal is not supported');
      const volume = field(source, 'volume');
      const issue = field(source, 'issue');
      if (issue && !volume) decline('an article with an issue but no volume is not supported');
      const pages = source.pages.trim() ? pageRange(plain(source.pages.trim(), 'pages'), 'pages').text : '';
      const volumePart: Part = volume ? [...italic(volume), ...(issue ? text(`(${issue})`) : [])] : [];
      titleGroup = text(title);
      sourceParts = [joinParts([italic(titleCased(container)), volumePart, pages ? text(pages) : []], ', ')];
      break;
    }
    case 'chapter': {
      refuse(source, ['issue']);
      if (!container) decline('a chapter without a book title is not supported');
      // citeproc writes "(2e dr., Vol. 3, pp. 45–67)" in both languages; a volume
      // that is not a plain number is appended to the book title instead
      // ("Handboek: IV"), which we have not matched, so it is declined.
      const volume = field(source, 'volume');
      if (volume && !/^[1-9]\d{0,3}$/.test(volume)) decline(`volume ${JSON.stringify(volume)} is not a plain number`);
      const identifiers: string[] = [];
      const ed = edition(source, language);
      if (ed) identifiers.push(ed);
      if (volume) identifiers.push(`${terms.volume} ${volume}`);
      if (source.pages.trim()) {
        const pages = pageRange(plain(source.pages.trim(), 'pages'), 'pages');
        identifiers.push(`${terms.page[pages.plural ? 1 : 0]} ${pages.text}`);
      }
      const who: Part = editors.length > 0 ? text(`${editorList(editors)} ${editorLabel(editors.length, language)}`) : [];
      const book = joinParts([who, italic(container)], ', ');
      const identifier: Part = identifiers.length > 0 ? text(`(${identifiers.join(', ')})`) : [];
      titleGroup = text(title);
      sourceParts = [joinParts([text(terms.in), book, identifier], ' '), publisher ? text(publisher) : []];
      break;
    }
    case 'webpage': {
      refuse(source, ['editors', 'edition', 'volume', 'issue', 'pages', 'publisher']);
      if (!container) decline('a web page without a website name is not supported');
      titleGroup = italic(title);
      sourceParts = [text(titleCased(container))];
      break;
    }
    case 'book':
    case 'report':
    case 'policy':
    case 'other': {
      refuse(source, ['containerTitle', 'editors', 'volume', 'issue', 'pages']);
      const ed = edition(source, language);
      const description = source.type === 'policy' ? text(`[${policyGenre[language]}]`) : [];
      titleGroup = joinParts([italic(title), ed ? text(`(${ed})`) : [], description], ' ');
      sourceParts = [publisher ? text(publisher) : []];
      break;
    }
    default:
      return decline(`source type ${JSON.stringify(source.type)} is not supported`);
  }
  const author = text(bibliographyAuthors(authors));
  const tail = doiOrUrl(source, year, language);
  return (yearSuffix) => {
    const date = text(`(${year === null ? `${terms.noDate}${yearSuffix ? `-${yearSuffix}` : ''}` : `${year}${yearSuffix}`})`);
    const body = joinParts([author, date, titleGroup, ...sourceParts], '. ');
    if (!endsWithStop(body)) body.push({ text: '.' });
    return tail.length > 0 ? [...body, { text: ' ' }, ...tail] : body;
  };
}
