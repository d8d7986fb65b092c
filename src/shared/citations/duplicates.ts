// Recognising a source that is already in the library: the same DOI (case does
// not matter, nor a "https://doi.org/" prefix), or the same title, year and
// first author's family name compared without case, accents or punctuation.

import type { Source } from '../model/desk-research';
import { bareDoi } from './csl';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function doiKey(source: Source): string {
  return bareDoi(source.doi).toLowerCase();
}

function firstAuthor(source: Source): string {
  const first = source.authors[0];
  return first ? fold((first.literal ?? '').trim() || first.family) : '';
}

function workKey(source: Source): string | null {
  const title = fold(source.title);
  if (!title) return null;
  return `${title}|${source.year.trim()}|${firstAuthor(source)}`;
}

export function findDuplicate(candidate: Source, library: Source[]): Source | null {
  const doi = doiKey(candidate);
  if (doi) {
    const sameDoi = library.find((s) => doiKey(s) === doi);
    if (sameDoi) return sameDoi;
  }
  const key = workKey(candidate);
  if (!key) return null;
  return library.find((s) => workKey(s) === key) ?? null;
}

/** Splits an import into new sources and ones already present (also within the import itself). */
export function mergeImport(
  library: Source[],
  imported: Source[],
): { added: Source[]; duplicates: { imported: Source; existing: Source }[] } {
  const added: Source[] = [];
  const duplicates: { imported: Source; existing: Source }[] = [];
  for (const source of imported) {
    const existing = findDuplicate(source, library) ?? findDuplicate(source, added);
    if (existing) duplicates.push({ imported: source, existing });
    else added.push(source);
  }
  return { added, duplicates };
}
