// The PDF outline (bookmarks) from the report's headings. Levels nest by
// position: a heading belongs to the nearest earlier heading of a lower level,
// so a level 3 straight after a level 1 still nests instead of being lost.
// Each bookmark jumps to its heading's top (XYZ, left and zoom unchanged).
// Top-level bookmarks are open, deeper ones closed, and the viewer opens with
// the bookmarks panel shown.

import { PDFName, PDFNull, PDFNumber, type PDFArray, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import type { LaidOutHeading } from '../layout/types';
import { textString } from './pdf-text';

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

/** An explicit destination: the page, scrolled so that `y` (from the top of the page) is at the top. */
export function xyzDestination(pdf: PDFDocument, pageIndex: number, y: number, what: string): PDFArray {
  const count = pdf.getPageCount();
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= count || !Number.isFinite(y)) {
    throw new AppError('INTERNAL', { reason: `${what} points to page ${pageIndex + 1} of ${count} at y ${y}` });
  }
  const page = pdf.getPage(pageIndex);
  const top = Math.min(page.getHeight(), Math.max(0, page.getHeight() - y));
  return pdf.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(top * 100) / 100), PDFNull]);
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
  const openLevels = options.openLevels ?? 1;
  const rootRef = context.nextRef();

  /** Writes siblings under `parent`; returns how many of them (and their descendants) are visible when `parent` is open. */
  const writeLevel = (nodes: OutlineNode[], parentRef: PDFRef, parent: PDFDict, depth: number): number => {
    const refs = nodes.map(() => context.nextRef());
    let visible = 0;
    nodes.forEach((node, index) => {
      const dict = context.obj({
        Title: textString(node.heading.text),
        Parent: parentRef,
        Dest: xyzDestination(pdf, node.heading.pageIndex, node.heading.y, `Outline entry "${node.heading.text.slice(0, 40)}"`),
      });
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]);
      if (index < nodes.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]);
      visible += 1;
      if (node.children.length > 0) {
        const inside = writeLevel(node.children, refs[index], dict, depth + 1);
        const open = depth < openLevels;
        dict.set(PDFName.of('Count'), PDFNumber.of(open ? inside : -inside));
        if (open) visible += inside;
      }
      context.assign(refs[index], dict);
    });
    parent.set(PDFName.of('First'), refs[0]);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]);
    return visible;
  };

  const root = context.obj({ Type: 'Outlines' });
  const visible = writeLevel(outlineTree(headings), rootRef, root, 0);
  root.set(PDFName.of('Count'), PDFNumber.of(visible));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
