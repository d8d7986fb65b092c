// References: the APA bibliography of exactly the sources cited somewhere in
// the report, in the engine's order. Built last, from the finished sections.

import type { CitationEngineLike } from '../citation-port';
import type { BuildContext } from '../build-context';
import type { Block, Run, Section } from '../doc';
import { sanitizeHref } from '../../model/rich-text';
import { cleanText } from '../text';
import { makeSection } from '../section';

export function referencesSection(ctx: BuildContext, engine: CitationEngineLike, citedSourceIds: string[]): Section | null {
  if (citedSourceIds.length === 0) return null;
  const cited = new Set(citedSourceIds);
  const blocks: Block[] = engine
    .bibliography(citedSourceIds)
    .filter((entry) => cited.has(entry.sourceId))
    .map((entry) => {
      const runs: Run[] = (entry.runs.length > 0 ? entry.runs : [{ text: entry.text }]).map((run) => {
        const href = run.href ? sanitizeHref(run.href) : null;
        return { text: cleanText(run.text), ...(run.italic ? { italic: true } : {}), ...(href ? { href } : {}) };
      });
      return { type: 'paragraph', id: ctx.id(`ref-${entry.sourceId}`), itemId: entry.sourceId, runs, hangingIndent: true };
    });
  return makeSection(ctx, { key: 'references', title: ctx.labels.sections.references, level: 1, blocks });
}
