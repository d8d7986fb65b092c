// Tables: caption above ("Tabel 2. …"), columns fitted to their measured
// content (table-widths.ts), header rows filled with the accent and set in
// white bold, thin rules under body rows. Every cell is laid out with the
// ordinary block layout in its column, so cell text wraps and over-long words
// are broken inside the cell. A row becomes bands cut between lines (a cut
// never crosses a line of any cell); the page may break between bands, keeping
// at least two bands on either side, and every page the table continues on
// starts with the header rows again.

import type { Block, Run, TableBlock } from '../../../../shared/report/doc';
import type { LayoutBlocks } from './blocks';
import type { BlockEnv, LayoutContext } from './context';
import { faceFor, RULE, type BlockStyle } from './styles';
import { keepTogether, moveItem, type Slice } from './slices';
import { fitColumns, type ColumnExtent } from './table-widths';
import { inlineRuns, isWhiteSpace, lineHeightOf, textSlices } from './text';
import type { FontFace, PageItem, TextMeasurer, TextStyle } from './types';

const EPS = 1e-6;

/** Hyphens after which a word may break in a table cell: -, ‐ and –. */
const breaksAfter = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2013;

/**
 * The width of the widest word of a run (-Infinity when it has none), words
 * breaking at white space and after a hyphen that has more of the word after
 * it. One pass over the text; `whole`, the width of the whole text, serves
 * when the text is a single word, so it is not measured twice.
 */
export function widestWord(text: string, face: FontFace, size: number, measurer: TextMeasurer, whole: number): number {
  let widest = Number.NEGATIVE_INFINITY;
  let start = -1;
  const length = text.length;
  for (let index = 0; index <= length; index += 1) {
    const code = index < length ? text.charCodeAt(index) : 32;
    let end = -1;
    if (isWhiteSpace(code)) {
      if (start < 0) continue;
      end = index;
    } else {
      if (start < 0) start = index;
      if (!breaksAfter(code) || index + 1 >= length || isWhiteSpace(text.charCodeAt(index + 1))) continue;
      end = index + 1;
    }
    const width = start === 0 && end === length ? whole : measurer.width(text.slice(start, end), face, size);
    if (width > widest) widest = width;
    start = end < index + 1 ? -1 : end;
  }
  return widest;
}

export interface Extent {
  min: number;
  max: number;
}

/**
 * Min- and max-content width of blocks as a cell sets them (indent for lists and quotes
 * included). Only faces and sizes matter here, so the runs are measured as they come,
 * hard line breaks ending a line, without making the styled runs the layout makes.
 */
export function blocksExtent(blocks: readonly Block[], style: BlockStyle, ctx: LayoutContext, indent: number): Extent {
  const { measurer, styles } = ctx;
  let min = 0;
  let max = 0;
  let lineWidth = 0;
  const measurePart = (text: string, face: FontFace, size: number, extra: number) => {
    const width = measurer.width(text, face, size);
    lineWidth += width;
    // The widest word decides: adding the same offset keeps the order of the widths.
    min = Math.max(min, indent + extra + widestWord(text, face, size, measurer, width));
  };
  const measureRuns = (runs: readonly Pick<Run, 'text' | 'bold' | 'italic'>[], base: TextStyle, extra: number) => {
    lineWidth = 0;
    for (const run of runs) {
      const text = run.text;
      if (text.length === 0) continue;
      const face = faceFor(base.face, run.bold, run.italic);
      if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
        measurePart(text, face, base.size, extra);
        continue;
      }
      text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .forEach((part, index) => {
          if (index > 0) {
            max = Math.max(max, indent + extra + lineWidth);
            lineWidth = 0;
          }
          if (part.length > 0) measurePart(part, face, base.size, extra);
        });
    }
    max = Math.max(max, indent + extra + lineWidth);
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') measureRuns(block.runs, style.text, 0);
    else if (block.type === 'heading') measureRuns([{ text: block.text, bold: true }], style.text, 0);
    else if (block.type === 'quote') {
      measureRuns(block.runs, { ...style.text, face: 'italic' }, 2 * styles.quoteIndent);
      measureRuns([{ text: `— ${block.attribution}` }], styles.attribution.text, 2 * styles.quoteIndent);
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
  /** The slice's items, relative to the unit's top. */
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
    // Items stay where their slice put them: rowBands moves each once, into its band.
    units.push({ top, bottom: top + slice.height, items: slice.items });
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
  // Units are stacked in each cell: in a row of one-line cells they come in order already.
  const spans: Unit[] = [];
  let inOrder = true;
  for (const cell of cells) {
    for (const unit of cell.units) {
      if (spans.length > 0 && !(unit.top >= spans[spans.length - 1].top)) inOrder = false;
      spans.push(unit);
    }
  }
  if (spans.length < 2) return [];
  if (!inOrder) spans.sort((a, b) => a.top - b.top);
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
      // Down to the unit's top in the cell, then up by the band's start: the same two
      // sums as ever, in the same order; the first band starts at 0, so one move does.
      // Each cell is laid out for this row alone, so its items move rather than being copied.
      const start = edges[band];
      const items = bands[band].items;
      if (band === 0) for (const item of unit.items) items.push(moveItem(item, unit.top));
      else for (const item of unit.items) items.push(moveItem(moveItem(item, unit.top), -start));
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
  // One environment per column and style, shared by all cells of the column.
  const cellEnvs = (style: BlockStyle): BlockEnv[] =>
    widths.map((width, index) => ({
      column: { x: lefts[index] + padX, width: Math.max(1, width - 2 * padX) },
      paragraph: style,
      listItem: style,
      topLevel: false,
      listDepth: 0,
    }));
  const headerEnvs = cellEnvs(header);
  const bodyEnvs = cellEnvs(body);
  const layoutRow = (cells: (readonly Block[])[], envs: readonly BlockEnv[]) => {
    const boxes = cells.map((blocks, index) => layoutCell(blocks, envs[index], ctx, layoutBlocks));
    return { boxes, height: Math.max(...boxes.map((box) => box.height)) };
  };

  // Header rows, filled with the accent: one unbreakable slice each, unless absurdly tall.
  const headerRow = (cells: (readonly Block[])[]): Slice[] => {
    const { boxes, height } = layoutRow(cells, headerEnvs);
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
    const { boxes, height } = layoutRow(table.columns.map((_, index) => row[index]?.blocks ?? []), bodyEnvs);
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
