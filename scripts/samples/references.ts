// Finds every id reference in a project that points at nothing. Used by the
// generator (a broken sample is never written) and by the sample tests.

import type { Project } from '../../src/shared/model/project';

/** Every citation inline anywhere in the project, found by walking the plain data. */
function citedSourceIdsAnywhere(value: unknown, out: { at: string; sourceId: string }[], path: string): void {
  if (Array.isArray(value)) {
    value.forEach((child, i) => citedSourceIdsAnywhere(child, out, `${path}[${i}]`));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (record.type === 'citation' && Array.isArray(record.items)) {
    for (const item of record.items as { sourceId: string }[]) out.push({ at: path, sourceId: item.sourceId });
  }
  for (const [key, child] of Object.entries(record)) citedSourceIdsAnywhere(child, out, path === '' ? key : `${path}.${key}`);
}

export function collectDanglingReferences(project: Project): string[] {
  const problems: string[] = [];
  const ids = (items: { id: string }[]) => new Set(items.map((entry) => entry.id));
  const sources = ids(project.deskResearch.sources);
  const findings = ids(project.deskResearch.findings);
  const quotes = ids(project.partners.quotes);
  const themes = ids(project.partners.themes);
  const interviews = ids(project.partners.interviews);
  const questions = ids(project.partners.interviewGuide.questions);
  const groups = ids(project.partners.respondentGroups);
  const insights = ids(project.insights.insights);
  const segments = ids(project.insights.segments);
  const activities = ids(project.marketingMix.activities);
  const scales = ids(project.monitoring.scales);

  const check = (set: Set<string>, id: string, where: string) => {
    if (!set.has(id)) problems.push(`${where} → ${id}`);
  };

  const citations: { at: string; sourceId: string }[] = [];
  citedSourceIdsAnywhere(project, citations, '');
  for (const cite of citations) check(sources, cite.sourceId, cite.at);
  for (const finding of project.deskResearch.findings) {
    finding.citations.forEach((c) => check(sources, c.sourceId, `${finding.id}.citations`));
  }
  for (const theory of project.deskResearch.theories) theory.sourceIds.forEach((id) => check(sources, id, `${theory.id}.sourceIds`));
  for (const determinant of project.targetGroup.determinants) {
    determinant.evidence.findingIds.forEach((id) => check(findings, id, `${determinant.id}.findingIds`));
    determinant.evidence.quoteIds.forEach((id) => check(quotes, id, `${determinant.id}.quoteIds`));
  }
  for (const interview of project.partners.interviews) {
    check(groups, interview.respondentGroupId, `${interview.id}.respondentGroupId`);
    interview.answers.forEach((answer) => check(questions, answer.questionId, `${interview.id}.answers`));
  }
  for (const quote of project.partners.quotes) {
    check(interviews, quote.interviewId, `${quote.id}.interviewId`);
    if (quote.questionId !== '') check(questions, quote.questionId, `${quote.id}.questionId`);
    quote.themeIds.forEach((id) => check(themes, id, `${quote.id}.themeIds`));
  }
  for (const insight of project.insights.insights) {
    insight.evidence.quoteIds.forEach((id) => check(quotes, id, `${insight.id}.quoteIds`));
    insight.evidence.findingIds.forEach((id) => check(findings, id, `${insight.id}.findingIds`));
    insight.segmentIds.forEach((id) => check(segments, id, `${insight.id}.segmentIds`));
  }
  for (const activity of project.marketingMix.activities) {
    activity.segmentIds.forEach((id) => check(segments, id, `${activity.id}.segmentIds`));
    activity.insightIds.forEach((id) => check(insights, id, `${activity.id}.insightIds`));
  }
  for (const example of project.advice.goodExamples) {
    if (example.sourceId !== null) check(sources, example.sourceId, `${example.id}.sourceId`);
  }
  for (const recommendation of project.advice.recommendations) {
    recommendation.insightIds.forEach((id) => check(insights, id, `${recommendation.id}.insightIds`));
    recommendation.activityIds.forEach((id) => check(activities, id, `${recommendation.id}.activityIds`));
  }
  for (const indicator of project.monitoring.indicators) {
    if (indicator.scaleId !== null) check(scales, indicator.scaleId, `${indicator.id}.scaleId`);
    indicator.targets.forEach((t) => { if (t.segmentId !== null) check(segments, t.segmentId, `${indicator.id}.targets`); });
  }
  const everyItem = new Set<string>([
    ...sources, ...findings, ...quotes, ...themes, ...interviews, ...questions, ...insights, ...segments, ...activities, ...scales,
    ...ids(project.deskResearch.theories), ...ids(project.partners.stakeholders), ...ids(project.targetGroup.determinants),
    ...ids(project.targetGroup.competingBehaviours), ...ids(project.context.researchQuestions),
    ...ids(project.advice.attentionPoints), ...ids(project.advice.pitfalls), ...ids(project.advice.goodExamples),
    ...ids(project.advice.recommendations), ...ids(project.monitoring.indicators), ...ids(project.monitoring.pilot.phases),
  ]);
  for (const comment of project.review.comments) {
    if (comment.target.itemId !== null) check(everyItem, comment.target.itemId, `${comment.id}.target.itemId`);
  }
  return problems;
}
