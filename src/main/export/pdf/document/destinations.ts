// The pages of a finished document as links, bookmarks and notes need them:
// each page's reference and height, looked up once per page rather than once
// per link or bookmark (a long report links and bookmarks the same pages
// hundreds of times), and explicit destinations written as pdf-lib would
// write the array [page /XYZ null top null]: the page scrolled so that a
// height is at the top, left and zoom unchanged.

import { PDFArray, PDFName, PDFNumber, type PDFDocument, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { pdfNumber, pdfRef } from './raw-object';

const MEDIA_BOX = PDFName.of('MediaBox');

/**
 * The page's height, as page.getHeight() gives it. Every page of the report has its own /MediaBox of
 * four numbers, read directly; getHeight() looks the box up through every ancestor of the page
 * and each number through the document, which for a few hundred pages costs milliseconds.
 */
export function pageHeight(page: PDFPage): number {
  const box = page.node.get(MEDIA_BOX);
  if (box instanceof PDFArray && box.size() === 4) {
    const bottom = box.get(1);
    const top = box.get(3);
    if (bottom instanceof PDFNumber && top instanceof PDFNumber) return top.asNumber() - bottom.asNumber();
  }
  return page.getHeight();
}

export interface PageEntry {
  page: PDFPage;
  /** The page's indirect reference as written ("12 0 R"). */
  ref: string;
  height: number;
}

export class DocumentPages {
  readonly count: number;
  private readonly pages: PDFPage[];
  private readonly entries: (PageEntry | undefined)[] = [];
  private readonly destinationStarts: (string | undefined)[] = [];

  constructor(pdf: PDFDocument) {
    this.pages = pdf.getPages();
    this.count = this.pages.length;
  }

  /** Whether `index` is one of the pages. */
  has(index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < this.count;
  }

  /** The page at an index known to exist (see has()). */
  at(index: number): PageEntry {
    let entry = this.entries[index];
    if (!entry) {
      const page = this.pages[index];
      entry = { page, ref: pdfRef(page.ref), height: pageHeight(page) };
      this.entries[index] = entry;
    }
    return entry;
  }

  /**
   * An explicit destination, "[ 12 0 R /XYZ null top null ]": the page, scrolled so that `y`
   * (from the top of the page) is at the top. Throws INTERNAL for a page that does not exist
   * or a height that is not a number; `what` names the pointer in that error.
   */
  xyz(pageIndex: number, y: number, what: string): string {
    if (!this.has(pageIndex) || !Number.isFinite(y)) {
      throw new AppError('INTERNAL', { reason: `${what} points to page ${pageIndex + 1} of ${this.count} at y ${y}` });
    }
    const { ref, height } = this.at(pageIndex);
    const start = (this.destinationStarts[pageIndex] ??= `[ ${ref} /XYZ null `);
    const top = Math.min(height, Math.max(0, height - y));
    return `${start}${pdfNumber(Math.round(top * 100) / 100)} null ]`;
  }
}
