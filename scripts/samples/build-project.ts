// Builds the sample project from the hand-written content of one language.
// Pure and deterministic: fixed ids, fixed dates, no clock and no randomness,
// so re-running the generator reproduces the committed files byte for byte.

import type { Language } from '../../src/shared/language';
import { createEmptyProject, ProjectSchema, type Project } from '../../src/shared/model/project';
import type { Quote } from '../../src/shared/model/coding';
import { DeskResearchSchema } from '../../src/shared/model/desk-research';
import type { Interview } from '../../src/shared/model/interviews';
import type { QuoteContent, SampleContent } from './content-types';
import { md } from './markup';
import { sampleLogo } from './logo';
import { collectDanglingReferences } from './references';

export const SAMPLE_PROJECT_ID = 'prj-sample-ouderbetrokkenheid-voorschool';
const CREATED_AT = new Date('2026-02-02T09:00:00.000Z');
const UPDATED_AT = '2026-06-12T15:30:00.000Z';

/**
 * Stable ids for the ten themes createEmptyProject seeds (it gives them random
 * ids), in the order it seeds them: COM-B six, then the four lenses.
 */
export const DEFAULT_THEME_IDS = [
  'thm-cap-physical',
  'thm-cap-psychological',
  'thm-opp-physical',
  'thm-opp-social',
  'thm-mot-reflective',
  'thm-mot-automatic',
  'thm-barrier',
  'thm-motivator',
  'thm-exchange',
  'thm-competition',
] as const;

const DEFAULT_THEME_GROUPS = ['com-b', 'com-b', 'com-b', 'com-b', 'com-b', 'com-b', 'barrier', 'motivator', 'exchange', 'competition'];

function fail(message: string): never {
  throw new Error(`Sample content: ${message}`);
}

/** Finds the quote in its answer; a quote must occur exactly once so its offsets are unambiguous. */
function locateQuote(quote: QuoteContent, interviews: Interview[]): Quote {
  const interview = interviews.find((item) => item.id === quote.interviewId) ?? fail(`${quote.id}: unknown interview ${quote.interviewId}`);
  const answer = interview.answers.find((item) => item.questionId === quote.questionId)
    ?? fail(`${quote.id}: ${interview.code} has no answer to ${quote.questionId}`);
  const start = answer.text.indexOf(quote.text);
  if (start === -1) fail(`${quote.id}: text not found in the answer of ${interview.code} to ${quote.questionId}`);
  if (answer.text.indexOf(quote.text, start + 1) !== -1) fail(`${quote.id}: text occurs more than once in its answer`);
  return { ...quote, start, end: start + quote.text.length };
}

function buildInterviews(content: SampleContent): Interview[] {
  const questionIds = content.partners.interviewGuide.questions.map((question) => question.id);
  return content.partners.interviews.map((interview) => {
    const unknown = Object.keys(interview.answers).filter((id) => !questionIds.includes(id));
    if (unknown.length > 0) fail(`${interview.id} answers unknown questions ${unknown.join(', ')}`);
    const answers = questionIds
      .filter((id) => interview.answers[id] !== undefined)
      .map((questionId) => ({ questionId, text: interview.answers[questionId] }));
    return { ...interview, answers };
  });
}

export function buildSampleProject(content: SampleContent, language: Language): Project {
  const project = createEmptyProject(language, CREATED_AT);
  project.id = SAMPLE_PROJECT_ID;
  project.updatedAt = UPDATED_AT;

  const { assignment, context, targetGroup, deskResearch, partners, insights, marketingMix, advice, monitoring } = content;

  project.assignment = {
    ...project.assignment,
    ...assignment,
    status: 'draft',
    reportLanguage: language,
    branding: { accentColor: '#1f6f8b', logo: sampleLogo() },
  };

  project.context = {
    background: md('ctx-background', context.background),
    challenge: md('ctx-challenge', context.challenge),
    researchQuestions: context.researchQuestions,
    scopeIn: md('ctx-scope-in', context.scopeIn),
    scopeOut: md('ctx-scope-out', context.scopeOut),
    desiredResult: md('ctx-desired-result', context.desiredResult),
    approach: md('ctx-approach', context.approach),
  };

  project.targetGroup = {
    description: md('tg-description', targetGroup.description),
    currentBehaviour: md('tg-current', targetGroup.currentBehaviour),
    desiredBehaviour: md('tg-desired', targetGroup.desiredBehaviour),
    behaviourGoal: targetGroup.behaviourGoal,
    competingBehaviours: targetGroup.competingBehaviours,
    determinants: targetGroup.determinants,
  };

  project.deskResearch = DeskResearchSchema.parse({
    sources: deskResearch.sources,
    findings: deskResearch.findings.map((finding) => ({ ...finding, text: md(finding.id, finding.text) })),
    theories: deskResearch.theories.map((theory) => ({ ...theory, description: md(theory.id, theory.description) })),
  });

  const seeded = project.partners.themes;
  if (seeded.length !== DEFAULT_THEME_IDS.length || seeded.some((theme, i) => theme.group !== DEFAULT_THEME_GROUPS[i])) {
    fail('the default codebook of createEmptyProject changed; update DEFAULT_THEME_IDS');
  }
  const interviews = buildInterviews(content);
  project.partners = {
    stakeholders: partners.stakeholders,
    interviewGuide: {
      introduction: md('guide-intro', partners.interviewGuide.introduction),
      questions: partners.interviewGuide.questions,
    },
    respondentGroups: partners.respondentGroups,
    interviews,
    themes: [...seeded.map((theme, i) => ({ ...theme, id: DEFAULT_THEME_IDS[i] })), ...partners.themes],
    quotes: partners.quotes.map((quote) => locateQuote(quote, interviews)),
  };

  project.insights = {
    insights: insights.insights.map((insight) => ({ ...insight, description: md(insight.id, insight.description) })),
    segments: insights.segments.map((segment) => ({
      ...segment,
      description: md(segment.id, segment.description),
      persona: { ...segment.persona, description: md(`${segment.id}-persona`, segment.persona.description) },
    })),
  };

  project.marketingMix = {
    enabledPs: marketingMix.enabledPs,
    intro: md('mix-intro', marketingMix.intro),
    activities: marketingMix.activities.map((activity) => ({ ...activity, description: md(activity.id, activity.description) })),
  };

  const item = <T extends { id: string; text: string }>(entry: T) => ({ ...entry, text: md(entry.id, entry.text) });
  project.advice = {
    managementSummary: md('advice-summary', advice.managementSummary),
    attentionPoints: advice.attentionPoints.map(item),
    pitfalls: advice.pitfalls.map(item),
    goodExamples: advice.goodExamples.map(item),
    recommendations: advice.recommendations.map(item),
    conclusion: md('advice-conclusion', advice.conclusion),
  };

  project.monitoring = {
    intro: md('mon-intro', monitoring.intro),
    scales: monitoring.scales,
    indicators: monitoring.indicators,
    pilot: { ...monitoring.pilot, description: md('pilot', monitoring.pilot.description) },
  };

  project.review = {
    // A resolved comment's status last changed when it was resolved.
    comments: content.review.comments.map((comment) => ({ ...comment, statusChangedAt: comment.resolvedAt })),
    copy: null,
    deletedCommentIds: [],
  };
  project.delivery = null;

  // Validate through the real schema (fills nothing in, but rejects any wrong shape),
  // then refuse to write a sample with a link that points nowhere.
  const parsed = ProjectSchema.parse(project);
  const dangling = collectDanglingReferences(parsed);
  if (dangling.length > 0) fail(`dangling references:\n  ${dangling.join('\n  ')}`);
  return parsed;
}
