// Block layout: each report block becomes slices in a column. Paragraphs and
// quotes give one slice per line (widows and orphans decided here), headings
// and figures with their caption one unbreakable slice (absurdly long text
// excepted, so nothing can run off a page), lists and tables delegate to their
// own modules, which receive this dispatcher for the blocks they contain.

import type { Block, FigureBlock, HeadingBlock, ParagraphBlock, QuoteBlock } from '../../../../shared/report/doc';
import { claimAnchor, type BlockEnv, type LayoutContext } from './context';
import { listSlices } from './list';
import { keepLinesTogether, keepTogether, mergeSlices, type Column, type Slice } from './slices';
import { tableSlices } from './table';
import { breakText, inlineRuns, lineSlices, textSlices } from './text';

export type LayoutBlocks = (blocks: readonly Block[], env: BlockEnv, ctx: LayoutContext) => Slice[];

const itemAnchors = new Map<string, string>();
const MAX_ITEM_ANCHORS = 50_000;

/**
 * The anchor name of a project item, the same string object for the same item: every
 * paragraph showing an item asks for it, and a set looks up a string it has seen before
 * without working out its hash again (a newly joined one must be flattened and hashed).
 */
export function itemAnchor(itemId: string): string {
  let anchor = itemAnchors.get(itemId);
  if (anchor === undefined) {
    anchor = `item-${itemId}`;
    if (itemAnchors.size >= MAX_ITEM_ANCHORS) itemAnchors.clear();
    itemAnchors.set(itemId, anchor);
  }
  return anchor;
}

function anchorsOf(block: { itemId?: string }, own: string[] = []): string[] {
  return block.itemId ? [...own, itemAnchor(block.itemId)] : own;
}

/** APA's hanging indent for reference entries: half an inch. */
const HANGING_INDENT = 36;

function paragraphSlices(block: ParagraphBlock, env: BlockEnv, ctx: LayoutContext): Slice[] {
  const style = env.listDepth > 0 ? env.listItem : env.paragraph;
  const runs = inlineRuns(block.runs, style.text, ctx);
  const options = { anchors: anchorsOf(block), blockComments: ctx.commentsByBlock.get(block.id) };
  const hang = block.hangingIndent ? Math.min(HANGING_INDENT, env.column.width / 4) : 0;
  // A hanging indent: the first line takes the full width, the rest start `hang` further in.
  const slices = hang > 0
    ? lineSlices(breakText(runs, env.column.width, ctx, env.column.width - hang), env.column, style, ctx, options, hang)
    : textSlices(runs, env.column, style, ctx, options);
  keepLinesTogether(slices);
  return slices;
}

/** A heading (section title or heading block): one slice (unless absurdly long), kept with what follows. */
export function headingSlice(
  heading: Pick<HeadingBlock, 'id' | 'level' | 'text' | 'anchor' | 'itemId' | 'commentIds'>,
  env: BlockEnv,
  ctx: LayoutContext,
): Slice[] {
  const style = ctx.styles.headings[heading.level];
  const lines = textSlices([{ text: heading.text, style: style.text }], env.column, style, ctx, {
    anchors: anchorsOf(heading, [heading.anchor]),
    blockComments: [...(heading.commentIds ?? []), ...(ctx.commentsByBlock.get(heading.id) ?? [])],
  });
  const slices = keepTogether(lines, ctx.textHeight);
  if (slices.length === 0) return [];
  const last = slices[slices.length - 1];
  last.keepWithNext = true;
  last.lines = 0;
  if (env.topLevel) slices[0].heading = { level: heading.level, text: heading.text, anchor: heading.anchor };
  return slices;
}

function quoteSlices(block: QuoteBlock, env: BlockEnv, ctx: LayoutContext): Slice[] {
  const { styles } = ctx;
  const indent = Math.min(styles.quoteIndent, env.column.width / 4);
  const column: Column = { x: env.column.x + indent, width: env.column.width - 2 * indent };
  const ruleX = env.column.x + Math.max(styles.quoteRuleWidth / 2, indent - styles.quoteRuleOffset);
  const quote = textSlices(inlineRuns(block.runs, styles.quote.text, ctx), column, styles.quote, ctx, {
    anchors: anchorsOf(block),
    blockComments: ctx.commentsByBlock.get(block.id),
  });
  keepLinesTogether(quote);
  const attribution = block.attribution.trim() === '' ? [] : textSlices([{ text: `— ${block.attribution}`, style: styles.attribution.text }], column, styles.attribution, ctx);
  keepLinesTogether(attribution);
  // The quote's last line stays with the attribution; the rule runs beside every line.
  if (attribution.length > 0 && quote.length > 0) {
    quote[quote.length - 1].keepWithNext = true;
    // No gap between quote and attribution, so the rule beside them runs unbroken.
    quote[quote.length - 1].spaceAfter = 0;
    attribution[0].spaceBefore = 0;
  }
  const all = [...quote, ...attribution];
  for (const slice of all) {
    slice.items.push({ kind: 'line', x1: ruleX, y1: 0, x2: ruleX, y2: slice.height, color: styles.accent, width: styles.quoteRuleWidth });
  }
  return all;
}

/** The figure's box scaled into the column and to leave room for the caption; centred. */
function figureSlices(block: FigureBlock, env: BlockEnv, ctx: LayoutContext): Slice[] {
  const { styles } = ctx;
  const caption = textSlices(
    [
      { text: `${ctx.doc.labels.figure} ${block.number}. `, style: { ...styles.caption.text, face: 'bold' } },
      ...inlineRuns([{ text: block.caption }], styles.caption.text, ctx),
    ],
    env.column,
    styles.caption,
    ctx,
  );
  const captionHeight = caption.reduce((sum, slice) => sum + slice.height, 0);
  const natural = ctx.figureSize(block);
  const naturalWidth = natural.width > 0 && Number.isFinite(natural.width) ? natural.width : env.column.width;
  const naturalHeight = natural.height > 0 && Number.isFinite(natural.height) ? natural.height : naturalWidth * 0.6;
  const room = Math.max(1, ctx.textHeight - captionHeight - styles.figureCaptionGap - 1);
  const scale = Math.min(1, env.column.width / naturalWidth, room / naturalHeight);
  const width = naturalWidth * scale;
  const height = naturalHeight * scale;
  const box: Slice = {
    height,
    spaceBefore: styles.figureSpaceBefore,
    spaceAfter: styles.figureCaptionGap,
    items: [{ kind: 'figure', x: env.column.x + (env.column.width - width) / 2, y: 0, width, height, ref: { figureBlockId: block.id } }],
    keepWithNext: true,
  };
  if (caption.length > 0) caption[0].spaceBefore = 0;
  // An absurdly long caption follows its figure line by line instead of in one piece.
  if (captionHeight > ctx.textHeight / 3) {
    keepLinesTogether(caption);
    return [box, ...caption];
  }
  const slice = mergeSlices([box, ...caption]);
  if (!slice) return [];
  slice.keepWithNext = false;
  slice.lines = 2;
  return [slice];
}

/**
 * Blocks in reading order. Explicit page breaks are the flow's business
 * (layout-body.ts): inside lists and table cells they mean nothing.
 */
export const layoutBlocks: LayoutBlocks = (blocks, env, ctx) => {
  const out: Slice[] = [];
  for (const block of blocks) {
    const start = out.length;
    switch (block.type) {
      case 'heading': {
        const slices = headingSlice(block, env, ctx);
        // Chapters start on a new page, as in the DOCX.
        if (block.level === 1 && env.topLevel && slices.length > 0) slices[0].breakBefore = true;
        out.push(...slices);
        break;
      }
      case 'paragraph':
        out.push(...paragraphSlices(block, env, ctx));
        break;
      case 'list':
        out.push(...listSlices(block, env, ctx, layoutBlocks));
        break;
      case 'table':
        out.push(...tableSlices(block, env, ctx, layoutBlocks));
        break;
      case 'figure':
        out.push(...figureSlices(block, env, ctx));
        break;
      case 'quote':
        out.push(...quoteSlices(block, env, ctx));
        break;
      case 'pageBreak':
        break;
    }
    // Lists and any other block showing an item get the item's anchor at their top, once.
    // Paragraphs and headings with any line have claimed it with their first line already.
    const claimed = block.type === 'paragraph' || block.type === 'heading';
    if (block.itemId && out.length > start && !claimed && claimAnchor(ctx, itemAnchor(block.itemId))) {
      out[start].items.unshift({ kind: 'anchor', anchor: itemAnchor(block.itemId), y: 0 });
    }
  }
  return out;
};
