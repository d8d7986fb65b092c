// Property test of merging review copies. Random histories: the consultant edits
// content (adds, deletes items, with or without cleaning references), comments,
// replies, resolves, reopens and deletes own comments in the original; 2-4
// reviewers do the same on copies (and copies of copies); some copies are merged
// midway. Merging all copies at the end, in any order and any number of times,
// must give every comment and reply that still exists anywhere exactly once —
// except comments the consultant deleted, which never come back — the latest
// body and status, and nothing new when merged again.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/delivery/canonical-json';
import { addItem, removeItem, removeReferences } from '../../../src/shared/model/operations';
import type { Project } from '../../../src/shared/model/project';
import type { Comment, CommentAuthor, CommentTarget } from '../../../src/shared/model/review';
import {
  addComment, deleteComment, editComment, reopenComment, replyTo, resolveComment, STATUS_CHANGED_AT,
} from '../../../src/shared/review/comments';
import { makeReviewCopy } from '../../../src/shared/review/copy';
import { mergeReviews } from '../../../src/shared/review/merge';
import { filledProject } from '../filled-project';

type Command =
  | { kind: 'copy'; from: number }
  | { kind: 'comment'; doc: number; target: number }
  | { kind: 'reply'; doc: number; pick: number }
  | { kind: 'resolve' | 'reopen'; doc: number; pick: number }
  | { kind: 'edit'; doc: number; pick: number; body: string }
  | { kind: 'delete'; doc: number; pick: number }
  | { kind: 'content'; pick: number; clean: boolean; add: boolean }
  | { kind: 'merge'; doc: number };

const doc = fc.nat(9);
const pick = fc.nat(99);
const commandArb: fc.Arbitrary<{ command: Command; tick: number }> = fc.record({
  command: fc.oneof(
    fc.record({ kind: fc.constant('copy' as const), from: doc }),
    fc.record({ kind: fc.constant('comment' as const), doc, target: fc.nat(20) }),
    fc.record({ kind: fc.constant('reply' as const), doc, pick }),
    fc.record({ kind: fc.constantFrom('resolve' as const, 'reopen' as const), doc, pick }),
    fc.record({ kind: fc.constant('edit' as const), doc, pick, body: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('delete' as const), doc, pick }),
    fc.record({ kind: fc.constant('content' as const), pick, clean: fc.boolean(), add: fc.boolean() }),
    fc.record({ kind: fc.constant('merge' as const), doc }),
  ),
  // 0 lets two actions share a timestamp, so tie-breaking is exercised too.
  tick: fc.nat(1),
});

const MAX_COPIES = 4;
const consultant: CommentAuthor = { name: 'Consultant', role: 'Projectleider' };
const reviewerOf = (copyNumber: number): CommentAuthor => ({ name: `Reviewer ${copyNumber}`, role: 'Review' });

interface History {
  docs: Project[];
  comments: Set<string>;
  /** Reply id → the comment it was written on. */
  replies: Map<string, string>;
  /** Comments the consultant deleted in the original. */
  deleted: Set<string>;
}

function targetFor(project: Project, n: number): CommentTarget {
  const items = [...project.marketingMix.activities.map((a) => a.id), 'in-1', 'fi-1', 'sg-1', 'act-gone'];
  if (n % 5 === 0) return { kind: 'section', stepId: 'advice', itemId: null, quote: '' };
  return { kind: 'item', stepId: 'marketing-mix', itemId: items[n % items.length], quote: '' };
}

function run(commands: { command: Command; tick: number }[]): History {
  // One comment of the consultant's own is in every starting copy, so deleting it in the original is common.
  const base = addComment(filledProject(), {
    id: 'c0', target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' }, author: consultant, body: 'b0', now: new Date(Date.UTC(2026, 0, 1)),
  }).project;
  const docs = [base, makeReviewCopy(base, { now: new Date(0), note: '' }), makeReviewCopy(base, { now: new Date(0), note: '' })];
  const history: History = { docs, comments: new Set(base.review.comments.map((c) => c.id)), replies: new Map(), deleted: new Set() };
  for (const c of base.review.comments) for (const r of c.replies) history.replies.set(r.id, c.id);
  let clock = 1;
  let counter = 0;
  const authorOf = (d: number) => (d === 0 ? consultant : reviewerOf(d));
  for (const { command, tick } of commands) {
    clock += tick;
    const now = new Date(Date.UTC(2026, 0, 1) + clock * 1000);
    const d = 'doc' in command ? command.doc % docs.length : 0;
    const project = docs[d];
    const list = project.review.comments;
    const chosen = 'pick' in command && list.length > 0 ? list[command.pick % list.length] : undefined;
    counter += 1;
    switch (command.kind) {
      case 'copy':
        if (docs.length <= MAX_COPIES) docs.push(makeReviewCopy(docs[command.from % docs.length], { now, note: '' }));
        break;
      case 'comment': {
        const id = `c${counter}`;
        docs[d] = addComment(project, { id, target: targetFor(project, command.target), author: authorOf(d), body: `b${counter}`, now }).project;
        history.comments.add(id);
        break;
      }
      case 'reply':
        if (chosen) {
          const id = `r${counter}`;
          docs[d] = replyTo(project, chosen.id, { id, author: authorOf(d), body: `r${counter}`, now }).project;
          history.replies.set(id, chosen.id);
        }
        break;
      case 'resolve':
        if (chosen) docs[d] = resolveComment(project, chosen.id, { name: authorOf(d).name, now }).project;
        break;
      case 'reopen':
        if (chosen) docs[d] = reopenComment(project, chosen.id, { now }).project;
        break;
      case 'edit': {
        const own = list.filter((c) => c.author.name === authorOf(d).name);
        if (own.length > 0) docs[d] = editComment(project, own[command.pick % own.length].id, { author: authorOf(d), body: command.body, now }).project;
        break;
      }
      case 'delete': {
        const own = list.filter((c) => c.author.name === authorOf(d).name);
        if (own.length > 0) {
          const gone = own[command.pick % own.length].id;
          docs[d] = deleteComment(project, gone, authorOf(d)).project;
          if (d === 0) history.deleted.add(gone);
        }
        break;
      }
      case 'content': {
        const original = docs[0];
        const activities = original.marketingMix.activities;
        if (command.add || activities.length === 0) {
          docs[0] = { ...original, marketingMix: { ...original.marketingMix, activities: addItem(activities, { ...activities[0] ?? base.marketingMix.activities[0], id: `act-${counter}` }) } };
        } else {
          const gone = activities[command.pick % activities.length].id;
          const removed = { ...original, marketingMix: { ...original.marketingMix, activities: removeItem(activities, gone) } };
          docs[0] = command.clean ? removeReferences(removed, gone) : removed;
        }
        break;
      }
      case 'merge':
        if (d > 0) docs[0] = mergeReviews(docs[0], [docs[d]]).project;
        break;
    }
  }
  return history;
}

/** Comments as a set: sorted by id, compared by content only. */
const canonical = (comments: readonly Comment[]) => canonicalJson([...comments].sort((a, b) => (a.id < b.id ? -1 : 1)));

const statusTime = (c: Comment) => (typeof c[STATUS_CHANGED_AT] === 'string' && c[STATUS_CHANGED_AT] !== '' ? c[STATUS_CHANGED_AT] as string : c.resolvedAt);

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, key: keys[i % keys.length] * 100 + i })).sort((a, b) => a.key - b.key).map((e) => e.item);
}

describe('mergeReviews (property)', () => {
  it('merges every comment and reply exactly once, idempotently and in any order', () => {
    const started = performance.now();
    fc.assert(fc.property(
      fc.array(commandArb, { maxLength: 30 }),
      fc.array(fc.nat(1000), { minLength: 5, maxLength: 5 }),
      (commands, orderKeys) => {
        const { docs, comments, replies, deleted } = run(commands);
        const [original, ...copies] = docs;
        const merged = mergeReviews(original, copies);
        const final = merged.project.review.comments;

        // What still exists somewhere: a reviewer's deletion in a copy removes the
        // comment (and the replies written there) from that copy only.
        const held = new Set(docs.flatMap((p) => p.review.comments.map((c) => c.id)));
        const heldReplies = new Set(docs.flatMap((p) => p.review.comments.flatMap((c) => c.replies.map((r) => `${r.id}@${c.id}`))));
        const expected = [...comments].filter((id) => held.has(id) && !deleted.has(id));

        // Exactly once: every comment, and every reply on its own comment; deleted ones never.
        expect(final.map((c) => c.id).sort()).toEqual(expected.sort());
        for (const id of deleted) expect(final.some((c) => c.id === id)).toBe(false);
        const replyPlaces = final.flatMap((c) => c.replies.map((r) => `${r.id}@${c.id}`)).sort();
        expect(replyPlaces).toEqual([...replies].map(([r, c]) => `${r}@${c}`)
          .filter((place) => heldReplies.has(place) && !deleted.has(place.split('@')[1])).sort());

        // The latest status and the latest body of all versions win.
        for (const c of final) {
          const versions = docs.flatMap((p) => p.review.comments.filter((v) => v.id === c.id));
          const latestStatus = versions.reduce((t, v) => (statusTime(v) > t ? statusTime(v) : t), '');
          const atLatest = versions.filter((v) => statusTime(v) === latestStatus);
          expect(c.status).toBe(atLatest.some((v) => v.status === 'resolved') ? 'resolved' : 'open');
          const latestEdit = versions.reduce((t, v) => (v.updatedAt > t ? v.updatedAt : t), '');
          const bodies = versions.filter((v) => v.updatedAt === latestEdit).map((v) => v.body).sort();
          expect(c.body).toBe(bodies.at(-1));
        }

        // Idempotent: merging the same copies again changes nothing.
        const again = mergeReviews(merged.project, shuffle(copies, orderKeys));
        expect(again.project).toBe(merged.project);
        expect(again.summary.newComments + again.summary.newReplies + again.summary.statusChanges + again.summary.edits).toBe(0);

        // Order-independent: another order, and one copy at a time, give the same comments.
        const reordered = mergeReviews(original, shuffle(copies, orderKeys)).project;
        expect(canonical(reordered.review.comments)).toBe(canonical(final));
        const oneByOne = shuffle(copies, [...orderKeys].reverse()).reduce((p, copy) => mergeReviews(p, [copy]).project, original);
        expect(canonical(oneByOne.review.comments)).toBe(canonical(final));

        // Content stays the original's.
        expect(merged.project.marketingMix).toBe(original.marketingMix);
      },
    ), { numRuns: 300 });
    console.info(`merge property test, 300 runs: ${(performance.now() - started).toFixed(0)} ms`);
  });
});
