// Comment operations: who may do what, which timestamps move, and the queries
// (orphans, counts per step, filters) the review screens rely on.

import { describe, expect, it } from 'vitest';
import {
  addComment, commentCounts, deleteComment, deleteReply, editComment, editReply, filterComments,
  orphanedComments, reopenComment, replyTo, resolveComment, STATUS_CHANGED_AT,
} from '../../../src/shared/review/comments';
import { findItemById, itemIndex } from '../../../src/shared/review/item-index';
import { removeItem, removeReferences } from '../../../src/shared/model/operations';
import type { Project } from '../../../src/shared/model/project';
import { loadSample } from '../delivery/sample';

const consultant = { name: 'Marleen Verhoef', role: 'Projectleider' };
const reviewer = { name: 'Dr. Anneke Brouwer', role: 'Senior adviseur, interne review' };
const t = (minute: number) => new Date(Date.UTC(2026, 6, 1, 10, minute));

function withNewComment(project: Project) {
  return addComment(project, {
    id: 'c-new', target: { kind: 'item', stepId: 'partners', itemId: 'int-r01', quote: '' },
    author: { name: ' Dr. Anneke Brouwer ', role: reviewer.role }, body: 'Eerste opmerking', now: t(0),
  });
}

describe('adding and replying', () => {
  it('adds an open comment with trimmed author and equal created/updated times, leaving the input alone', () => {
    const sample = loadSample();
    const { project, comment } = withNewComment(sample);
    expect(sample.review.comments).toHaveLength(4);
    expect(project.review.comments.at(-1)).toBe(comment);
    expect(comment).toMatchObject({ id: 'c-new', author: reviewer, status: 'open', createdAt: t(0).toISOString(), updatedAt: t(0).toISOString() });
    expect(addComment(sample, { target: comment.target, author: reviewer, body: 'x', now: t(1) }).comment.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replies to an existing comment and refuses an unknown one without changing anything', () => {
    const sample = loadSample();
    const result = replyTo(sample, 'cmt-3', { author: consultant, body: 'Doe ik', now: t(2), id: 'r-new' });
    expect(result.ok && result.id).toBe('r-new');
    expect(result.project.review.comments[2].replies.map((r) => r.body)).toEqual(['Doe ik']);
    const missing = replyTo(sample, 'nope', { author: consultant, body: 'x', now: t(2) });
    expect(missing).toEqual({ ok: false, reason: 'not-found', project: sample });
    expect(missing.project).toBe(sample);
  });
});

describe('editing and deleting: own comments and replies only', () => {
  it('lets the author edit the body (updatedAt moves) and refuses anyone else', () => {
    const { project } = withNewComment(loadSample());
    const edited = editComment(project, 'c-new', { author: reviewer, body: 'Aangepast', now: t(5) });
    expect(edited.ok).toBe(true);
    expect(edited.project.review.comments.at(-1)).toMatchObject({ body: 'Aangepast', updatedAt: t(5).toISOString(), createdAt: t(0).toISOString() });
    const refused = editComment(project, 'c-new', { author: { ...reviewer, role: 'Projectleider' }, body: 'x', now: t(5) });
    expect(refused).toMatchObject({ ok: false, reason: 'not-author' });
    expect(refused.project).toBe(project);
  });

  it('deletes only own comments and replies', () => {
    const sample = loadSample();
    expect(deleteComment(sample, 'cmt-1', consultant)).toMatchObject({ ok: false, reason: 'not-author' });
    const deleted = deleteComment(sample, 'cmt-1', reviewer);
    expect(deleted.project.review.comments.map((c) => c.id)).toEqual(['cmt-2', 'cmt-3', 'cmt-4']);
    expect(deleteReply(sample, 'cmt-1', 'rpl-1', reviewer)).toMatchObject({ ok: false, reason: 'not-author' });
    expect(deleteReply(sample, 'cmt-1', 'rpl-x', consultant)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(deleteReply(sample, 'cmt-1', 'rpl-1', consultant).project.review.comments[0].replies).toEqual([]);
  });

  it('edits a reply only for its author', () => {
    const sample = loadSample();
    expect(editReply(sample, 'cmt-1', 'rpl-1', { author: reviewer, body: 'x', now: t(1) }).ok).toBe(false);
    const ok = editReply(sample, 'cmt-1', 'rpl-1', { author: consultant, body: 'Nieuw', now: t(1) });
    expect(ok.project.review.comments[0].replies[0]).toMatchObject({ body: 'Nieuw', updatedAt: t(1).toISOString() });
  });
});

describe('resolving and reopening', () => {
  it('records who resolved and when, and the status change time, without touching updatedAt', () => {
    const sample = loadSample();
    const resolved = resolveComment(sample, 'cmt-1', { name: 'Marleen Verhoef', now: t(3) }).project.review.comments[0];
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: t(3).toISOString(), resolvedBy: 'Marleen Verhoef',
      [STATUS_CHANGED_AT]: t(3).toISOString(), updatedAt: sample.review.comments[0].updatedAt });
    const reopened = reopenComment(sample, 'cmt-2', { now: t(4) }).project.review.comments[1];
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: '', resolvedBy: '', [STATUS_CHANGED_AT]: t(4).toISOString() });
    expect(resolveComment(sample, 'nope', { name: 'x', now: t(3) }).ok).toBe(false);
  });
});

describe('queries', () => {
  it('indexes every item id in every step, nested ones included', () => {
    const sample = loadSample();
    const index = itemIndex(sample);
    expect(findItemById(sample, 'act-16')?.stepId).toBe('marketing-mix');
    expect(findItemById(sample, 'int-r01')?.stepId).toBe('partners');
    const level = sample.monitoring.scales[0].levels[0];
    expect(index.get(level.id)?.stepId).toBe('monitoring');
    expect(findItemById(sample, 'does-not-exist')).toBeNull();
  });

  it('finds comments whose item was deleted without cleaning references, but not those moved to their step', () => {
    const sample = loadSample();
    expect(orphanedComments(sample)).toEqual([]);
    const deleted = { ...sample, marketingMix: { ...sample.marketingMix, activities: removeItem(sample.marketingMix.activities, 'act-16') } };
    expect(orphanedComments(deleted).map((c) => c.id)).toEqual(['cmt-2']);
    expect(orphanedComments(removeReferences(deleted, 'act-16'))).toEqual([]);
  });

  it('counts open and resolved comments per step', () => {
    const counts = commentCounts(loadSample());
    expect(counts.insights).toEqual({ open: 1, resolved: 0 });
    expect(counts['marketing-mix']).toEqual({ open: 0, resolved: 1 });
    expect(counts.advice).toEqual({ open: 1, resolved: 0 });
    expect(counts.context).toEqual({ open: 0, resolved: 0 });
    expect(Object.keys(counts)).toHaveLength(10);
  });

  it('filters by status, author, step and item', () => {
    const comments = replyTo(loadSample(), 'cmt-3', { author: consultant, body: 'x', now: t(1) }).project.review.comments;
    expect(filterComments(comments, { status: 'resolved' }).map((c) => c.id)).toEqual(['cmt-2']);
    expect(filterComments(comments, { author: { name: 'Dr. Anneke Brouwer' } })).toHaveLength(4);
    expect(filterComments(comments, { author: { name: 'Dr. Anneke Brouwer', role: 'x' } })).toHaveLength(0);
    expect(filterComments(comments, { stepId: 'desk-research', itemId: 'src-dewinter-2008' }).map((c) => c.id)).toEqual(['cmt-4']);
  });
});
