// The reference writer's tables: full text width, columns wide enough for
// their longest word (column-widths.ts), the header row(s) repeated on every
// page and shaded in the accent colour with white text, quiet horizontal rules
// between rows, and a caption above ("Tabel 3. …") as is usual for tables.

import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableCellOptions } from 'docx';
import type { Block, TableBlock, TableCell as ReportCell } from '../../../../../src/shared/report/doc';
import { CELL_MARGIN, columnWidths } from '../../../../../src/main/export/docx/column-widths';
import { RULE, TEXT_WIDTH, type DocxContext } from '../../../../../src/main/export/docx/context';
import { textRuns } from '../../../../../src/main/export/docx/text';
import { bodyParagraph } from './paragraph';
import { inlineChildren } from './runs';
import type { RenderBlocks } from './list';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const hairline = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;

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
