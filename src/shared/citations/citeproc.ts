// The one place that talks to citeproc (through citation-js's CSL plugin and
// its bundled APA 7 style and nl-NL / en-US locales). Only parsed CSL objects
// go in, so nothing here can trigger citation-js's URL/DOI fetching.

import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Language } from '../language';
import type { CslItem } from './csl';
import { ensureLocalePatches } from './locale-patches';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-US' };

export interface CiteprocCiteItem {
  id: string;
  locator?: string;
  label?: string;
  suffix?: string;
}

function engineFor(items: CslItem[], language: Language, format: 'html' | 'text') {
  ensureLocalePatches();
  const engine = plugins.config.get('@csl').engine(items, 'apa', locales[language], format);
  engine.updateItems(items.map((item) => item.id));
  return engine;
}

/** Bibliography entries as citeproc HTML, in citeproc's (APA) order. */
export function renderBibliographyHtml(items: CslItem[], language: Language): { id: string; html: string }[] {
  if (items.length === 0) return [];
  const result = engineFor(items, language, 'html').makeBibliography();
  if (!result) return [];
  const [meta, entries] = result;
  return meta.entry_ids.map((ids, index) => ({ id: String(ids[0]), html: entries[index] ?? '' }));
}

/** One parenthetical citation as plain text; items are all registered for disambiguation. */
export function renderCitationText(items: CslItem[], cites: CiteprocCiteItem[], language: Language): string {
  const engine = engineFor(items, language, 'text');
  return engine.makeCitationCluster(cites.map((cite) => ({ ...cite })));
}

/** Constructs (and keeps) the engine for a language; the first construction is the slow part. */
export function warmUpCiteproc(language: Language): void {
  engineFor([], language, 'text');
}
