// Tables: full text width, columns wide enough for their longest word (see
// column-widths.ts), the header row(s) repeated on every page and shaded in
// the accent colour with white text, quiet horizontal rules between rows, and a caption above
// ("Tabel 3. …") as is usual for tables.

import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableCellOptions } from 'docx';
import type { Block, TableBlock, TableCell as ReportCell } from '../../../../shared/report/doc';
import type { DocxContext } from '../context';
import { RULE } from '../context';
import { bodyParagraph } from './paragraph';
import { inlineChildren, textRuns } from './runs';
import type { RenderBlocks } from './list';
import { computeColumnWidths, metricsFor, type ColumnContent, type MeasuredText } from './column-widths';

/** Text width of an A4 page with 2.5 cm margins, in twips. */
export const TEXT_WIDTH = 9070;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const hairline = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;

/** Table text size in points (the TableText style) and the left + right cell margins in twips. */
const TABLE_FONT_POINTS = 9.5;
const CELL_MARGIN = { top: 70, bottom: 70, left: 100, right: 100 } as const;
/** Indent of a list item's text per nesting level (see numbering.ts). */
const LIST_INDENT = 397;

/** The texts a cell shows, line by line, with the indent lists give them. */
function measuredTexts(blocks: Block[], indent = 0): MeasuredText[] {
  const lines = (text: string): MeasuredText[] => text.split('\n').map((line) => ({ text: line, indent }));
  return blocks.flatMap((block): MeasuredText[] => {
    switch (block.type) {
      case 'paragraph':
        return lines(block.runs.map((run) => run.text).join(''));
      case 'heading':
        return lines(block.text);
      case 'quote':
        return [...lines(block.runs.map((run) => run.text).join('')), ...lines(block.attribution)];
      case 'list':
        return block.items.flatMap((item) => measuredTexts(item, indent + LIST_INDENT));
      default:
        return [];
    }
  });
}

/** Column widths in twips: room for each column's longest word, the rest by content length and the model's hints. */
export function columnWidths(table: TableBlock, total = TEXT_WIDTH): number[] {
  const columns: ColumnContent[] = table.columns.map((column, index) => ({
    header: column.header,
    hint: column.width,
    cells: [...table.headerRows, ...table.rows].flatMap((row) => measuredTexts(row[index]?.blocks ?? [])),
  }));
  return computeColumnWidths(columns, total, metricsFor(TABLE_FONT_POINTS, CELL_MARGIN.left + CELL_MARGIN.right));
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
    margins: CELL_MARGIN,
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
