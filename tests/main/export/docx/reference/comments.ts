// The reference writer's review comments as docx library objects: each Word
// comment entry (src ../comments.ts) as the library's comment options, and the
// comment ranges around commented text, closed by the reference runs that show
// the comment marks. Replies get their own range and reference around the same
// text, because LibreOffice and pandoc drop replies without.

import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { ReportComment } from '../../../../../src/shared/report/doc';
import { wordCommentEntries, type CommentIds } from '../../../../../src/main/export/docx/comments';

export function wordComments(comments: readonly ReportComment[], ids: Map<string, CommentIds>): ICommentOptions[] {
  return wordCommentEntries(comments, ids).map((entry) => ({
    id: entry.id,
    ...(entry.parentId !== undefined ? { parentId: entry.parentId } : {}),
    author: entry.author,
    initials: entry.initials,
    date: entry.date,
    children: entry.lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
    durableId: entry.durableId,
  }));
}

export function rangeStarts(wordIds: readonly number[]): ParagraphChild[] {
  return wordIds.map((id) => new CommentRangeStart(id));
}

/** Range ends followed by the reference runs that show the comment marks. */
export function rangeEnds(wordIds: readonly number[]): ParagraphChild[] {
  return [
    ...wordIds.map((id) => new CommentRangeEnd(id)),
    ...wordIds.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ];
}
