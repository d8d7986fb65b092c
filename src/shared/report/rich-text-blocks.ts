// Project rich text → report blocks. Marks become run flags, links are
// sanitised again (the file may have been edited by hand), citations are
// formatted by the citation engine. Empty paragraphs and lists are dropped.

import { sanitizeHref, type Block as RichBlock, type Inline, type ListBlock as RichList, type Paragraph, type RichText } from '../model/rich-text';
import type { BuildContext } from './build-context';
import type { Block, Run } from './doc';
import { paragraph } from './blocks';
import { cleanText } from './text';

function inlineRun(ctx: BuildContext, inline: Inline): Run | null {
  if (inline.type === 'citation') return ctx.cite(inline.items);
  const text = cleanText(inline.text);
  if (text === '') return null;
  const run: Run = { text };
  for (const mark of inline.marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      const href = sanitizeHref(mark.href);
      if (href !== null) run.href = href;
    }
  }
  return run;
}

export function inlineRuns(ctx: BuildContext, inlines: readonly Inline[]): Run[] {
  return inlines.map((inline) => inlineRun(ctx, inline)).filter((run): run is Run => run !== null);
}

function convertBlock(ctx: BuildContext, block: RichBlock, itemId: string | undefined): Block[] {
  if (block.type === 'paragraph') return paragraph(ctx, inlineRuns(ctx, (block as Paragraph).content), itemId);
  const list = block as RichList;
  const items = list.items
    .map((item) => item.content.flatMap((child) => convertBlock(ctx, child, itemId)))
    .filter((blocks) => blocks.length > 0);
  if (items.length === 0) return [];
  return [{
    type: 'list',
    id: ctx.id(itemId ? `l-${itemId}` : 'l'),
    ordered: list.type === 'orderedList',
    items,
    ...(itemId ? { itemId } : {}),
  }];
}

/** The blocks of a rich-text field; itemId marks them as showing that project item. */
export function richTextBlocks(ctx: BuildContext, doc: RichText | undefined, itemId?: string): Block[] {
  return (doc?.content ?? []).flatMap((block) => convertBlock(ctx, block, itemId));
}
