// The eight NSMC benchmark criteria of social marketing, and how far this
// project covers each one, derived from the data. Every criterion is judged by
// a few concrete facts (each with a count and the items behind it); all facts
// met → covered, some → partly, none → missing. The facts are about presence
// in the project, not about quality: they tell the consultant where the
// report will look thin against the benchmark.

import type { Project } from './project';
import { isRichTextEmpty } from './rich-text';
import type { StepId } from './steps';

export const nsmcCriteria = [
  'behaviour',
  'customer-orientation',
  'theory',
  'insight',
  'exchange',
  'competition',
  'segmentation',
  'methods-mix',
] as const;
export type NsmcCriterion = (typeof nsmcCriteria)[number];

export type NsmcStatus = 'covered' | 'partly' | 'missing';

export interface NsmcFact {
  /** Stable key, translated as `checks:nsmc.facts.<key>` with {{count}}. */
  key: string;
  /** 'field': a text that is filled or not (count 0/1); 'count': items counted. */
  kind: 'field' | 'count';
  met: boolean;
  count: number;
  /** The step where this fact is filled in. */
  stepId: StepId;
  /** The items that count towards the fact (empty for plain fields). */
  itemIds: string[];
}

export interface NsmcAssessment {
  criterion: NsmcCriterion;
  status: NsmcStatus;
  facts: NsmcFact[];
}

/** Methods mix: activities should use at least this many Ps and levels. */
export const MIX_MIN_PS = 3;
export const MIX_MIN_LEVELS = 2;

const filled = (value: string) => value.trim() !== '';

function fact(key: string, stepId: StepId, itemIds: string[], met = itemIds.length > 0, count = itemIds.length): NsmcFact {
  return { key, kind: 'count', met, count, stepId, itemIds };
}

function field(key: string, stepId: StepId, isFilled: boolean): NsmcFact {
  return { key, kind: 'field', met: isFilled, count: isFilled ? 1 : 0, stepId, itemIds: [] };
}

function facts(project: Project): Record<NsmcCriterion, NsmcFact[]> {
  const tg = project.targetGroup;
  const { insights, segments } = project.insights;
  const { activities } = project.marketingMix;
  const quoteIds = new Set(project.partners.quotes.map((q) => q.id));
  const findingIds = new Set(project.deskResearch.findings.map((f) => f.id));
  const ids = <T extends { id: string }>(items: readonly T[]) => items.map((item) => item.id);

  const withQuotes = insights.filter((i) => i.evidence.quoteIds.some((id) => quoteIds.has(id)));
  const withEvidence = insights.filter(
    (i) => i.evidence.quoteIds.some((id) => quoteIds.has(id)) || i.evidence.findingIds.some((id) => findingIds.has(id)),
  );
  const served = new Set(activities.flatMap((a) => a.segmentIds));
  const servedSegments = segments.filter((s) => served.has(s.id));
  const ps = new Set(activities.map((a) => a.p));
  const levels = new Set(activities.map((a) => a.level));

  return {
    behaviour: [
      field('currentBehaviour', 'target-group', !isRichTextEmpty(tg.currentBehaviour)),
      field('behaviourGoal', 'target-group', filled(tg.behaviourGoal.who) && filled(tg.behaviourGoal.does)),
      field('desiredBehaviour', 'target-group', !isRichTextEmpty(tg.desiredBehaviour)),
    ],
    'customer-orientation': [
      fact('interviews', 'partners', ids(project.partners.interviews)),
      fact('quotes', 'partners', ids(project.partners.quotes)),
      fact('insightsFromQuotes', 'insights', ids(withQuotes)),
    ],
    theory: [
      fact('theories', 'desk-research', ids(project.deskResearch.theories)),
      fact('theoryFindings', 'desk-research', ids(project.deskResearch.findings.filter((f) => f.topic === 'theory'))),
      fact('determinants', 'target-group', ids(tg.determinants)),
    ],
    insight: [
      fact('insights', 'insights', ids(insights)),
      fact('insightsWithEvidence', 'insights', ids(withEvidence), withEvidence.length > 0 && withEvidence.length === insights.length),
    ],
    exchange: [
      fact('exchangeInsights', 'insights', ids(insights.filter((i) => i.type === 'exchange'))),
      fact('priceActivities', 'marketing-mix', ids(activities.filter((a) => a.p === 'price'))),
    ],
    competition: [
      fact('competingBehaviours', 'target-group', ids(tg.competingBehaviours)),
      fact('competitionInsights', 'insights', ids(insights.filter((i) => i.type === 'competition'))),
    ],
    segmentation: [
      fact('segments', 'insights', ids(segments)),
      fact('segmentsServed', 'marketing-mix', ids(servedSegments), servedSegments.length > 0 && servedSegments.length === segments.length),
    ],
    'methods-mix': [
      fact('mixPs', 'marketing-mix', ids(activities), ps.size >= MIX_MIN_PS, ps.size),
      fact('mixLevels', 'marketing-mix', ids(activities), levels.size >= MIX_MIN_LEVELS, levels.size),
    ],
  };
}

/** The eight criteria in benchmark order, each with its status and the facts behind it. */
export function nsmcAssessment(project: Project): NsmcAssessment[] {
  const all = facts(project);
  return nsmcCriteria.map((criterion) => {
    const list = all[criterion];
    const met = list.filter((f) => f.met).length;
    const status: NsmcStatus = met === list.length ? 'covered' : met === 0 ? 'missing' : 'partly';
    return { criterion, status, facts: list };
  });
}
