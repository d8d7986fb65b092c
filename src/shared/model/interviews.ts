// Interviews of step 5. Respondent names, contact details, consent notes and
// interviewer notes are PERSONAL DATA: they are removed when a project is
// delivered pseudonymised. Answers are plain text so quotes can point at
// character offsets inside them.

import { z } from 'zod';
import { IdSchema, list, stringList, text } from './fields';

export const InterviewQuestionSchema = z.looseObject({
  id: IdSchema,
  text: text(),
  topic: text(),
  /** Follow-up prompts ("doorvragen"). */
  probes: stringList(),
});
export type InterviewQuestion = z.infer<typeof InterviewQuestionSchema>;

/** A kind of respondent, e.g. "Pedagogisch medewerker" or "Ouder". */
export const RespondentGroupSchema = z.looseObject({
  id: IdSchema,
  name: text(),
});
export type RespondentGroup = z.infer<typeof RespondentGroupSchema>;

export const interviewModes = ['in-person', 'phone', 'video', 'group'] as const;
export const InterviewModeSchema = z.enum(interviewModes);
export type InterviewMode = z.infer<typeof InterviewModeSchema>;

export const AnswerSchema = z.looseObject({
  questionId: text(),
  text: text(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const InterviewSchema = z.looseObject({
  id: IdSchema,
  /** Pseudonymous code used in the report, e.g. "R01". */
  code: text(),
  /** PERSONAL DATA. */
  respondent: z.looseObject({ name: text(), email: text(), phone: text() }).prefault({}),
  respondentGroupId: text(),
  organisation: text(),
  date: text(),
  mode: InterviewModeSchema.default('in-person'),
  /** PERSONAL DATA (date and note of informed consent). */
  consent: z.looseObject({ given: z.boolean().default(false), date: text(), note: text() }).prefault({}),
  answers: list(AnswerSchema),
  /** Internal interviewer notes; may identify people. */
  notes: text(),
});
export type Interview = z.infer<typeof InterviewSchema>;
