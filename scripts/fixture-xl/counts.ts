// How many items of each kind the XL fixture holds. The numbers are the point
// of the fixture (a large, busy project for benchmarks and stress tests), so
// they live in one place that the generator, the script's output and the tests share.

export const XL_COUNTS = {
  authors: 3,
  researchQuestions: 6,
  competingBehaviours: 6,
  determinants: 30,
  sources: 400,
  findings: 600,
  theories: 12,
  stakeholders: 40,
  questions: 10,
  respondentGroups: 6,
  interviews: 150,
  themes: 40,
  quotes: 1000,
  insights: 50,
  segments: 8,
  activities: 80,
  attentionPoints: 12,
  pitfalls: 10,
  goodExamples: 15,
  recommendations: 60,
  indicators: 20,
  scales: 4,
  pilotPhases: 5,
  comments: 300,
} as const;

export type XlCounts = typeof XL_COUNTS;

/** The seed of the fixture's pseudo-random generator; change it and every byte changes. */
export const XL_SEED = 20260607;

export const XL_PROJECT_ID = 'prj-fixture-xl-ouderbetrokkenheid';
export const XL_CREATED_AT = '2026-01-05T08:30:00.000Z';
export const XL_UPDATED_AT = '2026-09-30T16:45:00.000Z';
export const XL_SAVED_WITH = 'drijfveer-fixture-xl';
