// Small constructors for report blocks, so section builders read as a list of
// what the reader sees. Text passes through cleanText; empty input yields
// nothing (null or []), which is how empty parts vanish from the report.

import type { Block, FigureBlock, HeadingBlock, ParagraphBlock, QuoteBlock, Run, TableBlock, TableCell } from './doc';
import type { Figure } from './figures';
import type { BuildContext } from './build-context';
import { cleanText, isBlank } from './text';

export function runsOf(text: string, extra: Omit<Run, 'text'> = {}): Run[] {
  return isBlank(text) ? [] : [{ text: cleanText(text), ...extra }];
}

export function paragraph(ctx: BuildContext, runs: Run[], itemId?: string): ParagraphBlock[] {
  if (runs.every((run) => isBlank(run.text))) return [];
  return [{ type: 'paragraph', id: ctx.id(itemId ? `p-${itemId}` : 'p'), runs, ...(itemId ? { itemId } : {}) }];
}

export function textParagraph(ctx: BuildContext, text: string, itemId?: string): ParagraphBlock[] {
  return paragraph(ctx, runsOf(text), itemId);
}

export function heading(ctx: BuildContext, level: 2 | 3, text: string, itemId?: string): HeadingBlock[] {
  if (isBlank(text)) return [];
  const id = ctx.id(itemId ? `h-${itemId}` : 'h');
  return [{ type: 'heading', id, level, text: cleanText(text).trim(), anchor: id, ...(itemId ? { itemId } : {}) }];
}

export function quote(ctx: BuildContext, text: string, attribution: string, itemId?: string): QuoteBlock[] {
  if (isBlank(text)) return [];
  return [{
    type: 'quote',
    id: ctx.id(itemId ? `q-${itemId}` : 'q'),
    runs: runsOf(text),
    attribution: cleanText(attribution).trim(),
    ...(itemId ? { itemId } : {}),
  }];
}

/** A cell of plain text (possibly empty), shown for an item. */
export function textCell(ctx: BuildContext, text: string, itemId?: string): TableCell {
  return { blocks: textParagraph(ctx, text, itemId) };
}

export function table(
  ctx: BuildContext,
  base: string,
  columns: { header: string; width: number }[],
  rows: TableCell[][],
  caption: string,
): TableBlock[] {
  if (rows.length === 0) return [];
  return [{
    type: 'table',
    id: ctx.id(`t-${base}`),
    columns: columns.map((column) => ({ header: cleanText(column.header), width: column.width })),
    headerRows: [],
    rows,
    repeatHeader: true,
    caption: cleanText(caption),
    number: 0,
  }];
}

export function figure(ctx: BuildContext, base: string, data: Figure, alt: string, caption: string): FigureBlock[] {
  return [{ type: 'figure', id: ctx.id(`f-${base}`), figure: data, alt: cleanText(alt), caption: cleanText(caption), number: 0 }];
}

/** A bullet list of plain strings; blank entries are skipped. */
export function bulletList(ctx: BuildContext, texts: string[], itemId?: string): Block[] {
  const items = texts.map((text) => textParagraph(ctx, text, itemId)).filter((blocks) => blocks.length > 0);
  if (items.length === 0) return [];
  return [{ type: 'list', id: ctx.id(itemId ? `l-${itemId}` : 'l'), ordered: false, items, ...(itemId ? { itemId } : {}) }];
}
