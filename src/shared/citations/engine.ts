// APA 7 in-text citations and reference lists for a project's sources.
//
// citeproc is slow (a 400-reference list takes over a second), so results are
// cached across engines by content. The unit of caching is a *name group*: the
// sources whose first author has the same family name (or, without authors,
// the same title). APA's disambiguation — "2008a/2008b", adding initials,
// naming more authors instead of "et al." — only ever happens between sources
// whose first authors share a family name, so a group always renders the same
// no matter what else is in the library. Editing one source re-renders only
// its group. Groups are ordered by their name; within a group, citeproc's own
// APA order (author list, year, title) is kept.
//
// Each group is first given to the direct APA formatter (apa/), which gives
// citeproc's output for the inputs it accepts in a fraction of the time;
// citeproc formats only the groups (and citations) it declines. One exception
// to the group rule above: citeproc also counts the first editor of every
// source when it decides whether a first author needs initials ("K. Bos"), so
// the fast formatter is given those editors and citeproc the whole library.

import type { Language } from '../language';
import type { PersonName, Source } from '../model/desk-research';
import type { CitationItem } from '../model/rich-text';
import { type CiteprocCiteItem, renderBibliographyHtml, renderCitationText, warmUpCiteproc } from './citeproc';
import { type CslItem, sourceToCsl } from './csl';
import { hashContent } from './hash';
import { type BibRun, htmlToRuns, runsToText } from './html-runs';
import { parseLocator } from './locator';
import { groupKey } from './group-key';

export { groupKey, normaliseName } from './group-key';
import { fallbackBibliography, fallbackCitation, missingSourceText } from './fallback';
import { type ApaGroup, type Outcome, firstEditorsOf, formatApaCitation, formatApaGroup } from './apa/index';
import type { CiteForm } from './apa/group';

export type { BibRun } from './html-runs';

export interface BibEntry {
  sourceId: string;
  text: string;
  runs: BibRun[];
}

export interface CitationEngine {
  /** One parenthetical citation, e.g. "(De Winter, 2008, p. 12)". Never throws. */
  cite(items: CitationItem[]): string;
  /**
   * Reference list entries in APA order; all sources when no ids are given. Letters
   * after the year ("2015a") are decided over all sources of the engine, like cite(),
   * so create the engine with the sources that belong in the report. Never throws.
   */
  bibliography(sourceIds?: string[]): BibEntry[];
}

interface Group {
  key: string;
  sources: Source[];
  hash: string;
}

const MAX_CACHE = 5000;
const bibCache = new Map<string, BibEntry[]>();
const citeCache = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= MAX_CACHE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, value);
}

/**
 * Builds citeproc's APA engine for a language ahead of time. The first use per
 * language parses the APA style and takes seconds; call this when a project opens.
 */
export function prepareCitations(language: Language): void {
  try {
    warmUpCiteproc(language);
  } catch {
    // The real call will fall back to plain formatting if citeproc keeps failing.
  }
}

/** Empties the formatting caches (for measurements and tests). */
export function clearCitationCache(): void {
  bibCache.clear();
  citeCache.clear();
}

// Sources are treated as immutable values (the model edits by copying), so
// their CSL form and hash can be remembered per object and language.
const perSource = new WeakMap<Source, Partial<Record<Language, { csl: CslItem; hash: string }>>>();

function prepared(source: Source, language: Language): { csl: CslItem; hash: string } {
  const known = perSource.get(source) ?? {};
  let entry = known[language];
  if (!entry) {
    const csl = sourceToCsl(source, language);
    entry = { csl, hash: hashContent(csl) };
    known[language] = entry;
    perSource.set(source, known);
  }
  return entry;
}

function groupSources(sources: Source[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const source of sources) {
    const key = groupKey(source);
    const group = groups.get(key) ?? { key, sources: [], hash: '' };
    group.sources.push(source);
    groups.set(key, group);
  }
  return groups;
}

/** The group's cache key, computed on first use: a cite needs only the groups it touches. */
function hashOf(group: Group, language: Language): string {
  if (!group.hash) {
    group.sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    group.hash = hashContent([language, group.sources.map((s) => [s.id, prepared(s, language).hash])]);
  }
  return group.hash;
}

function toEntry(sourceId: string, html: string): BibEntry {
  const runs = htmlToRuns(html);
  return { sourceId, text: runsToText(runs), runs };
}

/** Renders the groups missing from the cache in one citeproc run, then splits the result per group. */
function fillBibCache(scope: object, groups: Group[], language: Language): void {
  const missing = groups.filter((g) => !bibCache.has(hashOf(g, language)));
  if (missing.length === 0) return;
  const items: CslItem[] = missing.flatMap((g) => g.sources.map((s) => prepared(s, language).csl));
  const rendered = renderBibliographyHtml(scope, items, language);
  const byId = new Map(rendered.map((r, index) => [r.id, { html: r.html, index }]));
  for (const group of missing) {
    const entries = group.sources
      .map((source) => ({ source, found: byId.get(source.id) }))
      .sort((a, b) => (a.found?.index ?? Infinity) - (b.found?.index ?? Infinity))
      .map(({ source, found }) =>
        found ? toEntry(source.id, found.html) : fallbackBibliography(source, language));
    remember(bibCache, hashOf(group, language), entries);
  }
}

export function createCitationEngine(sources: Source[], language: Language): CitationEngine {
  const byId = new Map<string, Source>();
  for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
  const collator = new Intl.Collator(language === 'nl' ? 'nl-NL' : 'en-US', { sensitivity: 'base', numeric: true });
  let allGroups: Map<string, Group> | null = null;
  const groupsOfLibrary = () => (allGroups ??= groupSources([...byId.values()]));
  // Each source's name group, found once: a report cites hundreds of times.
  let groupOfSource: Map<string, Group> | null = null;
  const groupOf = (sourceId: string): Group => {
    if (!groupOfSource) {
      groupOfSource = new Map();
      for (const group of groupsOfLibrary().values()) for (const source of group.sources) groupOfSource.set(source.id, group);
    }
    return groupOfSource.get(sourceId) as Group;
  };
  const fast = new Map<Group, Outcome<ApaGroup>>();
  let firstEditors: PersonName[] | null = null;
  const fastOf = (group: Group): Outcome<ApaGroup> => {
    let outcome = fast.get(group);
    if (!outcome) {
      outcome = formatApaGroup(group.sources, language, (firstEditors ??= firstEditorsOf(byId.values())));
      fast.set(group, outcome);
    }
    return outcome;
  };

  function bibliography(sourceIds?: string[]): BibEntry[] {
    const all = groupsOfLibrary();
    const wanted = sourceIds ? new Set(sourceIds.filter((id) => byId.has(id))) : null;
    // Whole groups are rendered even for a selection, so a reference always reads
    // exactly as its in-text citations from this engine ("2015a" in both places).
    const groups = [...all.values()].filter((g) => !wanted || g.sources.some((s) => wanted.has(s.id)));
    const keep = (entry: BibEntry) => !wanted || wanted.has(entry.sourceId);
    try {
      fillBibCache(byId, groups.filter((g) => !fastOf(g).ok), language);
    } catch {
      // The groups citeproc could not format fall back to plain text below.
    }
    // "~" marks title-keyed groups; compare them by the title alone, among the names.
    const sortName = (g: Group) => g.key.replace(/^~/, '');
    groups.sort((a, b) => collator.compare(sortName(a), sortName(b)) || (a.key < b.key ? -1 : 1));
    return groups
      .flatMap((g) => {
        const outcome = fastOf(g);
        if (outcome.ok) return outcome.value.entries;
        return bibCache.get(hashOf(g, language)) ?? g.sources.map((s) => fallbackBibliography(s, language));
      })
      .filter(keep);
  }

  function cite(items: CitationItem[]): string {
    const known = items.filter((item) => byId.has(item.sourceId));
    const missing = items.length - known.length;
    if (items.length === 0) return '';
    if (known.length === 0) return `(${missingSourceText(language)})`;
    const groups = groupsOfLibrary();
    const involved = [...new Set(known.map((item) => groupOf(item.sourceId)))];
    const outcomes = involved.map(fastOf);
    if (outcomes.every((o) => o.ok)) {
      // The forms of the cited sources only (a group's map holds all of its sources).
      const forms = new Map<string, CiteForm>();
      for (const item of known) {
        const outcome = fastOf(groupOf(item.sourceId));
        const form = outcome.ok ? outcome.value.cites.get(item.sourceId) : undefined;
        if (form) forms.set(item.sourceId, form);
      }
      const formatted = formatApaCitation(known, forms, language);
      if (formatted.ok) return missing > 0 ? formatted.value.replace(/\)$/, `; ${missingSourceText(language)})`) : formatted.value;
    }
    const cites: CiteprocCiteItem[] = known.map((item) => ({ id: item.sourceId, ...parseLocator(item.locator) }));
    const cacheKey = hashContent([language, involved.map((g) => hashOf(g, language)), cites]);
    let text = citeCache.get(cacheKey);
    if (text === undefined) {
      try {
        // The whole library is registered at once: citeproc re-sorts its registry on
        // every change, so one registration is much cheaper than one per name group.
        // (The first editors of other groups count for initials, so all of it is needed.)
        const cslItems = [...groups.values()].flatMap((g) => g.sources.map((s) => prepared(s, language).csl));
        text = renderCitationText(byId, cslItems, cites, language);
      } catch {
        text = fallbackCitation(known.map((item) => byId.get(item.sourceId) as Source), language);
      }
      remember(citeCache, cacheKey, text);
    }
    return missing > 0 ? text.replace(/\)$/, `; ${missingSourceText(language)})`) : text;
  }

  return { cite, bibliography };
}
