// The state one report build shares between section builders: the project,
// the words of the report language, the citation engine, and two registries
// filled while building — block ids (unique, derived from item ids so they are
// stable across builds) and the sources cited so far (for the references).

import type { Language } from '../language';
import type { Project } from '../model/project';
import type { CitationItem } from '../model/rich-text';
import type { CitationEngineLike } from './citation-port';
import type { Run } from './doc';
import { reportLabels, type ReportLabels } from './labels';
import { cleanText } from './text';

export interface BuildContext {
  project: Project;
  language: Language;
  labels: ReportLabels;
  /** A unique block id starting with base; the same project always yields the same ids. */
  id(base: string): string;
  /** A formatted citation run for the items whose source exists, or null when none does. */
  cite(items: readonly CitationItem[]): Run | null;
  /** Source ids cited so far, in order of first citation. */
  citedSourceIds(): string[];
}

const UNSAFE_ID_CHARACTERS = /[^A-Za-z0-9_-]+/g;
const HAS_UNSAFE_ID_CHARACTER = /[^A-Za-z0-9_-]/;

export function createBuildContext(project: Project, language: Language, engine: CitationEngineLike): BuildContext {
  const usedIds = new Map<string, number>();
  const issued = new Set<string>();
  const knownSources = new Set(project.deskResearch.sources.map((source) => source.id));
  const cited = new Set<string>();
  return {
    project,
    language,
    labels: reportLabels[language],
    id(base) {
      const safe = HAS_UNSAFE_ID_CHARACTER.test(base) ? base.replace(UNSAFE_ID_CHARACTERS, '-') : base;
      let n = usedIds.get(safe) ?? 0;
      let candidate = safe;
      while (issued.has(candidate)) candidate = `${safe}-${(n += 1) + 1}`;
      usedIds.set(safe, n);
      issued.add(candidate);
      return candidate;
    },
    cite(items) {
      // A citation of a deleted source is left out rather than printed as "missing".
      const known = items
        .filter((item) => knownSources.has(item.sourceId))
        .map((item) => (item.locator?.trim() ? { sourceId: item.sourceId, locator: item.locator.trim() } : { sourceId: item.sourceId }));
      if (known.length === 0) return null;
      for (const item of known) cited.add(item.sourceId);
      const sourceIds = [...new Set(known.map((item) => item.sourceId))];
      return { text: cleanText(engine.cite(known)), citation: true, sourceIds };
    },
    citedSourceIds: () => [...cited],
  };
}
