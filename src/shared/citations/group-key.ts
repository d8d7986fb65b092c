// The name a source is filed under in APA: its first author's family name, or
// its title without authors. Sources filed under one name form a group, the
// unit in which APA disambiguates (year letters, initials) and so the unit
// both the export engine and the editor's citations format and cache.

import type { Source } from '../model/desk-research';

export function normaliseName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The name a source is filed under: its first author's family name, else its title. */
export function groupKey(source: Source): string {
  const first = source.authors.find((a) => (a.literal ?? '').trim() || a.family.trim() || a.given.trim());
  const name = first ? (first.literal ?? '').trim() || first.family.trim() || first.given.trim() : '';
  return name ? normaliseName(name) : `~${normaliseName(source.title)}`;
}
