// Open review comments as real Word comments. Each report comment becomes one
// Word comment; each reply becomes a comment of its own with parentId (Word's
// threads, commentsExtended.xml). Replies get their own range and reference
// around the same text, because LibreOffice and pandoc drop replies without.

import type { ReportComment } from '../../../shared/report/doc';
import { safeText, textLines } from './text';

/** The Word comment ids of one report comment: its own, then its replies'. */
export interface CommentIds {
  all: number[];
}

export function commentIdMap(comments: readonly ReportComment[]): Map<string, CommentIds> {
  const map = new Map<string, CommentIds>();
  let next = 0;
  for (const comment of comments) {
    const all = [next, ...comment.replies.map((_, index) => next + 1 + index)];
    next += all.length;
    map.set(comment.id, { all });
  }
  return map;
}

function validDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Durable ids: 8 hex digits below 0x7FFFFFFF, as Word requires; stable per comment position. */
function durableId(id: number): string {
  return (0x10000000 + id).toString(16).toUpperCase().padStart(8, '0');
}

/** One Word comment, as the comment parts are written from it (xml/comments.ts). */
export interface WordCommentEntry {
  id: number;
  parentId?: number;
  author: string;
  initials: string;
  /** undefined for an unreadable date: Word then gets the time of writing, as the library does. */
  date: Date | undefined;
  /** The body's lines; each becomes a paragraph. */
  lines: string[];
  durableId: string;
}

export function wordCommentEntries(comments: readonly ReportComment[], ids: Map<string, CommentIds>): WordCommentEntry[] {
  const out: WordCommentEntry[] = [];
  for (const comment of comments) {
    const mapped = ids.get(comment.id);
    if (!mapped) continue;
    const [own, ...replyIds] = mapped.all;
    out.push({
      id: own,
      author: safeText(comment.author.name || comment.initials),
      initials: safeText(comment.initials),
      date: validDate(comment.date),
      lines: textLines(comment.body),
      durableId: durableId(own),
    });
    comment.replies.forEach((reply, index) => {
      out.push({
        id: replyIds[index],
        parentId: own,
        author: safeText(reply.author.name || reply.initials),
        initials: safeText(reply.initials),
        date: validDate(reply.date),
        lines: textLines(reply.body),
        durableId: durableId(replyIds[index]),
      });
    });
  }
  return out;
}

/** Word ids of the given report comments (comment + replies), skipping unknown ids. */
export function wordIdsOf(commentIds: readonly string[] | undefined, ids: Map<string, CommentIds>): number[] {
  return (commentIds ?? []).flatMap((id) => ids.get(id)?.all ?? []);
}
