// Merging review copies back into the original project.
//
// The rules (each chosen so that merging is safe to repeat and to do in any order):
// 1. Identity is the id. A comment or reply is the same one wherever its id
//    appears; nothing is matched by text or position.
// 2. Comments and replies only ever come in: a merge never removes one. A comment
//    deleted in a copy but present in the original stays (a reviewer cannot
//    delete the consultant's comments, and "missing in the copy" cannot be told
//    apart from "added in the original later"). Deletions in the original are
//    remembered (`review.deletedCommentIds`): a comment the consultant deleted
//    after sending a copy out does not come back when that copy is merged; it is
//    counted as `skippedDeleted`. Deletions in a copy do not travel.
// 3. Body: of all versions of a comment (or reply), the one with the latest
//    `updatedAt` wins; equal times are decided by the text itself, so every
//    merge order picks the same one.
// 4. Status: the version with the latest status change wins (the comment's
//    `statusChangedAt`, else `resolvedAt`), together with its resolvedAt/By; on
//    equal times "resolved" beats "open".
// 5. Target: fixed at creation, except that the original may have turned an item
//    comment into a step comment when the item was deleted; that wins. A copy's
//    comment on an item the original no longer has is kept as it is and counts
//    as orphaned (see orphanedComments), never dropped.
// 6. Content (everything but the comments) is the original's: review copies are
//    read-only apart from comments, and the consultant may have edited meanwhile.
// 7. A copy of another project (different project id) is refused as a whole,
//    before anything is merged (REVIEW_COPY_MISMATCH).
// Comments of the original keep their order; new ones follow, oldest first.

import { AppError } from '../errors';
import type { Project } from '../model/project';
import type { Comment } from '../model/review';
import { joinComment, statusClock } from './comment-join';
import { orphanedComments } from './comments';

export interface CopyMergeCounts {
  newComments: number;
  newReplies: number;
  /** Comments whose status (open/resolved) or status time changed. */
  statusChanges: number;
  /** Edited bodies of comments and replies that already existed. */
  edits: number;
  /** Comments in the copy that were deleted in the original, so not brought back. */
  skippedDeleted: number;
}

export interface MergeSummary extends CopyMergeCounts {
  /** Counts per copy, in the order the copies were given. */
  perCopy: (CopyMergeCounts & { copyCreatedAt: string })[];
  /** Comments in the result whose target item no longer exists. */
  orphaned: number;
}

function countChanges(before: Map<string, Comment>, after: Map<string, Comment>): CopyMergeCounts {
  const counts: CopyMergeCounts = { newComments: 0, newReplies: 0, statusChanges: 0, edits: 0, skippedDeleted: 0 };
  for (const [id, next] of after) {
    const prev = before.get(id);
    if (prev === next) continue;
    if (!prev) {
      counts.newComments += 1;
      counts.newReplies += next.replies.length;
      continue;
    }
    if (prev.status !== next.status || statusClock(prev) !== statusClock(next)) counts.statusChanges += 1;
    if (prev.body !== next.body) counts.edits += 1;
    const prevReplies = new Map(prev.replies.map((r) => [r.id, r]));
    for (const reply of next.replies) {
      const old = prevReplies.get(reply.id);
      if (!old) counts.newReplies += 1;
      else if (old.body !== reply.body) counts.edits += 1;
    }
  }
  return counts;
}

export function mergeReviews(original: Project, copies: readonly Project[]): { project: Project; summary: MergeSummary } {
  for (const copy of copies) {
    if (copy.id !== original.id) throw new AppError('REVIEW_COPY_MISMATCH');
  }
  // A hand-edited file might hold an id twice; it is joined like any other version.
  let merged = new Map<string, Comment>();
  for (const c of original.review.comments) {
    const known = merged.get(c.id);
    merged.set(c.id, known ? joinComment(known, c) : c);
  }
  const deleted = new Set(original.review.deletedCommentIds);
  const perCopy: MergeSummary['perCopy'] = [];
  for (const copy of copies) {
    const next = new Map(merged);
    const skipped = new Set<string>();
    for (const comment of copy.review.comments) {
      const known = next.get(comment.id);
      if (known) next.set(comment.id, joinComment(known, comment));
      else if (deleted.has(comment.id)) skipped.add(comment.id);
      else next.set(comment.id, comment);
    }
    const counts = countChanges(merged, next);
    perCopy.push({ ...counts, skippedDeleted: skipped.size, copyCreatedAt: copy.review.copy?.createdAt ?? '' });
    merged = next;
  }

  const originalIds = new Set(original.review.comments.map((c) => c.id));
  const added = [...merged.values()].filter((c) => !originalIds.has(c.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept = [...new Set(original.review.comments.map((c) => c.id))].map((id) => merged.get(id) as Comment);
  const comments = [...kept, ...added];
  const unchanged = comments.length === original.review.comments.length
    && comments.every((c, i) => c === original.review.comments[i]);
  const project = unchanged ? original : { ...original, review: { ...original.review, comments } };

  const total = (key: keyof CopyMergeCounts) => perCopy.reduce((sum, c) => sum + c[key], 0);
  const summary: MergeSummary = {
    newComments: total('newComments'),
    newReplies: total('newReplies'),
    statusChanges: total('statusChanges'),
    edits: total('edits'),
    skippedDeleted: total('skippedDeleted'),
    perCopy,
    orphaned: orphanedComments(project).length,
  };
  return { project, summary };
}
