// Merging review copies back: what comes in, what wins a conflict, what is
// never lost, and what is refused.

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { removeItem, removeReferences } from '../../../src/shared/model/operations';
import type { Project } from '../../../src/shared/model/project';
import {
  addComment, deleteComment, editComment, reopenComment, replyTo, resolveComment,
} from '../../../src/shared/review/comments';
import { isReviewCopy, makeReviewCopy } from '../../../src/shared/review/copy';
import { mergeReviews } from '../../../src/shared/review/merge';
import { loadSample } from '../delivery/sample';

const consultant = { name: 'Marleen Verhoef', role: 'Projectleider' };
const anneke = { name: 'Dr. Anneke Brouwer', role: 'Senior adviseur, interne review' };
const wethouder = { name: 'J. de Vries', role: 'Gemeente' };
const t = (minute: number) => new Date(Date.UTC(2026, 6, 1, 10, minute));
const ok = (result: { ok: boolean; project: Project }) => {
  expect(result.ok).toBe(true);
  return result.project;
};
const comment = (project: Project, id: string) => project.review.comments.find((c) => c.id === id);

describe('makeReviewCopy', () => {
  it('keeps the project id and marks the copy, leaving the original unmarked', () => {
    const original = loadSample();
    const copy = makeReviewCopy(original, { now: t(0), note: 'Graag voor vrijdag' });
    expect(copy.id).toBe(original.id);
    expect(copy.review.copy).toEqual({ sourceProjectId: original.id, createdAt: t(0).toISOString(), reviewerNote: 'Graag voor vrijdag' });
    expect(isReviewCopy(copy)).toBe(true);
    expect(isReviewCopy(original)).toBe(false);
    copy.partners.interviews[0].notes = 'changed';
    expect(original.partners.interviews[0].notes).not.toBe('changed');
  });
});

describe('mergeReviews', () => {
  it('brings in new comments and replies from two copies and counts them per copy', () => {
    const original = loadSample();
    let a = makeReviewCopy(original, { now: t(0), note: '' });
    let b = makeReviewCopy(original, { now: t(1), note: '' });
    a = addComment(a, { id: 'a1', target: { kind: 'section', stepId: 'context', itemId: null, quote: '' }, author: anneke, body: 'A', now: t(2) }).project;
    a = ok(replyTo(a, 'cmt-3', { id: 'a-r', author: anneke, body: 'Aanvulling', now: t(3) }));
    b = addComment(b, { id: 'b1', target: { kind: 'item', stepId: 'insights', itemId: 'seg-afstand', quote: '' }, author: wethouder, body: 'B', now: t(4) }).project;
    b = ok(resolveComment(b, 'cmt-4', { name: wethouder.name, now: t(5) }));

    const { project, summary } = mergeReviews(original, [a, b]);
    expect(project.review.comments.map((c) => c.id)).toEqual(['cmt-1', 'cmt-2', 'cmt-3', 'cmt-4', 'a1', 'b1']);
    expect(comment(project, 'cmt-3')?.replies.map((r) => r.id)).toEqual(['a-r']);
    expect(comment(project, 'cmt-4')).toMatchObject({ status: 'resolved', resolvedBy: wethouder.name });
    expect(project.review.copy).toBeNull();
    expect(summary).toMatchObject({ newComments: 2, newReplies: 1, statusChanges: 1, edits: 0, orphaned: 0 });
    expect(summary.perCopy).toEqual([
      { newComments: 1, newReplies: 1, statusChanges: 0, edits: 0, skippedDeleted: 0, copyCreatedAt: t(0).toISOString() },
      { newComments: 1, newReplies: 0, statusChanges: 1, edits: 0, skippedDeleted: 0, copyCreatedAt: t(1).toISOString() },
    ]);
  });

  it('changes nothing when the same copy is merged again', () => {
    const original = loadSample();
    const copy = addComment(makeReviewCopy(original, { now: t(0), note: '' }), {
      id: 'x', target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' }, author: anneke, body: 'x', now: t(1) }).project;
    const first = mergeReviews(original, [copy]).project;
    const again = mergeReviews(first, [copy, copy]);
    expect(again.project).toBe(first);
    expect(again.summary).toMatchObject({ newComments: 0, newReplies: 0, statusChanges: 0, edits: 0 });
    expect(mergeReviews(original, [copy, copy]).project.review.comments.filter((c) => c.id === 'x')).toHaveLength(1);
  });

  it('lets the latest status change win, whichever side made it and in either order', () => {
    const original = ok(resolveComment(loadSample(), 'cmt-1', { name: consultant.name, now: t(10) }));
    const copy = ok(reopenComment(makeReviewCopy(loadSample(), { now: t(0), note: '' }), 'cmt-1', { now: t(20) }));
    expect(comment(mergeReviews(original, [copy]).project, 'cmt-1')?.status).toBe('open');
    // Same pair, but the copy's change is the older one.
    const early = ok(reopenComment(makeReviewCopy(loadSample(), { now: t(0), note: '' }), 'cmt-1', { now: t(5) }));
    expect(comment(mergeReviews(original, [early]).project, 'cmt-1')).toMatchObject({ status: 'resolved', resolvedAt: t(10).toISOString() });
    // A reviewer's resolve survives a later body edit in the original.
    const edited = ok(editComment(loadSample(), 'cmt-3', { author: anneke, body: 'Nieuwe tekst', now: t(30) }));
    const resolving = ok(resolveComment(makeReviewCopy(loadSample(), { now: t(0), note: '' }), 'cmt-3', { name: 'x', now: t(25) }));
    expect(comment(mergeReviews(edited, [resolving]).project, 'cmt-3')).toMatchObject({ status: 'resolved', body: 'Nieuwe tekst' });
  });

  it('decides ties in time the same way in every order: resolved beats open, then by text', () => {
    const original = loadSample();
    const reopened = ok(reopenComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-2', { now: t(50) }));
    const resolvedA = ok(resolveComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-1', { name: 'A', now: t(50) }));
    const resolvedB = ok(resolveComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-1', { name: 'B', now: t(50) }));
    const again = ok(resolveComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-2', { name: 'C', now: t(50) }));
    const editX = ok(editComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-3', { author: anneke, body: 'X', now: t(50) }));
    const editY = ok(editComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-3', { author: anneke, body: 'Y', now: t(50) }));
    const copies = [reopened, resolvedA, resolvedB, again, editX, editY];
    const results = [copies, [...copies].reverse(), [copies[3], copies[1], copies[5], copies[0], copies[4], copies[2]]]
      .map((order) => mergeReviews(original, order).project);
    for (const merged of results) {
      expect(comment(merged, 'cmt-1')).toMatchObject({ status: 'resolved', resolvedBy: 'B' });
      expect(comment(merged, 'cmt-2')).toMatchObject({ status: 'resolved', resolvedBy: 'C' });
      expect(comment(merged, 'cmt-3')?.body).toBe('Y');
      expect(merged.review.comments).toEqual(results[0].review.comments);
    }
  });

  it('takes the latest body edit of a comment', () => {
    const original = loadSample();
    const copy = ok(editComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-1', { author: anneke, body: 'Herzien', now: t(40) }));
    const { project, summary } = mergeReviews(original, [copy]);
    expect(comment(project, 'cmt-1')).toMatchObject({ body: 'Herzien', updatedAt: t(40).toISOString() });
    expect(summary.edits).toBe(1);
  });

  it('keeps the original comment when a copy deleted it', () => {
    const original = loadSample();
    const copy = ok(deleteComment(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-1', anneke));
    expect(mergeReviews(original, [copy]).project.review.comments.map((c) => c.id)).toContain('cmt-1');
  });

  it('does not bring back a comment the consultant deleted after sending the copy', () => {
    const original = loadSample();
    const copy = ok(replyTo(makeReviewCopy(original, { now: t(0), note: '' }), 'cmt-2', { id: 'late', author: anneke, body: 'Nog iets', now: t(5) }));
    const author = original.review.comments.find((c) => c.id === 'cmt-2')?.author ?? consultant;
    const edited = ok(deleteComment(original, 'cmt-2', author));
    expect(edited.review.deletedCommentIds).toEqual(['cmt-2']);
    const { project, summary } = mergeReviews(edited, [copy]);
    expect(project.review.comments.map((c) => c.id)).not.toContain('cmt-2');
    expect(project.review.deletedCommentIds).toEqual(['cmt-2']);
    expect(summary).toMatchObject({ newComments: 0, newReplies: 0, skippedDeleted: 1 });
    // Without the record (a file from before it existed) the comment would come back.
    const forgetful = { ...edited, review: { ...edited.review, deletedCommentIds: [] } };
    expect(mergeReviews(forgetful, [copy]).project.review.comments.map((c) => c.id)).toContain('cmt-2');
  });

  it('keeps a new comment on an item the original deleted meanwhile, as an orphan', () => {
    const original = loadSample();
    const copy = addComment(makeReviewCopy(original, { now: t(0), note: '' }), {
      id: 'on-act', target: { kind: 'item', stepId: 'marketing-mix', itemId: 'act-3', quote: '' }, author: anneke, body: 'x', now: t(2) }).project;
    const edited = removeReferences({ ...original, marketingMix: { ...original.marketingMix, activities: removeItem(original.marketingMix.activities, 'act-3') } }, 'act-3');
    const { project, summary } = mergeReviews(edited, [copy]);
    expect(comment(project, 'on-act')?.target.itemId).toBe('act-3');
    expect(summary.orphaned).toBe(1);
  });

  it('keeps the step target the original gave a comment whose item it deleted', () => {
    const original = loadSample();
    const copy = makeReviewCopy(original, { now: t(0), note: '' });
    const edited = removeReferences({ ...original, marketingMix: { ...original.marketingMix, activities: removeItem(original.marketingMix.activities, 'act-16') } }, 'act-16');
    for (const order of [[edited, copy], [copy, edited]] as const) {
      const merged = mergeReviews(order[0], [order[1]]).project;
      expect(comment(merged, 'cmt-2')?.target).toMatchObject({ kind: 'section', itemId: null });
    }
  });

  it('merges copies of copies in any order to the same comments', () => {
    const original = loadSample();
    const a = addComment(makeReviewCopy(original, { now: t(0), note: '' }), {
      id: 'a1', target: { kind: 'section', stepId: 'context', itemId: null, quote: '' }, author: anneke, body: 'A', now: t(1) }).project;
    const aa = ok(replyTo(makeReviewCopy(a, { now: t(2), note: '' }), 'a1', { id: 'aa-r', author: wethouder, body: 'R', now: t(3) }));
    const one = mergeReviews(original, [aa]).project;
    const two = mergeReviews(mergeReviews(original, [a]).project, [aa]).project;
    expect(one.review.comments).toEqual(two.review.comments);
    expect(comment(one, 'a1')?.replies.map((r) => r.id)).toEqual(['aa-r']);
  });

  it('refuses a copy of another project before merging anything', () => {
    const original = loadSample();
    const stranger = { ...makeReviewCopy(original, { now: t(0), note: '' }), id: 'other-project' };
    const good = makeReviewCopy(original, { now: t(0), note: '' });
    expect(() => mergeReviews(original, [good, stranger])).toThrow(AppError);
    try {
      mergeReviews(original, [stranger]);
    } catch (error) {
      expect((error as AppError).code).toBe('REVIEW_COPY_MISMATCH');
    }
    expect.assertions(2);
  });
});
