// The reference writer's interview quotation: indented italic text with a
// thin accent rule on the left, followed by its pseudonymous attribution
// ("— Ouder, R03") in small type.

import { Paragraph } from 'docx';
import type { QuoteBlock } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { textRuns } from '../../../../../src/main/export/docx/text';
import { inlineChildren } from './runs';
import { withItemBookmark } from './paragraph';

export function quoteParagraphs(block: QuoteBlock, ctx: DocxContext): Paragraph[] {
  const quote = new Paragraph({
    style: 'Quote',
    keepNext: block.attribution !== '',
    children: withItemBookmark(inlineChildren(block.runs, ctx, { italics: true }), block.itemId, ctx),
  });
  if (block.attribution.trim() === '') return [quote];
  return [quote, new Paragraph({ style: 'QuoteAttribution', children: textRuns(`— ${block.attribution}`, { lang: ctx.lang }) })];
}
