// Dispatches report blocks to the reference writer's renderers. Lists and
// tables contain blocks themselves, so they receive this function to render
// their content.

import { PageBreak, Paragraph, type Table } from 'docx';
import type { Block } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { figureParagraphs } from './figure';
import { listParagraphs } from './list';
import { bodyParagraph, headingParagraph } from './paragraph';
import { quoteParagraphs } from './quote';
import { tableBlocks } from './table';

export function renderBlocks(blocks: Block[], ctx: DocxContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(headingParagraph(block, ctx, { pageBreakBefore: true }));
        break;
      case 'paragraph':
        out.push(bodyParagraph(block, ctx));
        break;
      case 'list':
        out.push(...listParagraphs(block, ctx, renderBlocks));
        break;
      case 'table':
        out.push(...tableBlocks(block, ctx, renderBlocks));
        break;
      case 'figure':
        out.push(...figureParagraphs(block, ctx));
        break;
      case 'quote':
        out.push(...quoteParagraphs(block, ctx));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}
