// Step 2, context and challenge (Aanleiding & uitdaging): why the municipality
// asks for advice, the research questions and the boundaries of the work.

import { z } from 'zod';
import { IdSchema, list, richText, text } from './fields';

export const ResearchQuestionSchema = z.looseObject({
  id: IdSchema,
  text: text(),
});
export type ResearchQuestion = z.infer<typeof ResearchQuestionSchema>;

export const ContextSchema = z.looseObject({
  background: richText(),
  challenge: richText(),
  researchQuestions: list(ResearchQuestionSchema),
  scopeIn: richText(),
  scopeOut: richText(),
  desiredResult: richText(),
  approach: richText(),
});
export type Context = z.infer<typeof ContextSchema>;
