// Review comments: threads attached to a step or to one item, with replies,
// resolvable. A review copy is a project sent out for comments; it records the
// project it was copied from. Deleted comments leave their id behind, so that a
// merge of an older review copy does not bring them back.

import { z } from 'zod';
import { IdSchema, idList, list, text } from './fields';
import { StepIdSchema } from './steps';

export const CommentTargetSchema = z.looseObject({
  kind: z.enum(['section', 'item']),
  stepId: StepIdSchema,
  /** The commented item, for kind 'item'; null for a whole step. */
  itemId: z.string().nullable().default(null),
  /** The text the comment was anchored on, if any, so it can be shown out of context. */
  quote: text(),
});
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

export const CommentAuthorSchema = z.looseObject({
  name: text(),
  role: text(),
});
export type CommentAuthor = z.infer<typeof CommentAuthorSchema>;

export const ReplySchema = z.looseObject({
  id: IdSchema,
  author: CommentAuthorSchema.prefault({}),
  createdAt: text(),
  updatedAt: text(),
  body: text(),
});
export type Reply = z.infer<typeof ReplySchema>;

export const CommentSchema = z.looseObject({
  id: IdSchema,
  target: CommentTargetSchema,
  author: CommentAuthorSchema.prefault({}),
  /** ISO timestamps. */
  createdAt: text(),
  updatedAt: text(),
  body: text(),
  status: z.enum(['open', 'resolved']).default('open'),
  /** ISO timestamp and name, '' while open. */
  resolvedAt: text(),
  /** ISO time of the last resolve or reopen; '' if never (review merges use it). */
  statusChangedAt: text(),
  resolvedBy: text(),
  replies: list(ReplySchema),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ReviewCopySchema = z.looseObject({
  sourceProjectId: z.string(),
  createdAt: text(),
  reviewerNote: text(),
});
export type ReviewCopy = z.infer<typeof ReviewCopySchema>;

export const ReviewSchema = z.looseObject({
  comments: list(CommentSchema),
  copy: ReviewCopySchema.nullable().default(null),
  /**
   * Ids of comments deleted in this project. Merging a review copy made before
   * the deletion must not bring the comment back, and "missing" cannot be told
   * apart from "never seen", so deletions are remembered (ids only, no text).
   */
  deletedCommentIds: idList(),
});
export type Review = z.infer<typeof ReviewSchema>;
