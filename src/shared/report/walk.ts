// Visiting every block of a report in reading order, however deep it sits
// (sections, children, list items, table cells). Used to attach comments,
// number figures and tables, collect citations — and by tests.

import type { Block, ReportDoc, Section } from './doc';

export function visitBlocks(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'list') for (const item of block.items) visitBlocks(item, visit);
    if (block.type === 'table') {
      for (const row of block.headerRows) for (const cell of row) visitBlocks(cell.blocks, visit);
      for (const row of block.rows) for (const cell of row) visitBlocks(cell.blocks, visit);
    }
  }
}

export function visitSections(sections: readonly Section[], visit: (section: Section) => void): void {
  for (const section of sections) {
    visit(section);
    visitSections(section.children, visit);
  }
}

/** Every block of the given sections, in reading order. */
export function allBlocks(sections: readonly Section[]): Block[] {
  const out: Block[] = [];
  visitSections(sections, (section) => visitBlocks(section.blocks, (block) => out.push(block)));
  return out;
}

export function docBlocks(doc: ReportDoc): Block[] {
  return allBlocks(doc.sections);
}
