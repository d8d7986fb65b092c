// Dispatches report blocks to their WordprocessingML writers; lists and
// tables contain blocks themselves, so they receive this function. Also the
// whole body: each chapter heading, its blocks and its subsections in reading order.

import type { Block, Section } from '../../../../shared/report/doc';
import type { BodyXmlContext } from './body-context';
import { figureXml } from './figure';
import { listXml } from './list';
import { bodyParagraphXml, headingXml } from './paragraph';
import { quoteXml } from './quote';
import { tableXml } from './table';

export function renderBlocksXml(blocks: Block[], ctx: BodyXmlContext): string {
  let out = '';
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out += headingXml(block, ctx, { pageBreakBefore: true });
        break;
      case 'paragraph':
        out += bodyParagraphXml(block, ctx);
        break;
      case 'list':
        out += listXml(block, ctx, renderBlocksXml);
        break;
      case 'table':
        out += tableXml(block, ctx, renderBlocksXml);
        break;
      case 'figure':
        out += figureXml(block, ctx);
        break;
      case 'quote':
        out += quoteXml(block, ctx);
        break;
      case 'pageBreak':
        out += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
        break;
    }
  }
  return out;
}

/** A section and its subsections; a chapter starts on a new page unless it is the very first thing in the document. */
export function sectionXml(section: Section, ctx: BodyXmlContext, first: boolean): string {
  let out = headingXml({ ...section, text: section.title }, ctx, { pageBreakBefore: !first });
  out += renderBlocksXml(section.blocks, ctx);
  for (const child of section.children) out += sectionXml(child, ctx, false);
  return out;
}
