// Paragraphs as WordprocessingML text: the paragraph properties in the order
// the schema (and the docx library) writes them, headings with their anchor
// bookmark and comments around the whole heading text, body paragraphs, and
// the bookmark on the first block showing a project item. Mirrors the
// library-object reference writer's paragraphs.

import type { HeadingBlock, ParagraphBlock } from '../../../../shared/report/doc';
import { wordIdsOf } from '../comments';
import { anchorBookmark, bookmarkName } from '../text';
import type { BodyXmlContext } from './body-context';
import { commentEndsXml, commentStartsXml, inlineXml, textRunsXml } from './runs';
import { attrs, onOff, xmlEscape } from './xml-text';

export interface XmlParagraphOptions {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { numId: number; level: number };
  spacing?: { before?: number; after?: number };
  indent?: { left?: number; right?: number; hanging?: number };
  alignment?: 'center';
}

export function paragraphProperties(options: XmlParagraphOptions): string {
  let inner = options.style ? `<w:pStyle w:val="${xmlEscape(options.style)}"/>` : '';
  inner += onOff('w:keepNext', options.keepNext);
  if (options.pageBreakBefore) inner += '<w:pageBreakBefore/>';
  if (options.numbering) inner += `<w:numPr><w:ilvl w:val="${options.numbering.level}"/><w:numId w:val="${options.numbering.numId}"/></w:numPr>`;
  if (options.spacing) inner += `<w:spacing${attrs([['w:after', options.spacing.after], ['w:before', options.spacing.before]])}/>`;
  if (options.indent) inner += `<w:ind${attrs([['w:left', options.indent.left], ['w:right', options.indent.right], ['w:hanging', options.indent.hanging]])}/>`;
  if (options.alignment) inner += `<w:jc w:val="${options.alignment}"/>`;
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

export function paragraphXml(options: XmlParagraphOptions, content: string): string {
  const properties = paragraphProperties(options);
  return properties || content ? `<w:p>${properties}${content}</w:p>` : '<w:p/>';
}

export function bookmarkXml(name: string, content: string, ctx: BodyXmlContext): string {
  const id = ctx.bookmarkId();
  return `<w:bookmarkStart w:name="${xmlEscape(name)}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

/** Wraps content in a bookmark for the item, if no earlier block claimed it. */
export function withItemBookmarkXml(content: string, itemId: string | undefined, ctx: BodyXmlContext): string {
  if (!itemId || ctx.bookmarkedItems.has(itemId)) return content;
  ctx.bookmarkedItems.add(itemId);
  return bookmarkXml(bookmarkName(`item_${itemId}`, ctx.bookmarks), content, ctx);
}

export function headingXml(
  heading: Pick<HeadingBlock, 'level' | 'text' | 'anchor' | 'commentIds' | 'itemId'>,
  ctx: BodyXmlContext,
  options: { pageBreakBefore?: boolean } = {},
): string {
  const ids = wordIdsOf(heading.commentIds, ctx.comments);
  // The anchor's bookmark encloses the item's, as in the library writer.
  const name = anchorBookmark(heading.anchor, ctx);
  const id = ctx.bookmarkId();
  const text = commentStartsXml(ids) + textRunsXml(heading.text, { lang: ctx.lang }) + commentEndsXml(ids);
  const inner = withItemBookmarkXml(text, heading.itemId, ctx);
  const marked = `<w:bookmarkStart w:name="${xmlEscape(name)}" w:id="${id}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
  // Only chapters start on a new page; the first chapter's break may be suppressed by the caller.
  return paragraphXml({ style: `Heading${heading.level}`, pageBreakBefore: heading.level === 1 ? options.pageBreakBefore : undefined }, marked);
}

/** APA's hanging indent for reference entries: half an inch, in twips. */
const HANGING_TWIPS = 720;

export function bodyParagraphXml(block: ParagraphBlock, ctx: BodyXmlContext, style?: string): string {
  return paragraphXml(
    { style, indent: block.hangingIndent ? { left: HANGING_TWIPS, hanging: HANGING_TWIPS } : undefined },
    withItemBookmarkXml(inlineXml(block.runs, ctx), block.itemId, ctx),
  );
}
