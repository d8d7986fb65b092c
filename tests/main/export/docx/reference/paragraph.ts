// The reference writer's headings and body paragraphs. Headings carry their
// anchor as a bookmark (for the table of contents and internal links) and
// their comments around the whole heading text; the first block showing a
// project item carries a bookmark named after that item, so links and
// reviewers can find it.

import { Bookmark, HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { HeadingBlock, ParagraphBlock } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { wordIdsOf } from '../../../../../src/main/export/docx/comments';
import { anchorBookmark, bookmarkName, textRuns } from '../../../../../src/main/export/docx/text';
import { rangeEnds, rangeStarts } from './comments';
import { inlineChildren } from './runs';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Wraps children in a bookmark for the item, if no earlier block claimed it. */
export function withItemBookmark(children: ParagraphChild[], itemId: string | undefined, ctx: DocxContext): ParagraphChild[] {
  if (!itemId || ctx.bookmarkedItems.has(itemId)) return children;
  ctx.bookmarkedItems.add(itemId);
  return [new Bookmark({ id: bookmarkName(`item_${itemId}`, ctx.bookmarks), children })];
}

export function headingParagraph(
  heading: Pick<HeadingBlock, 'level' | 'text' | 'anchor' | 'commentIds' | 'itemId'>,
  ctx: DocxContext,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  const ids = wordIdsOf(heading.commentIds, ctx.comments);
  const text: ParagraphChild[] = [...rangeStarts(ids), ...textRuns(heading.text, { lang: ctx.lang }), ...rangeEnds(ids)];
  const marked = new Bookmark({ id: anchorBookmark(heading.anchor, ctx), children: withItemBookmark(text, heading.itemId, ctx) });
  return new Paragraph({
    heading: headingLevels[heading.level],
    children: [marked],
    // Only chapters start on a new page; the first chapter's break may be suppressed by the caller.
    pageBreakBefore: heading.level === 1 ? options.pageBreakBefore : undefined,
  });
}

/** APA's hanging indent for reference entries: half an inch, in twips. */
const HANGING_TWIPS = 720;

export function bodyParagraph(block: ParagraphBlock, ctx: DocxContext, style?: string): Paragraph {
  return new Paragraph({
    style,
    ...(block.hangingIndent ? { indent: { left: HANGING_TWIPS, hanging: HANGING_TWIPS } } : {}),
    children: withItemBookmark(inlineChildren(block.runs, ctx), block.itemId, ctx),
  });
}
