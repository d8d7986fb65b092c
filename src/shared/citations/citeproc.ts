// The one place that talks to citeproc (through citation-js's CSL plugin and
// its bundled APA 7 style and nl-NL / en-US locales). Only parsed CSL objects
// go in, so nothing here can trigger citation-js's URL/DOI fetching.
//
// Building citeproc's APA engine parses the whole style (seconds), and
// registering items costs milliseconds each, so one engine per language is
// kept for the process and its registry only ever grows: a call registers the
// items it needs that are not there yet and leaves the rest. Extra registered
// items do not change any output, because APA disambiguation only acts
// between sources whose first authors share a name, and callers always pass
// such a group whole. citation-js would reset the registry on every
// `engine()` call, so it is asked for the engine once and bypassed after.

import type { CiteprocEngine } from '@citation-js/core';
import { cslPlugin } from './csl-plugin';
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

interface HeldEngine {
  engine: CiteprocEngine;
  /** The CSL objects citeproc may retrieve, by id; exactly the registered ones. */
  items: Map<string, CslItem>;
  /** Our item lookup; citation-js swaps in its own (and empties the registry) if anyone else asks it for this engine. */
  retrieveItem: (id: string) => CslItem;
  /** The library whose items are registered. */
  scope: object | null;
}

const held: Partial<Record<Language, HeldEngine>> = {};

function heldEngine(language: Language): HeldEngine {
  const known = held[language];
  if (known) return known;
  ensureLocalePatches();
  const items = new Map<string, CslItem>();
  const engine = cslPlugin().engine([], 'apa', locales[language], 'text');
  const retrieveItem = (id: string) => {
    const item = items.get(id);
    if (!item) throw new Error(`Cannot find entry with id '${id}'`);
    return item;
  };
  engine.sys.retrieveItem = retrieveItem;
  return (held[language] = { engine, items, retrieveItem, scope: null });
}

/**
 * Makes sure the given items are registered, in the given output format.
 * `scope` identifies the library (any object, compared by identity).
 * citeproc keeps its own copy of a registered item, so when an id comes back
 * with different content (an edited source) the registry is started afresh.
 */
function engineWith(scope: object, items: CslItem[], language: Language, format: 'html' | 'text'): CiteprocEngine {
  const state = heldEngine(language);
  const takenOver = state.engine.sys.retrieveItem !== state.retrieveItem;
  if (takenOver) state.engine.sys.retrieveItem = state.retrieveItem;
  const changed =
    takenOver || state.scope !== scope || items.some((item) => state.items.has(item.id) && state.items.get(item.id) !== item);
  state.scope = scope;
  if (changed) {
    state.engine.updateItems([]);
    state.items.clear();
  }
  const added = items.filter((item) => !state.items.has(item.id));
  for (const item of added) state.items.set(item.id, item);
  state.engine.setOutputFormat(format);
  if (added.length > 0 || changed) state.engine.updateItems([...state.items.keys()]);
  return state.engine;
}

/** Bibliography entries of the given items as citeproc HTML, in citeproc's (APA) order. */
export function renderBibliographyHtml(scope: object, items: CslItem[], language: Language): { id: string; html: string }[] {
  if (items.length === 0) return [];
  const result = engineWith(scope, items, language, 'html').makeBibliography();
  if (!result) return [];
  const [meta, entries] = result;
  const wanted = new Set(items.map((item) => item.id));
  return meta.entry_ids
    .map((ids, index) => ({ id: String(ids[0]), html: entries[index] ?? '' }))
    .filter((entry) => wanted.has(entry.id));
}

/** One parenthetical citation as plain text; items are all registered for disambiguation. */
export function renderCitationText(scope: object, items: CslItem[], cites: CiteprocCiteItem[], language: Language): string {
  const engine = engineWith(scope, items, language, 'text');
  return engine.makeCitationCluster(cites.map((cite) => ({ ...cite })));
}

/** Constructs (and keeps) the engine for a language; the construction is the slow part. */
export function warmUpCiteproc(language: Language): void {
  heldEngine(language);
}
