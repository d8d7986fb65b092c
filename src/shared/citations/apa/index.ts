// A direct APA 7 formatter for our source types in Dutch and English, giving
// exactly what citeproc gives with the bundled APA style for the inputs it
// accepts, in a fraction of the time. Whatever it does not support it
// declines with a reason (decline.ts) and the caller uses citeproc instead;
// tests/shared/citations/apa-oracle.test.ts compares both formatters.

import type { Language } from '../../language';
import type { PersonName, Source } from '../../model/desk-research';
import type { CitationItem } from '../../model/rich-text';
import { type BibRun, runsToText, stylesToRuns } from '../html-runs';
import { formatCluster } from './cite';
import { Declined } from './decline';
import { type CiteForm, formatGroup } from './group';

export interface ApaEntry {
  sourceId: string;
  text: string;
  runs: BibRun[];
}

export interface ApaGroup {
  entries: ApaEntry[];
  cites: Map<string, CiteForm>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof Declined) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** The first editor of every source: they count when citeproc decides on initials (group.ts). */
export function firstEditorsOf(library: Iterable<Source>): PersonName[] {
  const out: PersonName[] = [];
  for (const source of library) {
    const first = source.editors.find((e) => (e.literal ?? '').trim() || e.family.trim() || e.given.trim());
    if (first) out.push(first);
  }
  return out;
}

/** Formats one name group (sources whose first authors file under one name), or says why not. */
export function formatApaGroup(sources: Source[], language: Language, firstEditors: PersonName[] = []): Outcome<ApaGroup> {
  return attempt(() => {
    const group = formatGroup(sources, language, firstEditors);
    const entries = group.entries.map(({ sourceId, segments }) => {
      // The same last step as citeproc's HTML takes, without writing and parsing HTML.
      const runs = stylesToRuns(segments);
      return { sourceId, text: runsToText(runs), runs };
    });
    return { entries, cites: group.cites };
  });
}

/** One parenthetical citation from the in-text forms of formatted groups, or why not. */
export function formatApaCitation(items: CitationItem[], forms: Map<string, CiteForm>, language: Language): Outcome<string> {
  return attempt(() => formatCluster(items, forms, language));
}
