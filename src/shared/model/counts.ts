// How many items each step holds, for badges in the sidebar and the report
// step's overview. Keys are stable and translated by the UI.

import type { Project } from './project';
import type { StepId } from './steps';

export function itemCounts(project: Project): Record<StepId, Record<string, number>> {
  const p = project;
  return {
    assignment: { authors: p.assignment.authors.length },
    context: { researchQuestions: p.context.researchQuestions.length },
    'target-group': {
      competingBehaviours: p.targetGroup.competingBehaviours.length,
      determinants: p.targetGroup.determinants.length,
    },
    'desk-research': {
      sources: p.deskResearch.sources.length,
      findings: p.deskResearch.findings.length,
      theories: p.deskResearch.theories.length,
    },
    partners: {
      stakeholders: p.partners.stakeholders.length,
      questions: p.partners.interviewGuide.questions.length,
      respondentGroups: p.partners.respondentGroups.length,
      interviews: p.partners.interviews.length,
      themes: p.partners.themes.length,
      quotes: p.partners.quotes.length,
    },
    insights: { insights: p.insights.insights.length, segments: p.insights.segments.length },
    'marketing-mix': { activities: p.marketingMix.activities.length },
    advice: {
      attentionPoints: p.advice.attentionPoints.length,
      pitfalls: p.advice.pitfalls.length,
      goodExamples: p.advice.goodExamples.length,
      recommendations: p.advice.recommendations.length,
    },
    monitoring: {
      indicators: p.monitoring.indicators.length,
      scales: p.monitoring.scales.length,
      pilotPhases: p.monitoring.pilot.phases.length,
    },
    report: {
      includedSections: p.report.sections.filter((s) => s.included).length,
      openComments: p.review.comments.filter((c) => c.status === 'open').length,
    },
  };
}
