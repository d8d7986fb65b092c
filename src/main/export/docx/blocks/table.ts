// Tables: full text width, columns in the widths the model suggests, the
// header row(s) repeated on every page and shaded in the accent colour with
// white text, quiet horizontal rules between rows, and a caption above
// ("Tabel 3. …") as is usual for tables.

import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableCellOptions } from 'docx';
import type { Block, TableBlock, TableCell as ReportCell } from '../../../../shared/report/doc';
import type { DocxContext } from '../context';
import { RULE } from '../context';
import { bodyParagraph } from './paragraph';
import { inlineChildren, textRuns } from './runs';
import type { RenderBlocks } from './list';

/** Text width of an A4 page with 2.5 cm margins, in twips. */
export const TEXT_WIDTH = 9070;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const hairline = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;

/** Twips a header needs so its longest word never breaks (9.5 pt bold, plus cell margins). */
function minimumWidth(header: string): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((word) => [...word].length));
  return Math.min(2400, Math.max(600, longest * 112 + 260));
}

/** Column widths in twips: the model's proportions, but never narrower than the header's longest word. */
export function columnWidths(table: TableBlock, total = TEXT_WIDTH): number[] {
  const weights = table.columns.map((column) => (column.width > 0 ? column.width : 1));
  const minimum = table.columns.map((column) => minimumWidth(column.header));
  const fixed = new Set<number>();
  let widths: number[] = [];
  // Columns below their minimum are pinned to it; the rest share what is left, repeated until stable.
  for (let round = 0; round <= table.columns.length; round += 1) {
    const free = total - [...fixed].reduce((sum, index) => sum + minimum[index], 0);
    const weightSum = weights.reduce((sum, weight, index) => (fixed.has(index) ? sum : sum + weight), 0) || 1;
    widths = weights.map((weight, index) => (fixed.has(index) ? minimum[index] : Math.floor((free * weight) / weightSum)));
    const tooNarrow = widths.findIndex((width, index) => !fixed.has(index) && width < minimum[index]);
    if (tooNarrow < 0 || minimum.reduce((a, b) => a + b, 0) > total) break;
    widths.forEach((width, index) => {
      if (width < minimum[index]) fixed.add(index);
    });
  }
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellContent(blocks: Block[], ctx: DocxContext, renderBlocks: RenderBlocks, header: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(bodyParagraph(block, ctx, header ? 'TableHeading' : 'TableText'));
    else out.push(...renderBlocks([block], ctx));
  }
  // Word requires at least one paragraph in every cell.
  return out.length > 0 ? out : [new Paragraph({ style: header ? 'TableHeading' : 'TableText', children: [] })];
}

function cell(children: (Paragraph | Table)[], width: number, options: Partial<ITableCellOptions>): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 70, bottom: 70, left: 100, right: 100 },
    borders: { top: none, left: none, right: none, bottom: hairline },
    ...options,
  });
}

export function tableBlocks(table: TableBlock, ctx: DocxContext, renderBlocks: RenderBlocks): (Paragraph | Table)[] {
  const widths = columnWidths(table);
  const headerCell = (children: (Paragraph | Table)[], index: number) =>
    cell(children, widths[index], { shading: { type: 'clear', color: 'auto', fill: ctx.accent } });
  const extraHeaders = table.headerRows.map(
    (row) => new TableRow({ tableHeader: true, cantSplit: true, children: row.map((c: ReportCell, index) => headerCell(cellContent(c.blocks, ctx, renderBlocks, true), index)) }),
  );
  const columnHeader = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      headerCell([new Paragraph({ style: 'TableHeading', children: textRuns(column.header, { lang: ctx.lang }) })], index),
    ),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, index) => cell(cellContent(row[index]?.blocks ?? [], ctx, renderBlocks, false), widths[index], {})),
      }),
  );
  const caption = new Paragraph({
    style: 'TableCaption',
    children: [
      ...textRuns(`${ctx.doc.labels.table} ${table.number}. `, { bold: true, lang: ctx.lang }),
      ...inlineChildren([{ text: table.caption }], ctx),
    ],
  });
  const grid = new Table({
    rows: [...extraHeaders, columnHeader, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
  });
  // A small empty paragraph after the table keeps the next text from touching it.
  return [caption, grid, new Paragraph({ spacing: { after: 120 }, children: [] })];
}
