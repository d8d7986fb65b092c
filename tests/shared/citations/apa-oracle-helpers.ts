// Runs the fast APA formatter and citeproc over the same library and lists
// every difference (text and italic runs of each reference, the order of the
// reference list within each name group, and citations), each with the
// sources involved, so a failing test shows what to fix. Also counts how
// much the fast formatter declined, so tests can insist that it covers the
// data it is meant for.
import { renderBibliographyHtml, renderCitationText } from '../../../src/shared/citations/citeproc';
import { sourceToCsl } from '../../../src/shared/citations/csl';
import { groupKey } from '../../../src/shared/citations/engine';
import { htmlToRuns, runsToText, type BibRun } from '../../../src/shared/citations/html-runs';
import { parseLocator } from '../../../src/shared/citations/locator';
import { firstEditorsOf, formatApaCitation, formatApaGroup } from '../../../src/shared/citations/apa/index';
import type { CiteForm } from '../../../src/shared/citations/apa/group';
import type { Language } from '../../../src/shared/language';
import type { Source } from '../../../src/shared/model/desk-research';
import type { CitationItem } from '../../../src/shared/model/rich-text';

export interface OracleReport {
  failures: string[];
  groups: number;
  declinedGroups: { sources: string[]; reason: string }[];
  citations: number;
  declinedCitations: number;
}

const show = (sources: Source[]) =>
  sources.map((s) => JSON.stringify({ ...s, note: undefined, citationKey: undefined })).join('\n    ');

const runsKey = (runs: BibRun[]) => JSON.stringify(runs.map((r) => [r.text, Boolean(r.italic), r.href ?? null]));

/** Groups exactly like the engine: by first author (or title). */
function groupsOf(sources: Source[]): Source[][] {
  const groups = new Map<string, Source[]>();
  for (const source of sources) groups.set(groupKey(source), [...(groups.get(groupKey(source)) ?? []), source]);
  return [...groups.values()];
}

export function compareWithCiteproc(sources: Source[], language: Language, clusters: CitationItem[][] = []): OracleReport {
  const report: OracleReport = { failures: [], groups: 0, declinedGroups: [], citations: 0, declinedCitations: 0 };
  const byId = new Map(sources.map((s) => [s.id, s]));
  const scope = {};
  const items = sources.map((s) => sourceToCsl(s, language));
  const rendered = renderBibliographyHtml(scope, items, language);
  const citeproc = new Map(rendered.map((r, index) => [r.id, { runs: htmlToRuns(r.html), index }]));
  const forms = new Map<string, CiteForm>();

  for (const group of groupsOf(sources)) {
    report.groups++;
    const fast = formatApaGroup(group, language, firstEditorsOf(sources));
    if (!fast.ok) {
      report.declinedGroups.push({ sources: group.map((s) => s.id), reason: fast.reason });
      continue;
    }
    for (const [id, form] of fast.value.cites) forms.set(id, form);
    const expectedOrder = [...group].sort((a, b) => (citeproc.get(a.id)?.index ?? 0) - (citeproc.get(b.id)?.index ?? 0)).map((s) => s.id);
    const order = fast.value.entries.map((e) => e.sourceId);
    if (order.join() !== expectedOrder.join()) {
      report.failures.push(`[${language}] order ${order.join(', ')} != citeproc ${expectedOrder.join(', ')}\n    ${show(group)}`);
    }
    for (const entry of fast.value.entries) {
      const expected = citeproc.get(entry.sourceId);
      const expectedText = expected ? runsToText(expected.runs) : '(missing)';
      if (entry.text !== expectedText || runsKey(entry.runs) !== runsKey(expected?.runs ?? [])) {
        report.failures.push(
          `[${language}] reference\n    fast:     ${runsKey(entry.runs)}\n    citeproc: ${runsKey(expected?.runs ?? [])}\n    ${show(group)}`,
        );
      }
    }
  }

  const singles: CitationItem[][] = sources.map((s) => [{ sourceId: s.id }]);
  for (const cluster of [...singles, ...clusters]) {
    report.citations++;
    const fast = formatApaCitation(cluster, forms, language);
    if (!fast.ok) {
      report.declinedCitations++;
      continue;
    }
    const cites = cluster.map((item) => ({ id: item.sourceId, ...parseLocator(item.locator) }));
    const expected = renderCitationText(scope, items, cites, language);
    if (fast.value !== expected) {
      const involved = cluster.map((item) => byId.get(item.sourceId)).filter((s): s is Source => s !== undefined);
      report.failures.push(
        `[${language}] citation ${JSON.stringify(cluster)}\n    fast:     ${fast.value}\n    citeproc: ${expected}\n    ${show(involved)}`,
      );
    }
  }
  return report;
}
