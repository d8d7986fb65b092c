// Pure operations on review comments (project.review.comments). Every function
// returns a new project and leaves its input untouched.
//
// Editing and deleting are allowed only to the comment's or reply's own author
// (same name and role, compared after trimming). A refused or impossible
// operation is not an error a user made with the data, so it does not throw:
// it returns `{ ok: false, reason, project }` with the very same project object,
// and the UI decides whether to say anything. Resolving and reopening are open
// to everybody (a consultant resolves a reviewer's remark and vice versa).
//
// Timestamps have one meaning each, which the merge of review copies relies on:
// - `updatedAt`: the last edit of the body (never touched by resolve/reopen);
// - `statusChangedAt` (see STATUS_CHANGED_AT): the last resolve or reopen;
// - `resolvedAt`/`resolvedBy`: set while resolved, '' while open.

import type { Project } from '../model/project';
import type { Comment, CommentAuthor, CommentTarget, Reply } from '../model/review';
import { newId } from '../model/ids';
import { stepIds, type StepId } from '../model/steps';
import { itemIndex } from './item-index';

/**
 * Loose comment field holding the ISO time of the last resolve or reopen. A
 * reopen leaves no other trace, so without it a merge could not tell "reopened
 * later" from "never resolved". Until the model declares it, it rides along as
 * a preserved unknown field.
 */
export const STATUS_CHANGED_AT = 'statusChangedAt';

export type ReviewRefusal = 'not-found' | 'not-author';

export type ReviewResult =
  | { ok: true; project: Project; id: string }
  | { ok: false; project: Project; reason: ReviewRefusal };

export interface NewComment {
  target: CommentTarget;
  author: CommentAuthor;
  body: string;
  now: Date;
  /** Given in tests and imports; a fresh UUID otherwise. */
  id?: string;
}

export interface NewReply {
  author: CommentAuthor;
  body: string;
  now: Date;
  id?: string;
}

export function sameAuthor(a: CommentAuthor, b: CommentAuthor): boolean {
  return a.name.trim() === b.name.trim() && a.role.trim() === b.role.trim();
}

function withComments(project: Project, comments: Comment[]): Project {
  return { ...project, review: { ...project.review, comments } };
}

function refuse(project: Project, reason: ReviewRefusal): ReviewResult {
  return { ok: false, project, reason };
}

/** Applies change to the comment with this id; not-found when there is none. */
function updateComment(project: Project, commentId: string, change: (c: Comment) => Comment | ReviewRefusal): ReviewResult {
  const comments = project.review.comments;
  const index = comments.findIndex((c) => c.id === commentId);
  if (index === -1) return refuse(project, 'not-found');
  const next = change(comments[index]);
  if (typeof next === 'string') return refuse(project, next);
  const list = [...comments];
  list[index] = next;
  return { ok: true, project: withComments(project, list), id: commentId };
}

export function addComment(project: Project, input: NewComment): { project: Project; comment: Comment } {
  const time = input.now.toISOString();
  const comment: Comment = {
    id: input.id ?? newId(),
    target: { ...input.target },
    author: { name: input.author.name.trim(), role: input.author.role.trim() },
    createdAt: time,
    updatedAt: time,
    body: input.body,
    status: 'open',
    resolvedAt: '',
    resolvedBy: '',
    statusChangedAt: '',
    replies: [],
  };
  return { project: withComments(project, [...project.review.comments, comment]), comment };
}

export function replyTo(project: Project, commentId: string, input: NewReply): ReviewResult {
  const time = input.now.toISOString();
  const reply: Reply = {
    id: input.id ?? newId(),
    author: { name: input.author.name.trim(), role: input.author.role.trim() },
    createdAt: time,
    updatedAt: time,
    body: input.body,
  };
  const result = updateComment(project, commentId, (c) => ({ ...c, replies: [...c.replies, reply] }));
  return result.ok ? { ...result, id: reply.id } : result;
}

export function editComment(project: Project, commentId: string, edit: { author: CommentAuthor; body: string; now: Date }): ReviewResult {
  return updateComment(project, commentId, (c) =>
    sameAuthor(c.author, edit.author) ? { ...c, body: edit.body, updatedAt: edit.now.toISOString() } : 'not-author');
}

export function deleteComment(project: Project, commentId: string, author: CommentAuthor): ReviewResult {
  const comment = project.review.comments.find((c) => c.id === commentId);
  if (!comment) return refuse(project, 'not-found');
  if (!sameAuthor(comment.author, author)) return refuse(project, 'not-author');
  const remaining = withComments(project, project.review.comments.filter((c) => c.id !== commentId));
  // Remembered, so merging a review copy made before the deletion does not bring it back.
  const deleted = project.review.deletedCommentIds;
  const deletedCommentIds = deleted.includes(commentId) ? deleted : [...deleted, commentId];
  return { ok: true, project: { ...remaining, review: { ...remaining.review, deletedCommentIds } }, id: commentId };
}

function updateReply(project: Project, commentId: string, replyId: string, author: CommentAuthor,
  change: (replies: Reply[], index: number) => Reply[]): ReviewResult {
  const result = updateComment(project, commentId, (c) => {
    const index = c.replies.findIndex((r) => r.id === replyId);
    if (index === -1) return 'not-found';
    if (!sameAuthor(c.replies[index].author, author)) return 'not-author';
    return { ...c, replies: change(c.replies, index) };
  });
  return result.ok ? { ...result, id: replyId } : result;
}

export function editReply(project: Project, commentId: string, replyId: string,
  edit: { author: CommentAuthor; body: string; now: Date }): ReviewResult {
  return updateReply(project, commentId, replyId, edit.author, (replies, index) =>
    replies.map((r, i) => (i === index ? { ...r, body: edit.body, updatedAt: edit.now.toISOString() } : r)));
}

export function deleteReply(project: Project, commentId: string, replyId: string, author: CommentAuthor): ReviewResult {
  return updateReply(project, commentId, replyId, author, (replies, index) => replies.filter((_, i) => i !== index));
}

export function resolveComment(project: Project, commentId: string, by: { name: string; now: Date }): ReviewResult {
  const time = by.now.toISOString();
  return updateComment(project, commentId, (c) => ({
    ...c, status: 'resolved', resolvedAt: time, resolvedBy: by.name.trim(), [STATUS_CHANGED_AT]: time,
  }));
}

export function reopenComment(project: Project, commentId: string, by: { now: Date }): ReviewResult {
  return updateComment(project, commentId, (c) => ({
    ...c, status: 'open', resolvedAt: '', resolvedBy: '', [STATUS_CHANGED_AT]: by.now.toISOString(),
  }));
}

/**
 * Comments on an item that no step holds any more. They are never dropped
 * (by a merge or otherwise): the UI lists them so the consultant can answer,
 * resolve or delete them knowingly.
 */
export function orphanedComments(project: Project): Comment[] {
  const index = itemIndex(project);
  return project.review.comments.filter((c) =>
    c.target.kind === 'item' && c.target.itemId !== null && !index.has(c.target.itemId));
}

/** Open and resolved comments per step (replies are part of their comment, not counted). */
export function commentCounts(project: Project): Record<StepId, { open: number; resolved: number }> {
  const counts = Object.fromEntries(stepIds.map((id) => [id, { open: 0, resolved: 0 }])) as Record<StepId, { open: number; resolved: number }>;
  for (const comment of project.review.comments) {
    const bucket = counts[comment.target.stepId];
    if (bucket) bucket[comment.status] += 1;
  }
  return counts;
}

export interface CommentFilter {
  status?: Comment['status'];
  /** Comments written by this person; role is compared only when given. */
  author?: { name: string; role?: string };
  stepId?: StepId;
  itemId?: string;
}

export function filterComments(comments: readonly Comment[], filter: CommentFilter): Comment[] {
  const { status, author, stepId, itemId } = filter;
  return comments.filter((c) =>
    (status === undefined || c.status === status)
    && (stepId === undefined || c.target.stepId === stepId)
    && (itemId === undefined || c.target.itemId === itemId)
    && (author === undefined || (c.author.name.trim() === author.name.trim()
      && (author.role === undefined || c.author.role.trim() === author.role.trim()))));
}
