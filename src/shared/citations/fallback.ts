// Plain last-resort formatting, used only if citeproc fails on some input, so
// that the report still shows something recognisable instead of an error.

import type { Language } from '../language';
import type { PersonName, Source } from '../model/desk-research';
import type { BibEntry } from './engine';

export function missingSourceText(language: Language): string {
  return language === 'nl' ? 'bron ontbreekt' : 'missing source';
}

function noDate(language: Language): string {
  return language === 'nl' ? 'z.d.' : 'n.d.';
}

function displayName(name: PersonName): string {
  return (name.literal ?? '').trim() || name.family.trim() || name.given.trim();
}

export function fallbackCitation(sources: Source[], language: Language): string {
  const parts = sources.map((source) => {
    const names = source.authors.map(displayName).filter(Boolean);
    const who = names.length === 0 ? source.title.trim() : names.length > 2 ? `${names[0]} et al.` : names.join(' & ');
    return `${who}, ${source.year.trim() || noDate(language)}`;
  });
  return `(${parts.join('; ')})`;
}

export function fallbackBibliography(source: Source, language: Language): BibEntry {
  const names = source.authors.map(displayName).filter(Boolean).join(', ');
  const text = [names, `(${source.year.trim() || noDate(language)})`, source.title.trim()]
    .filter(Boolean)
    .join('. ')
    .concat('.');
  return { sourceId: source.id, text, runs: [{ text }] };
}
