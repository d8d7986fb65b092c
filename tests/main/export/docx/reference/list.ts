// The reference writer's lists, as real Word numbering: bullets or decimals,
// nested lists one level deeper. Each item is a sequence of blocks; its first
// paragraph carries the bullet/number, later paragraphs of the same item are
// indented under it.

import { Paragraph, type Table } from 'docx';
import type { Block, ListBlock } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { BULLETS, DECIMAL } from '../../../../../src/main/export/docx/numbering';
import { inlineChildren } from './runs';
import { withItemBookmark } from './paragraph';

export type RenderBlocks = (blocks: Block[], ctx: DocxContext) => (Paragraph | Table)[];

const MAX_LEVEL = 2;

export function listParagraphs(list: ListBlock, ctx: DocxContext, renderBlocks: RenderBlocks, level = 0): (Paragraph | Table)[] {
  const reference = list.ordered ? DECIMAL : BULLETS;
  const instance = list.ordered ? ctx.nextListInstance() : 0;
  const depth = Math.min(level, MAX_LEVEL);
  const out: (Paragraph | Table)[] = [];
  for (const item of list.items) {
    let numbered = false;
    for (const block of item) {
      if (block.type === 'list') {
        out.push(...listParagraphs(block, ctx, renderBlocks, level + 1));
      } else if (block.type === 'paragraph') {
        const children = withItemBookmark(inlineChildren(block.runs, ctx), block.itemId, ctx);
        out.push(
          numbered
            ? new Paragraph({ style: 'ListParagraph', indent: { left: 397 + (depth + 1) * 397 }, children })
            : new Paragraph({ style: 'ListParagraph', numbering: { reference, level: depth, instance }, children }),
        );
        numbered = true;
      } else {
        out.push(...renderBlocks([block], ctx));
      }
    }
    // An item with no paragraph still needs its bullet so the numbering stays right.
    if (!numbered && !item.some((block) => block.type === 'list')) {
      out.push(new Paragraph({ style: 'ListParagraph', numbering: { reference, level: depth, instance }, children: [] }));
    }
  }
  return out;
}
