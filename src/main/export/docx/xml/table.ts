// Tables as WordprocessingML text: the fixed layout with the content-aware
// column widths (../column-widths.ts), header rows repeated on every page
// and shaded in the accent colour, rows that do not split across pages,
// quiet rules between rows, and the caption above. Mirrors the library-object
// reference writer's table.

import type { Block, TableBlock } from '../../../../shared/report/doc';
import { columnWidths } from '../column-widths';
import { RULE, TEXT_WIDTH } from '../context';
import type { BodyXmlContext } from './body-context';
import type { RenderBlocksXml } from './list';
import { bodyParagraphXml, paragraphXml } from './paragraph';
import { inlineXml, textRunsXml } from './runs';

const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>` +
  `<w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/><w:insideH ${NONE}/><w:insideV ${NONE}/>` +
  '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>';
const CELL_BORDERS = `<w:tcBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom w:val="single" w:color="${RULE}" w:sz="4"/><w:right ${NONE}/></w:tcBorders>`;
const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="70"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="70"/><w:right w:type="dxa" w:w="100"/></w:tcMar>';

function cellContent(blocks: Block[], ctx: BodyXmlContext, renderBlocks: RenderBlocksXml, header: boolean): string {
  const style = header ? 'TableHeading' : 'TableText';
  let out = '';
  for (const block of blocks) out += block.type === 'paragraph' ? bodyParagraphXml(block, ctx, style) : renderBlocks([block], ctx);
  // Word requires at least one paragraph in every cell.
  return out || paragraphXml({ style }, '');
}

function cellXml(content: string, width: number, fill?: string): string {
  const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${CELL_BORDERS}${shading}${CELL_MARGINS}</w:tcPr>${content}</w:tc>`;
}

function rowXml(cells: string, header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

export function tableXml(table: TableBlock, ctx: BodyXmlContext, renderBlocks: RenderBlocksXml): string {
  const widths = columnWidths(table);
  const caption = paragraphXml(
    { style: 'TableCaption' },
    textRunsXml(`${ctx.doc.labels.table} ${table.number}. `, { bold: true, lang: ctx.lang }) + inlineXml([{ text: table.caption }], ctx),
  );
  let rows = '';
  for (const row of table.headerRows) {
    // A header row never has more cells than the table has columns (the library writer failed on one that did).
    rows += rowXml(row.slice(0, widths.length).map((cell, index) => cellXml(cellContent(cell.blocks, ctx, renderBlocks, true), widths[index], ctx.accent)).join(''), true);
  }
  rows += rowXml(
    table.columns.map((column, index) => cellXml(paragraphXml({ style: 'TableHeading' }, textRunsXml(column.header, { lang: ctx.lang })), widths[index], ctx.accent)).join(''),
    true,
  );
  for (const row of table.rows) {
    rows += rowXml(table.columns.map((_, index) => cellXml(cellContent(row[index]?.blocks ?? [], ctx, renderBlocks, false), widths[index])).join(''), false);
  }
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  // A small empty paragraph after the table keeps the next text from touching it.
  return caption + `<w:tbl>${TABLE_PROPERTIES}${grid}${rows}</w:tbl>` + paragraphXml({ spacing: { after: 120 } }, '');
}
