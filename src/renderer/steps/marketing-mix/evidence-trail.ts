// The evidence trail of an activity or a recommendation: which insights it
// answers, which quotes and findings back those insights, and which sources
// (interviews for quotes, library sources for findings) stand behind them.
// Pure: computed from the project, with every broken or empty link reported
// as a problem so the UI can warn exactly where the chain stops.

import type { Source } from '../../../shared/model/desk-research';
import type { Finding } from '../../../shared/model/desk-research';
import type { Quote } from '../../../shared/model/coding';
import type { Interview } from '../../../shared/model/interviews';
import type { Insight } from '../../../shared/model/insights';
import type { Activity } from '../../../shared/model/marketing-mix';
import type { Recommendation } from '../../../shared/model/advice';
import type { Project } from '../../../shared/model/project';
import { richTextToPlain } from '../../../shared/model/rich-text';

/** Lookup tables built once per project version and shared by every trail. */
export interface EvidenceIndex {
  insights: ReadonlyMap<string, Insight>;
  quotes: ReadonlyMap<string, Quote>;
  findings: ReadonlyMap<string, Finding>;
  sources: ReadonlyMap<string, Source>;
  interviews: ReadonlyMap<string, Interview>;
  activities: ReadonlyMap<string, Activity>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

/** The lists a trail reads; a screen memoises the index on exactly these. */
export interface EvidenceLists {
  insights: readonly Insight[];
  quotes: readonly Quote[];
  findings: readonly Finding[];
  sources: readonly Source[];
  interviews: readonly Interview[];
  activities: readonly Activity[];
}

export function evidenceListsOf(project: Project): EvidenceLists {
  return {
    insights: project.insights.insights,
    quotes: project.partners.quotes,
    findings: project.deskResearch.findings,
    sources: project.deskResearch.sources,
    interviews: project.partners.interviews,
    activities: project.marketingMix.activities,
  };
}

export function buildEvidenceIndex(lists: EvidenceLists): EvidenceIndex {
  return {
    insights: byId(lists.insights),
    quotes: byId(lists.quotes),
    findings: byId(lists.findings),
    sources: byId(lists.sources),
    interviews: byId(lists.interviews),
    activities: byId(lists.activities),
  };
}

export interface TrailQuote {
  id: string;
  text: string;
  /** Pseudonymous interview code ("R03"); null when the quote has no (existing) interview. */
  interviewCode: string | null;
}

export interface TrailSource {
  sourceId: string;
  locator: string;
  /** null when the cited source was deleted. */
  source: Source | null;
}

export interface TrailFinding {
  id: string;
  text: string;
  sources: TrailSource[];
}

export interface TrailInsight {
  insight: Insight;
  quotes: TrailQuote[];
  findings: TrailFinding[];
}

/** Where a chain is broken or empty; `insightId` etc. name the link that fails. */
export type TrailProblem =
  | { kind: 'no-insight' }
  | { kind: 'missing-insight'; insightId: string }
  | { kind: 'missing-activity'; activityId: string }
  | { kind: 'no-evidence'; insightId: string }
  | { kind: 'missing-evidence'; insightId: string; evidenceId: string }
  | { kind: 'quote-without-interview'; quoteId: string }
  | { kind: 'finding-without-source'; findingId: string }
  | { kind: 'missing-source'; findingId: string; sourceId: string };

export interface EvidenceTrail {
  insights: TrailInsight[];
  problems: TrailProblem[];
  /** Distinct items along the trail, for the collapsed one-line summary. */
  counts: { insights: number; quotes: number; findings: number; sources: number };
}

function quoteLink(index: EvidenceIndex, quote: Quote, problems: TrailProblem[]): TrailQuote {
  const interview = quote.interviewId ? index.interviews.get(quote.interviewId) : undefined;
  if (!interview) problems.push({ kind: 'quote-without-interview', quoteId: quote.id });
  return { id: quote.id, text: quote.text, interviewCode: interview ? interview.code : null };
}

function findingLink(index: EvidenceIndex, finding: Finding, problems: TrailProblem[]): TrailFinding {
  if (finding.citations.length === 0) problems.push({ kind: 'finding-without-source', findingId: finding.id });
  const sources = finding.citations.map((citation) => {
    const source = index.sources.get(citation.sourceId) ?? null;
    if (!source) problems.push({ kind: 'missing-source', findingId: finding.id, sourceId: citation.sourceId });
    return { sourceId: citation.sourceId, locator: citation.locator, source };
  });
  return { id: finding.id, text: richTextToPlain(finding.text), sources };
}

/** The trail below a list of insight ids (duplicates counted once, order kept). */
export function trailOfInsights(index: EvidenceIndex, insightIds: readonly string[]): EvidenceTrail {
  const problems: TrailProblem[] = [];
  const insights: TrailInsight[] = [];
  const ids = [...new Set(insightIds)];
  if (ids.length === 0) problems.push({ kind: 'no-insight' });
  const seen = { quotes: new Set<string>(), findings: new Set<string>(), sources: new Set<string>() };
  for (const insightId of ids) {
    const insight = index.insights.get(insightId);
    if (!insight) {
      problems.push({ kind: 'missing-insight', insightId });
      continue;
    }
    const { quoteIds, findingIds } = insight.evidence;
    if (quoteIds.length === 0 && findingIds.length === 0) problems.push({ kind: 'no-evidence', insightId });
    const quotes: TrailQuote[] = [];
    for (const quoteId of quoteIds) {
      const quote = index.quotes.get(quoteId);
      if (!quote) problems.push({ kind: 'missing-evidence', insightId, evidenceId: quoteId });
      else {
        quotes.push(quoteLink(index, quote, problems));
        seen.quotes.add(quoteId);
        if (quote.interviewId) seen.sources.add(`interview:${quote.interviewId}`);
      }
    }
    const findings: TrailFinding[] = [];
    for (const findingId of findingIds) {
      const finding = index.findings.get(findingId);
      if (!finding) problems.push({ kind: 'missing-evidence', insightId, evidenceId: findingId });
      else {
        const link = findingLink(index, finding, problems);
        findings.push(link);
        seen.findings.add(findingId);
        for (const s of link.sources) if (s.source) seen.sources.add(`source:${s.sourceId}`);
      }
    }
    insights.push({ insight, quotes, findings });
  }
  return {
    insights,
    problems: dedupeProblems(problems),
    counts: { insights: insights.length, quotes: seen.quotes.size, findings: seen.findings.size, sources: seen.sources.size },
  };
}

/** The same quote or finding may sit under two insights; warn about it once. */
function dedupeProblems(problems: TrailProblem[]): TrailProblem[] {
  const keys = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify(problem);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

export function activityTrail(index: EvidenceIndex, activity: Pick<Activity, 'insightIds'>): EvidenceTrail {
  return trailOfInsights(index, activity.insightIds);
}

/**
 * A recommendation is backed by the insights it names and, through the
 * activities it names, by the insights those activities answer.
 */
export function recommendationTrail(
  index: EvidenceIndex,
  recommendation: Pick<Recommendation, 'insightIds' | 'activityIds'>,
): EvidenceTrail {
  const insightIds = [...recommendation.insightIds];
  const missingActivities: TrailProblem[] = [];
  for (const activityId of recommendation.activityIds) {
    const activity = index.activities.get(activityId);
    if (activity) insightIds.push(...activity.insightIds);
    else missingActivities.push({ kind: 'missing-activity', activityId });
  }
  const trail = trailOfInsights(index, insightIds);
  return { ...trail, problems: [...missingActivities, ...trail.problems] };
}

/** Quotes plus findings behind one insight, as shown on its summary row. */
export function evidenceCount(insight: Pick<Insight, 'evidence'>): number {
  return insight.evidence.quoteIds.length + insight.evidence.findingIds.length;
}
