// Qualitative coding of interviews (step 5): a codebook of themes and quotes
// tagged with them. A quote may point at a character range of one answer.

import { z } from 'zod';
import { IdSchema, idList, text } from './fields';

export const themeGroups = ['com-b', 'barrier', 'motivator', 'exchange', 'competition', 'other'] as const;
export const ThemeGroupSchema = z.enum(themeGroups);
export type ThemeGroup = z.infer<typeof ThemeGroupSchema>;

export const ThemeSchema = z.looseObject({
  id: IdSchema,
  name: text(),
  description: text(),
  group: ThemeGroupSchema.default('other'),
  /** Display colour #rrggbb, or '' for the default. */
  color: text(),
});
export type Theme = z.infer<typeof ThemeSchema>;

const offset = z.number().int().min(0).nullable().default(null);

export const QuoteSchema = z.looseObject({
  id: IdSchema,
  interviewId: text(),
  /** '' when the quote is not tied to one question. */
  questionId: text(),
  text: text(),
  /** Character offsets [start, end) into the answer's text, or null when typed freely. */
  start: offset,
  end: offset,
  themeIds: idList(),
});
export type Quote = z.infer<typeof QuoteSchema>;
