// In-text citations in the editor through the same APA formatter the exports
// use (src/shared/citations/apa), so the writer sees exactly what the report
// will print — "(De Winter, 2008a, p. 12)" with the year letters and initials
// that the whole library decides. Groups of sources filed under one name are
// formatted once per library and language and reused while typing. When the
// formatter declines a group (it hands those to citeproc in the exports, which
// the editor does not load), the editor falls back to the quick form.

import { formatApaCitation, formatApaGroup, firstEditorsOf } from '../../../shared/citations/apa';
import { groupKey } from '../../../shared/citations/group-key';
import type { Language } from '../../../shared/language';
import type { Source } from '../../../shared/model/desk-research';
import type { CitationItem } from '../../../shared/model/rich-text';
import { formatInTextCitation } from './format-citation';

type Forms = Parameters<typeof formatApaCitation>[1];

interface LibraryCache {
  byId: Map<string, Source>;
  groups: Map<string, Source[]>;
  firstEditors: ReturnType<typeof firstEditorsOf>;
  /** Per language and group key: the group's in-text forms, or null when the formatter declined. */
  forms: Map<string, Forms | null>;
}

// Libraries are immutable arrays (edits copy them), so the cache lives as long as one library does.
const caches = new WeakMap<readonly Source[], LibraryCache>();

function cacheFor(sources: readonly Source[]): LibraryCache {
  let cache = caches.get(sources);
  if (!cache) {
    const groups = new Map<string, Source[]>();
    for (const source of sources) {
      const key = groupKey(source);
      const group = groups.get(key);
      if (group) group.push(source);
      else groups.set(key, [source]);
    }
    cache = { byId: new Map(sources.map((s) => [s.id, s])), groups, firstEditors: firstEditorsOf(sources), forms: new Map() };
    caches.set(sources, cache);
  }
  return cache;
}

function groupForms(cache: LibraryCache, key: string, language: Language): Forms | null {
  const cacheKey = `${language}\u0000${key}`;
  if (!cache.forms.has(cacheKey)) {
    const outcome = formatApaGroup(cache.groups.get(key) ?? [], language, cache.firstEditors);
    cache.forms.set(cacheKey, outcome.ok ? outcome.value.cites : null);
  }
  return cache.forms.get(cacheKey) ?? null;
}

/** "(De Winter, 2008, p. 12)" as the report will print it; the quick form when APA formatting declines. */
export function apaInTextCitation(items: readonly CitationItem[], sources: readonly Source[], language: Language): string {
  const cache = cacheFor(sources);
  const forms: Forms = new Map();
  for (const item of items) {
    const source = cache.byId.get(item.sourceId);
    // A citation of a deleted source: the quick form says "missing source".
    if (!source) return formatInTextCitation(items, sources, language);
    const group = groupForms(cache, groupKey(source), language);
    if (!group) return formatInTextCitation(items, sources, language);
    for (const [id, form] of group) forms.set(id, form);
  }
  const outcome = formatApaCitation([...items], forms, language);
  return outcome.ok ? outcome.value : formatInTextCitation(items, sources, language);
}
