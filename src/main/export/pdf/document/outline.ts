// The PDF outline (bookmarks) from the report's headings. Levels nest by
// position: a heading belongs to the nearest earlier heading of a lower level,
// so a level 3 straight after a level 1 still nests instead of being lost.
// Each bookmark jumps to its heading's top (XYZ, left and zoom unchanged).
// Top-level bookmarks are open, deeper ones closed, and the viewer opens with
// the bookmarks panel shown. Each bookmark is a pre-formatted dictionary
// (raw-object.ts): a report has hundreds, and nothing reads them back.

import { PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { LaidOutHeading } from '../layout/types';
import { DocumentPages } from './destinations';
import { textHex } from './pdf-text';
import { pdfNumber, pdfRef, RawPdfObject } from './raw-object';

export interface OutlineNode {
  heading: LaidOutHeading;
  children: OutlineNode[];
}

/** Nests headings in document order into a tree by level. */
export function outlineTree(headings: readonly LaidOutHeading[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export interface OutlineOptions {
  /** How many levels are expanded when the file opens (default 1: the top level shows its children). */
  openLevels?: number;
}

/**
 * Adds /Outlines to the catalog and sets /PageMode /UseOutlines; does nothing
 * without headings. Throws INTERNAL when a heading points outside the document.
 */
export function addOutline(pdf: PDFDocument, headings: readonly LaidOutHeading[], options: OutlineOptions = {}): void {
  if (headings.length === 0) return;
  const { context } = pdf;
  const pages = new DocumentPages(pdf);
  const openLevels = options.openLevels ?? 1;
  const rootRef = context.nextRef();

  /**
   * Writes siblings under `parent`: each item as pdf-lib writes the dictionary {Title, Parent,
   * Dest, Prev, Next, First, Last, Count} (raw-object.ts). Returns the first and last item and
   * how many items (with their descendants) are visible when `parent` is open.
   */
  const writeLevel = (nodes: OutlineNode[], parent: string, depth: number): { first: PDFRef; last: PDFRef; visible: number } => {
    // Every item of a level is numbered before any of their children, as the file always had it.
    const refs = nodes.map(() => context.nextRef());
    let visible = 0;
    nodes.forEach((node, index) => {
      const { heading } = node;
      let text = `<<\n/Title <${textHex(heading.text)}>\n/Parent ${parent}\n/Dest ${pages.xyz(heading.pageIndex, heading.y, `Outline entry "${heading.text.slice(0, 40)}"`)}\n`;
      if (index > 0) text += `/Prev ${pdfRef(refs[index - 1])}\n`;
      if (index < nodes.length - 1) text += `/Next ${pdfRef(refs[index + 1])}\n`;
      visible += 1;
      if (node.children.length > 0) {
        const inside = writeLevel(node.children, pdfRef(refs[index]), depth + 1);
        const open = depth < openLevels;
        text += `/First ${pdfRef(inside.first)}\n/Last ${pdfRef(inside.last)}\n/Count ${pdfNumber(open ? inside.visible : -inside.visible)}\n`;
        if (open) visible += inside.visible;
      }
      context.assign(refs[index], new RawPdfObject(`${text}>>`));
    });
    return { first: refs[0], last: refs[refs.length - 1], visible };
  };

  const top = writeLevel(outlineTree(headings), pdfRef(rootRef), 0);
  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.visible));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
