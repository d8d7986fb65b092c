// Tables: caption above ("Tabel 2. …"), columns fitted to their measured
// content (table-widths.ts), header rows filled with the accent and set in
// white bold, thin rules under body rows. Every cell is laid out with the
// ordinary block layout in its column, so cell text wraps and over-long words
// are broken inside the cell. A row becomes bands cut between lines (a cut
// never crosses a line of any cell); the page may break between bands, keeping
// at least two bands on either side, and every page the table continues on
// starts with the header rows again.

import type { Block, TableBlock } from '../../../../shared/report/doc';
import type { LayoutBlocks } from './blocks';
import type { BlockEnv, LayoutContext } from './context';
import { faceFor, RULE, type BlockStyle } from './styles';
import { keepTogether, shiftItem, type Slice } from './slices';
import { fitColumns, type ColumnExtent } from './table-widths';
import { hardLines, inlineRuns, lineHeightOf, textSlices } from './text';
import type { PageItem } from './types';

const EPS = 1e-6;

/** Where a word may break in a table cell: at spaces and after a hyphen. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((part) => part.split(/(?<=[-‐–])(?=.)/u))
    .filter((word) => word.length > 0);
}

interface Extent {
  min: number;
  max: number;
}

/** Min- and max-content width of blocks as a cell sets them (indent for lists and quotes included). */
function blocksExtent(blocks: readonly Block[], style: BlockStyle, ctx: LayoutContext, indent: number): Extent {
  const { measurer, styles } = ctx;
  let min = 0;
  let max = 0;
  const measureRuns = (runs: ReturnType<typeof inlineRuns>, extra: number) => {
    for (const line of hardLines(runs)) {
      let lineWidth = 0;
      for (const run of line) {
        lineWidth += measurer.width(run.text, run.style.face, run.style.size);
        for (const word of wordsOf(run.text)) min = Math.max(min, indent + extra + measurer.width(word, run.style.face, run.style.size));
      }
      max = Math.max(max, indent + extra + lineWidth);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') measureRuns(inlineRuns(block.runs, style.text, ctx), 0);
    else if (block.type === 'heading') measureRuns([{ text: block.text, style: { ...style.text, face: faceFor(style.text.face, true, undefined) } }], 0);
    else if (block.type === 'quote') {
      measureRuns(inlineRuns(block.runs, { ...style.text, face: 'italic' }, ctx), 2 * styles.quoteIndent);
      measureRuns([{ text: `— ${block.attribution}`, style: styles.attribution.text }], 2 * styles.quoteIndent);
    } else if (block.type === 'list') {
      for (const item of block.items) {
        const inner = blocksExtent(item, style, ctx, indent + styles.listHang);
        min = Math.max(min, inner.min);
        max = Math.max(max, inner.max);
      }
    }
  }
  return { min, max };
}

interface Unit {
  top: number;
  bottom: number;
  items: PageItem[];
}

interface CellBox {
  units: Unit[];
  height: number;
}

/** A cell's blocks stacked in its column, padding included. */
function layoutCell(blocks: readonly Block[], env: BlockEnv, ctx: LayoutContext, layoutBlocks: LayoutBlocks): CellBox {
  const pad = ctx.styles.cellPaddingY;
  const units: Unit[] = [];
  let y = pad;
  let previous: Slice | null = null;
  for (const slice of layoutBlocks(blocks, env, ctx)) {
    const top: number = y + (previous ? Math.max(previous.spaceAfter, slice.spaceBefore) : 0);
    units.push({ top, bottom: top + slice.height, items: slice.items.map((item) => shiftItem(item, top)) });
    y = top + slice.height;
    previous = slice;
  }
  return { units, height: Math.max(y, pad + lineHeightOf(env.paragraph)) + pad };
}

/**
 * Positions where a row may be cut: between stacked units, wherever no unit of
 * any cell spans the position. Sorted, strictly inside the row.
 */
function cutPositions(cells: readonly CellBox[], height: number): number[] {
  const spans = cells.flatMap((cell) => cell.units).sort((a, b) => a.top - b.top);
  const cuts: number[] = [];
  let reach = -Infinity;
  for (const span of spans) {
    if (span.top >= reach - EPS && reach > 0 && reach < height - EPS) cuts.push(reach);
    reach = Math.max(reach, span.bottom);
  }
  return cuts;
}

/** A row as bands between its cut positions (one band when it may not split). */
function rowBands(cells: readonly CellBox[], height: number, splittable: boolean): Slice[] {
  const cuts = splittable ? cutPositions(cells, height) : [];
  const edges = [0, ...cuts, height];
  const bands: Slice[] = edges.slice(1).map((end, index) => ({
    height: end - edges[index],
    spaceBefore: 0,
    spaceAfter: 0,
    items: [],
    keepWithNext: false,
    lines: 1,
  }));
  for (const cell of cells) {
    for (const unit of cell.units) {
      let band = 0;
      while (band < cuts.length && unit.top >= cuts[band] - EPS) band += 1;
      const start = edges[band];
      for (const item of unit.items) bands[band].items.push(shiftItem(item, -start));
    }
  }
  // Widows and orphans for rows: at least two bands stay together at either side of a break.
  const m = bands.length;
  bands.forEach((band, index) => {
    band.keepWithNext = index < m - 1 && !(index >= 1 && index <= m - 3);
  });
  return bands;
}

export function tableSlices(table: TableBlock, env: BlockEnv, ctx: LayoutContext, layoutBlocks: LayoutBlocks): Slice[] {
  const { styles } = ctx;
  const column = env.column;
  const n = table.columns.length;
  if (n === 0) return [];
  const padX = styles.cellPaddingX;
  const header = styles.tableHeader;
  const body = styles.tableBody;
  const headerBlocks = (text: string): Block[] => [{ type: 'paragraph', id: `${table.id}-h`, runs: [{ text }] }];

  // Column widths from the measured content of every row.
  const extents: ColumnExtent[] = table.columns.map((col, index) => {
    const parts = [
      blocksExtent(headerBlocks(col.header), header, ctx, 0),
      ...table.headerRows.map((row) => blocksExtent(row[index]?.blocks ?? [], header, ctx, 0)),
      ...table.rows.map((row) => blocksExtent(row[index]?.blocks ?? [], body, ctx, 0)),
    ];
    return {
      min: Math.max(...parts.map((part) => part.min)) + 2 * padX,
      max: Math.max(...parts.map((part) => part.max)) + 2 * padX,
      hint: col.width,
    };
  });
  const widths = fitColumns(
    extents.map((extent) => ({ ...extent, min: Math.max(extent.min, 2 * padX + 3 * body.text.size * 0.5) })),
    column.width,
  );
  const lefts: number[] = [];
  widths.reduce((x, width, index) => ((lefts[index] = x), x + width), column.x);
  const cellEnv = (index: number, style: BlockStyle): BlockEnv => ({
    column: { x: lefts[index] + padX, width: Math.max(1, widths[index] - 2 * padX) },
    paragraph: style,
    listItem: style,
    topLevel: false,
    listDepth: 0,
  });
  const layoutRow = (cells: (readonly Block[])[], style: BlockStyle) => {
    const boxes = cells.map((blocks, index) => layoutCell(blocks, cellEnv(index, style), ctx, layoutBlocks));
    return { boxes, height: Math.max(...boxes.map((box) => box.height)) };
  };

  // Header rows, filled with the accent: one unbreakable slice each, unless absurdly tall.
  const headerRow = (cells: (readonly Block[])[]): Slice[] => {
    const { boxes, height } = layoutRow(cells, header);
    const bands = rowBands(boxes, height, height > ctx.textHeight / 3);
    for (const band of bands) {
      const fills: PageItem[] = widths.map((width, index) => ({ kind: 'rect', x: lefts[index], y: 0, width, height: band.height, fill: styles.accent }));
      band.items.unshift(...fills);
      band.keepWithNext = true;
      band.lines = undefined;
    }
    return bands;
  };
  const headers = [
    ...table.headerRows.flatMap((row) => headerRow(table.columns.map((_, index) => row[index]?.blocks ?? []))),
    ...headerRow(table.columns.map((col) => headerBlocks(col.header))),
  ];
  const headerHeight = headers.reduce((total, slice) => total + slice.height, 0);
  // A header taller than a third of the page is not repeated: it would crowd out the rows.
  const repeat = headerHeight <= ctx.textHeight / 3 ? headers : undefined;

  const rows: Slice[] = [];
  table.rows.forEach((row) => {
    const { boxes, height } = layoutRow(table.columns.map((_, index) => row[index]?.blocks ?? []), body);
    const bands = rowBands(boxes, height, true);
    const last = bands[bands.length - 1];
    last.items.push({ kind: 'line', x1: column.x, y1: last.height, x2: column.x + column.width, y2: last.height, color: RULE, width: styles.tableRuleWidth });
    for (const band of bands) band.repeat = repeat;
    rows.push(...bands);
  });

  const captionStyle = styles.tableCaption;
  const caption = keepTogether(
    textSlices(
      [
        { text: `${ctx.doc.labels.table} ${table.number}. `, style: { ...captionStyle.text, face: 'bold' } },
        ...inlineRuns([{ text: table.caption }], captionStyle.text, ctx),
      ],
      column,
      captionStyle,
      ctx,
      { anchors: table.itemId ? [`item-${table.itemId}`] : [] },
    ),
    ctx.textHeight,
  );
  const out: Slice[] = [...caption];
  if (caption.length > 0) {
    caption[caption.length - 1].keepWithNext = true;
    if (caption.length === 1) caption[0].lines = 1;
  }
  out.push(...headers, ...rows);
  out[out.length - 1].spaceAfter = styles.tableSpaceAfter;
  out[out.length - 1].keepWithNext = false;
  return out;
}
