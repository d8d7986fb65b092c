// CSL-JSON (from a CSL-JSON file or from citation-js's BibTeX/RIS parsers) →
// our Source. Input is untrusted: only known fields are read, only strings
// and numbers are accepted, and every text is trimmed and capped.

import { type PersonName, type Source, type SourceType, SourceSchema } from '../model/desk-research';
import { newId } from '../model/ids';

const MAX_TEXT = 2000;

const typeMap: Record<string, SourceType> = {
  article: 'article',
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  book: 'book',
  chapter: 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  'paper-conference': 'chapter',
  report: 'report',
  webpage: 'webpage',
  'post-weblog': 'webpage',
  post: 'webpage',
  legislation: 'policy',
  bill: 'policy',
  regulation: 'policy',
};

const POLICY_GENRE = /beleid|policy|nota\b/i;

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function str(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  // Control characters from a broken export would end up in the report; drop them.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a particle back onto the family name, so "de" + "Winter" is kept as "de Winter". */
function toPerson(value: unknown): PersonName | null {
  if (!isRecord(value)) return null;
  const literal = str(own(value, 'literal'));
  if (literal) return { family: '', given: '', literal };
  const family = [str(own(value, 'non-dropping-particle')), str(own(value, 'family'))].filter(Boolean).join(' ');
  const given = [str(own(value, 'given')), str(own(value, 'dropping-particle'))].filter(Boolean).join(' ');
  if (!family && !given) return null;
  // A braced organisation in BibTeX ({Gemeente Rotterdam}) arrives as a family
  // name of several words without a given name: treat it as an organisation.
  if (!given && /\s/.test(family) && /^[A-Z]/.test(family)) return { family: '', given: '', literal: family };
  return { family, given };
}

function toPeople(value: unknown): PersonName[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 200).map(toPerson).filter((p): p is PersonName => p !== null);
}

function dateParts(value: unknown): number[] {
  if (!isRecord(value)) return [];
  const parts = own(value, 'date-parts');
  if (!Array.isArray(parts) || !Array.isArray(parts[0])) return [];
  return (parts[0] as unknown[]).slice(0, 3).map((p) => Number(p)).filter((n) => Number.isInteger(n) && n > 0);
}

function toYear(value: unknown): string {
  const [year] = dateParts(value);
  if (year && year < 10000) return String(year);
  if (isRecord(value)) return str(own(value, 'literal')) || str(own(value, 'raw')).match(/\d{4}/)?.[0] || '';
  return '';
}

function toIsoDate(value: unknown): string {
  const [y, m, d] = dateParts(value);
  if (!y || y >= 10000) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(y), m && m <= 12 ? pad(m) : '', m && d && d <= 31 ? pad(d) : ''].filter(Boolean).join('-');
}

function toType(record: Record<string, unknown>): SourceType {
  const cslType = str(own(record, 'type'));
  const mapped = typeMap[cslType] ?? 'other';
  if (mapped === 'report' && POLICY_GENRE.test(str(own(record, 'genre')))) return 'policy';
  // Zotero writes web pages to BibTeX as @misc with a url, which arrives as a plain document.
  if (mapped === 'other' && (cslType === 'document' || cslType === '') && str(own(record, 'URL'))) return 'webpage';
  return mapped;
}

/** Returns null when the record holds nothing recognisable as a reference. */
export function cslToSource(record: unknown): Source | null {
  if (!isRecord(record)) return null;
  const title = str(own(record, 'title'));
  const authors = toPeople(own(record, 'author'));
  if (!title && authors.length === 0) return null;
  const type = toType(record);
  const containerTitle = str(own(record, 'container-title'));
  return SourceSchema.parse({
    id: newId(),
    type,
    authors,
    year: toYear(own(record, 'issued')),
    title,
    containerTitle,
    editors: toPeople(own(record, 'editor')),
    edition: str(own(record, 'edition')),
    volume: str(own(record, 'volume')),
    issue: str(own(record, 'issue')),
    pages: str(own(record, 'page')).replace(/--/g, '-'),
    publisher: str(own(record, 'publisher')),
    place: str(own(record, 'publisher-place')),
    url: str(own(record, 'URL')),
    doi: str(own(record, 'DOI')),
    accessed: toIsoDate(own(record, 'accessed')),
    note: str(own(record, 'note')),
    citationKey: str(own(record, 'citation-key')) || str(own(record, 'id')),
  });
}
