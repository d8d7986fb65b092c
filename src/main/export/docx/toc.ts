// The table of contents: a TOC field (levels 1–3, hyperlinked) that Word
// updates on open, pre-filled with every heading and an estimated page number
// so readers that never update fields (pandoc, LibreOffice, previewers) show
// a complete table.

import { Paragraph, TableOfContents } from 'docx';
import type { Block, ReportDoc, Section } from '../../../shared/report/doc';
import type { DocxContext } from './context';
import { anchorBookmark, safeText, textRuns } from './text';

export interface TocEntry {
  title: string;
  level: number;
  page: number;
  href: string;
}

/** Characters of body text on a full page (A4, 16 × 24.7 cm, 10.5 pt at 1.2 line height). */
const PAGE_CHARS = 4700;

function blockWeight(block: Block): number {
  switch (block.type) {
    case 'heading':
      return 220;
    case 'paragraph':
    case 'quote':
      return block.runs.reduce((sum, run) => sum + run.text.length, 0) + 180;
    case 'list':
      return block.items.reduce((sum, item) => sum + item.reduce((inner, child) => inner + blockWeight(child), 0), 0);
    case 'table':
      return 400 + block.rows.reduce((sum, row) => sum + 100 + Math.max(...row.map((cell) => cell.blocks.reduce((inner, child) => inner + blockWeight(child), 0))) * 1.1, 0);
    case 'figure':
      return PAGE_CHARS * 0.55;
    case 'pageBreak':
      return PAGE_CHARS;
  }
}

/** Headings of the doc in reading order with estimated page numbers (title page and TOC first). */
export function tocEntries(doc: ReportDoc, ctx: DocxContext): TocEntry[] {
  const entries: TocEntry[] = [];
  const headingCount = doc.sections.reduce(function count(sum: number, section: Section): number {
    return section.children.reduce(count, sum + 1) + section.blocks.filter((block) => block.type === 'heading').length;
  }, 0);
  let page = (doc.titlePage ? 1 : 0) + (doc.toc ? Math.max(1, Math.ceil(headingCount / 38)) : 0);
  let used = PAGE_CHARS;
  const advance = (weight: number) => {
    used += weight;
    while (used > PAGE_CHARS) {
      page += 1;
      used -= PAGE_CHARS;
    }
  };
  const visit = (section: Section) => {
    if (section.level === 1) {
      page += used > 0 ? 1 : 0;
      used = 0;
    } else advance(220);
    entries.push({ title: safeText(section.title), level: section.level, page: Math.max(page, 1), href: anchorBookmark(section.anchor, ctx) });
    for (const block of section.blocks) {
      if (block.type === 'heading') {
        if (block.level === 1) {
          page += 1;
          used = 0;
        } else advance(220);
        entries.push({ title: safeText(block.text), level: block.level, page, href: anchorBookmark(block.anchor, ctx) });
      } else advance(blockWeight(block));
    }
    section.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return entries;
}

export function tocBlocks(doc: ReportDoc, ctx: DocxContext): (Paragraph | TableOfContents)[] {
  const cachedEntries = tocEntries(doc, ctx);
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: doc.titlePage, children: textRuns(doc.labels.contents, { lang: ctx.lang }) }),
    new TableOfContents(safeText(doc.labels.contents), { hyperlink: true, headingStyleRange: '1-3', cachedEntries }),
  ];
}
