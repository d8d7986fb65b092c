// The shape in which the sample's content is written by hand, one object per
// language. It mirrors the project model (src/shared/model) with two
// simplifications that keep the content files readable:
// - narrative fields are `Md` strings in a tiny markup (see markup.ts) instead
//   of rich-text trees;
// - quotes carry only their text; the generator finds their offsets in the
//   answer, so a translated quote can never point at the wrong characters.
// Ids are the same in every language: the Dutch and English files differ only
// in their words.

/** Markup: blank line = new block, "- " / "1. " lines = lists, **bold**, *italic*, [text](url), [@src-id, p. 3; @src-other]. */
export type Md = string;

export interface AssignmentContent {
  title: string;
  subtitle: string;
  client: { municipality: string; department: string };
  commissionerRole: string;
  consultancy: { organisation: string };
  authors: { id: string; name: string; role: string }[];
  startDate: string;
  dueDate: string;
  reportDate: string;
}

export interface ContextContent {
  background: Md;
  challenge: Md;
  researchQuestions: { id: string; text: string }[];
  scopeIn: Md;
  scopeOut: Md;
  desiredResult: Md;
  approach: Md;
}

export type ComB =
  | 'capability-physical'
  | 'capability-psychological'
  | 'opportunity-physical'
  | 'opportunity-social'
  | 'motivation-reflective'
  | 'motivation-automatic';

export interface TargetGroupContent {
  description: Md;
  currentBehaviour: Md;
  desiredBehaviour: Md;
  behaviourGoal: { who: string; insteadOf: string; does: string; whereWhen: string };
  competingBehaviours: { id: string; description: string; whyAttractive: string }[];
  determinants: {
    id: string;
    kind: 'driver' | 'barrier';
    comB: ComB;
    description: string;
    evidence: { findingIds: string[]; quoteIds: string[] };
  }[];
}

export interface PersonName {
  family: string;
  given: string;
  literal?: string;
}

export interface SourceContent {
  id: string;
  type: 'article' | 'book' | 'chapter' | 'report' | 'webpage' | 'policy' | 'other';
  authors: PersonName[];
  year: string;
  title: string;
  containerTitle?: string;
  editors?: PersonName[];
  edition?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  place?: string;
  url?: string;
  doi?: string;
  accessed?: string;
  note?: string;
  citationKey: string;
}

export type FindingTopic = 'target-group' | 'environment' | 'current-behaviour' | 'desired-behaviour' | 'theory';

export interface FindingContent {
  id: string;
  text: Md;
  citations: { sourceId: string; locator: string }[];
  topic: FindingTopic;
  strength: 'strong' | 'moderate' | 'weak' | 'anecdotal';
  tags: string[];
}

export interface DeskResearchContent {
  sources: SourceContent[];
  findings: FindingContent[];
  theories: { id: string; name: string; description: Md; sourceIds: string[] }[];
}

export interface InterviewContent {
  id: string;
  code: string;
  respondent: { name: string; email: string; phone: string };
  respondentGroupId: string;
  organisation: string;
  date: string;
  mode: 'in-person' | 'phone' | 'video' | 'group';
  consent: { given: boolean; date: string; note: string };
  /** Answers keyed by interview-question id; written out in guide order. */
  answers: Record<string, string>;
  notes: string;
}

export interface QuoteContent {
  id: string;
  interviewId: string;
  questionId: string;
  /** Must occur literally in that interview's answer to that question. */
  text: string;
  themeIds: string[];
}

export type ThemeGroup = 'com-b' | 'barrier' | 'motivator' | 'exchange' | 'competition' | 'other';

export interface PartnersContent {
  stakeholders: {
    id: string;
    organisation: string;
    contactRole: string;
    description: string;
    relation: 'influences' | 'can-help' | 'both';
    influence: number;
    interest: number;
  }[];
  interviewGuide: {
    introduction: Md;
    questions: { id: string; text: string; topic: string; probes: string[] }[];
  };
  respondentGroups: { id: string; name: string }[];
  interviews: InterviewContent[];
  /** Project themes, added after the default codebook that createEmptyProject seeds. */
  themes: { id: string; name: string; description: string; group: ThemeGroup; color: string }[];
  quotes: QuoteContent[];
}

export interface InsightsContent {
  insights: {
    id: string;
    title: string;
    description: Md;
    type: 'barrier' | 'motivator' | 'exchange' | 'competition';
    evidence: { quoteIds: string[]; findingIds: string[] };
    segmentIds: string[];
  }[];
  segments: {
    id: string;
    name: string;
    description: Md;
    share: string;
    drivers: string[];
    barriers: string[];
    trustedPlaces: string[];
    channels: string[];
    persona: { name: string; age: string; description: Md; quote: string };
  }[];
}

export type MixP = 'product' | 'price' | 'place' | 'promotion' | 'partnership' | 'policy';
export type Priority = 'high' | 'medium' | 'low';

export interface MarketingMixContent {
  enabledPs: MixP[];
  intro: Md;
  activities: {
    id: string;
    p: MixP;
    level: 'execution' | 'organisation' | 'policy';
    title: string;
    description: Md;
    segmentIds: string[];
    insightIds: string[];
    priority: Priority;
    owner: string;
    timing: string;
  }[];
}

export interface AdviceContent {
  managementSummary: Md;
  attentionPoints: { id: string; title: string; text: Md }[];
  pitfalls: { id: string; title: string; text: Md }[];
  goodExamples: { id: string; title: string; text: Md; sourceId: string | null; place: string }[];
  recommendations: {
    id: string;
    title: string;
    text: Md;
    priority: Priority;
    insightIds: string[];
    activityIds: string[];
  }[];
  conclusion: Md;
}

export interface MonitoringContent {
  intro: Md;
  scales: {
    id: string;
    name: string;
    description: string;
    levels: { id: string; rank: number; label: string; description: string }[];
  }[];
  indicators: {
    id: string;
    name: string;
    description: string;
    kind: 'output' | 'outcome' | 'process';
    scaleId: string | null;
    unit: string;
    source: string;
    frequency: string;
    targets: { segmentId: string | null; baseline: string; target: string }[];
  }[];
  pilot: {
    name: string;
    description: Md;
    location: string;
    phases: { id: string; title: string; start: string; end: string; description: string }[];
  };
}

export type StepId =
  | 'assignment'
  | 'context'
  | 'target-group'
  | 'desk-research'
  | 'partners'
  | 'insights'
  | 'marketing-mix'
  | 'advice'
  | 'monitoring'
  | 'report';

export interface ReviewContent {
  comments: {
    id: string;
    target: { kind: 'section' | 'item'; stepId: StepId; itemId: string | null; quote: string };
    author: { name: string; role: string };
    createdAt: string;
    updatedAt: string;
    body: string;
    status: 'open' | 'resolved';
    resolvedAt: string;
    resolvedBy: string;
    replies: { id: string; author: { name: string; role: string }; createdAt: string; updatedAt: string; body: string }[];
  }[];
}

export interface SampleContent {
  assignment: AssignmentContent;
  context: ContextContent;
  targetGroup: TargetGroupContent;
  deskResearch: DeskResearchContent;
  partners: PartnersContent;
  insights: InsightsContent;
  marketingMix: MarketingMixContent;
  advice: AdviceContent;
  monitoring: MonitoringContent;
  review: ReviewContent;
}
