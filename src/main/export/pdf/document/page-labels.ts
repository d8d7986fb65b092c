// Page labels: the page numbers a viewer shows in its toolbar and thumbnails.
// The title page and table of contents count in lower-case roman numerals
// (i, ii, …) and the body starts again at 1, matching the printed numbers.

import { PDFName, type PDFDocument } from 'pdf-lib';
import type { PageRole } from '../layout/types';

/** Writes /PageLabels from the pages' roles; front matter is every page before the first body page. */
export function addPageLabels(pdf: PDFDocument, roles: readonly PageRole[]): void {
  const firstBody = roles.indexOf('body');
  const nums: (number | { S: string; St?: number })[] = [];
  if (firstBody !== 0 && roles.length > 0) nums.push(0, { S: 'r' });
  if (firstBody >= 0) nums.push(firstBody, { S: 'D', St: 1 });
  if (nums.length === 0) return;
  pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: nums }));
}
