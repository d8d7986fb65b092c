// Field builders shared by every part of the model. They encode one rule:
// optional text is '', lists are [], rich text is an empty document, so a
// form can bind to any field without null checks and an old or hand-written
// file with missing fields still loads.

import { z } from 'zod';
import { RichTextSchema, emptyRichText } from './rich-text';

/** An item id: opaque, non-empty. */
export const IdSchema = z.string().min(1);

export const text = () => z.string().default('');

/** A list of ids referring to other items (evidence, segments, …). */
export const idList = () => z.array(z.string()).default(() => []);

export const stringList = () => z.array(z.string()).default(() => []);

export const list = <T extends z.ZodType>(item: T) => z.array(item).default(() => []);

export const richText = () => RichTextSchema.default(() => emptyRichText());
