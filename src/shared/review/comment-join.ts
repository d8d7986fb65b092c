// The join of two versions of the same comment (same id), as found in the
// original and in review copies. Each part of a comment is chosen by its own
// total order, so the join is commutative, associative and idempotent: merging
// copies in any order, any number of times, gives the same comment. The rules
// are explained at the top of merge.ts.

import type { Comment, Reply } from '../model/review';
import { canonicalJson } from '../delivery/canonical-json';
import { STATUS_CHANGED_AT } from './comments';

/** Lexicographic comparison of tuples of strings/numbers. */
function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

function maxBy<T>(a: T, b: T, key: (v: T) => (string | number)[]): T {
  return compareKeys(key(a), key(b)) >= 0 ? a : b;
}

function minBy<T>(a: T, b: T, key: (v: T) => (string | number)[]): T {
  return compareKeys(key(a), key(b)) <= 0 ? a : b;
}

/** The time of the last resolve/reopen; files without the marker fall back to resolvedAt. */
export function statusClock(c: Comment): string {
  const marker = c[STATUS_CHANGED_AT];
  return (typeof marker === 'string' && marker !== '') ? marker : c.resolvedAt;
}

const bodyKey = (v: { updatedAt: string; body: string }) => [v.updatedAt, v.body];
const statusKey = (c: Comment) => [statusClock(c), c.status === 'resolved' ? 1 : 0, c.resolvedAt, c.resolvedBy];
/** A target degraded to its step (its item was deleted) wins over the item target. */
const targetKey = (c: Comment) => [c.target.kind === 'item' ? 1 : 0, canonicalJson(c.target)];

function withoutMerged(c: Record<string, unknown>, merged: readonly string[]): string {
  const rest: Record<string, unknown> = { ...c };
  for (const key of merged) delete rest[key];
  return canonicalJson(rest);
}

const REPLY_MERGED = ['updatedAt', 'body'] as const;

export function joinReply(a: Reply, b: Reply): Reply {
  if (a === b) return a;
  const base = minBy(a, b, (r) => [withoutMerged(r, REPLY_MERGED)]);
  const body = maxBy(a, b, bodyKey);
  const joined = { ...base, updatedAt: body.updatedAt, body: body.body };
  return canonicalJson(joined) === canonicalJson(a) ? a : joined;
}

/** Replies of both, each id once, oldest first (ties by id, for a stable order). */
export function joinReplies(a: readonly Reply[], b: readonly Reply[]): Reply[] {
  const byId = new Map<string, Reply>();
  for (const reply of [...a, ...b]) {
    const known = byId.get(reply.id);
    byId.set(reply.id, known ? joinReply(known, reply) : reply);
  }
  return [...byId.values()].sort((x, y) => compareKeys([x.createdAt, x.id], [y.createdAt, y.id]));
}

const COMMENT_MERGED = ['updatedAt', 'body', 'status', 'resolvedAt', 'resolvedBy', STATUS_CHANGED_AT, 'target', 'replies'] as const;

export function joinComment(a: Comment, b: Comment): Comment {
  if (a === b) return a;
  const base = minBy(a, b, (c) => [withoutMerged(c, COMMENT_MERGED)]);
  const body = maxBy(a, b, bodyKey);
  const status = maxBy(a, b, statusKey);
  const joined: Comment = {
    ...base,
    target: minBy(a, b, targetKey).target,
    updatedAt: body.updatedAt,
    body: body.body,
    status: status.status,
    resolvedAt: status.resolvedAt,
    resolvedBy: status.resolvedBy,
    replies: joinReplies(a.replies, b.replies),
  };
  // Through a plain record, so this compiles whether or not the schema declares the field.
  const record = joined as Record<string, unknown>;
  delete record[STATUS_CHANGED_AT];
  if (status[STATUS_CHANGED_AT] !== undefined) record[STATUS_CHANGED_AT] = status[STATUS_CHANGED_AT];
  // Keep a's identity when nothing changed, so callers can detect "no change" by reference.
  return canonicalJson(joined) === canonicalJson(a) ? a : joined;
}
