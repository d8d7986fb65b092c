// How far each workflow step is filled in, for the sidebar and the report
// step's checklist. Keys such as 'assignment.title' are stable: the UI
// translates them, tests assert them. A check is about presence, not quality.

import type { Project } from './project';
import { isRichTextEmpty, type RichText } from './rich-text';
import { stepIds, type StepId } from './steps';

export type CompletenessStatus = 'empty' | 'partial' | 'complete';

export interface StepCompleteness {
  status: CompletenessStatus;
  filled: string[];
  missing: string[];
}

type Check = [key: string, isFilled: (p: Project) => boolean];

const text = (value: string) => value.trim() !== '';
const rich = (doc: RichText) => !isRichTextEmpty(doc);

/** What each step needs before it counts as complete. */
export const completenessChecks: Record<StepId, Check[]> = {
  assignment: [
    ['assignment.title', (p) => text(p.assignment.title)],
    ['assignment.client', (p) => text(p.assignment.client.municipality)],
    ['assignment.consultancy', (p) => text(p.assignment.consultancy.organisation)],
    ['assignment.authors', (p) => p.assignment.authors.some((a) => text(a.name))],
    ['assignment.reportDate', (p) => text(p.assignment.reportDate)],
  ],
  context: [
    ['context.background', (p) => rich(p.context.background)],
    ['context.challenge', (p) => rich(p.context.challenge)],
    ['context.researchQuestions', (p) => p.context.researchQuestions.some((q) => text(q.text))],
    ['context.scope', (p) => rich(p.context.scopeIn) || rich(p.context.scopeOut)],
    ['context.desiredResult', (p) => rich(p.context.desiredResult)],
    ['context.approach', (p) => rich(p.context.approach)],
  ],
  'target-group': [
    ['targetGroup.description', (p) => rich(p.targetGroup.description)],
    ['targetGroup.currentBehaviour', (p) => rich(p.targetGroup.currentBehaviour)],
    ['targetGroup.desiredBehaviour', (p) => rich(p.targetGroup.desiredBehaviour)],
    ['targetGroup.behaviourGoal', (p) => text(p.targetGroup.behaviourGoal.who) && text(p.targetGroup.behaviourGoal.does)],
    ['targetGroup.competingBehaviours', (p) => p.targetGroup.competingBehaviours.length > 0],
    ['targetGroup.determinants', (p) => p.targetGroup.determinants.length > 0],
  ],
  'desk-research': [
    ['deskResearch.sources', (p) => p.deskResearch.sources.length > 0],
    ['deskResearch.findings', (p) => p.deskResearch.findings.length > 0],
    ['deskResearch.findingsCited', (p) =>
      p.deskResearch.findings.length > 0 && p.deskResearch.findings.every((f) => f.citations.length > 0)],
    ['deskResearch.theories', (p) => p.deskResearch.theories.length > 0],
  ],
  partners: [
    ['partners.stakeholders', (p) => p.partners.stakeholders.length > 0],
    ['partners.interviewGuide', (p) => p.partners.interviewGuide.questions.length > 0],
    ['partners.interviews', (p) => p.partners.interviews.length > 0],
    ['partners.quotes', (p) => p.partners.quotes.length > 0],
  ],
  insights: [
    ['insights.insights', (p) => p.insights.insights.length > 0],
    ['insights.evidence', (p) =>
      p.insights.insights.length > 0 &&
      p.insights.insights.every((i) => i.evidence.quoteIds.length + i.evidence.findingIds.length > 0)],
    ['insights.segments', (p) => p.insights.segments.length > 0],
  ],
  'marketing-mix': [
    ['marketingMix.activities', (p) => p.marketingMix.activities.length > 0],
    ['marketingMix.everyP', (p) =>
      p.marketingMix.enabledPs.length > 0 &&
      p.marketingMix.enabledPs.every((ps) => p.marketingMix.activities.some((a) => a.p === ps))],
  ],
  advice: [
    ['advice.managementSummary', (p) => rich(p.advice.managementSummary)],
    ['advice.attentionPoints', (p) => p.advice.attentionPoints.length > 0],
    ['advice.pitfalls', (p) => p.advice.pitfalls.length > 0],
    ['advice.goodExamples', (p) => p.advice.goodExamples.length > 0],
    ['advice.recommendations', (p) => p.advice.recommendations.length > 0],
    ['advice.conclusion', (p) => rich(p.advice.conclusion)],
  ],
  monitoring: [
    ['monitoring.indicators', (p) => p.monitoring.indicators.length > 0],
    ['monitoring.targets', (p) =>
      p.monitoring.indicators.length > 0 && p.monitoring.indicators.every((i) => i.targets.length > 0)],
    ['monitoring.pilot', (p) => text(p.monitoring.pilot.name) || p.monitoring.pilot.phases.length > 0],
  ],
  report: [
    ['report.sections', (p) => p.report.sections.some((s) => s.included)],
    ['report.commentsResolved', (p) => p.review.comments.every((c) => c.status === 'resolved')],
  ],
};

function assess(project: Project, checks: Check[]): StepCompleteness {
  const filled: string[] = [];
  const missing: string[] = [];
  for (const [key, isFilled] of checks) (isFilled(project) ? filled : missing).push(key);
  const status: CompletenessStatus = filled.length === 0 ? 'empty' : missing.length === 0 ? 'complete' : 'partial';
  return { status, filled, missing };
}

export function stepCompleteness(project: Project): Record<StepId, StepCompleteness> {
  const result = {} as Record<StepId, StepCompleteness>;
  for (const step of stepIds) result[step] = assess(project, completenessChecks[step]);
  return result;
}
