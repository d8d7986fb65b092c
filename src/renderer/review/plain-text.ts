// The plain text of a model field that may be a string or rich text, for naming
// commented items in the comments panel. Anything else reads as ''.

import { RichTextSchema, richTextToPlain } from '../../shared/model/rich-text';

export function plainTextOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'doc') return '';
  const parsed = RichTextSchema.safeParse(value);
  return parsed.success ? richTextToPlain(parsed.data) : '';
}
