// Paints one laid-out page into pdf-lib. Layout works top-down from the top
// left; PDF counts from the bottom left, so every y is flipped here and
// nowhere else. Text and figures are painted by their own modules (passed
// in); links, anchors and comment points are left to the document-level
// parts, which need every page to exist first.

import { type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import type { PageFrame, PageItem, Rgb } from '../layout/types';

export interface PagePainters {
  text(page: PDFPage, item: Extract<PageItem, { kind: 'text' }>, pageHeight: number): void;
  figure(page: PDFPage, item: Extract<PageItem, { kind: 'figure' }>, pageHeight: number): void;
  logo: PDFImage | null;
}

const color = (value: Rgb) => rgb(value[0], value[1], value[2]);

export function paintPage(page: PDFPage, frame: PageFrame, painters: PagePainters): void {
  const height = page.getHeight();
  for (const item of frame.items) {
    switch (item.kind) {
      case 'text':
        painters.text(page, item, height);
        break;
      case 'rect':
        page.drawRectangle({
          x: item.x,
          y: height - item.y - item.height,
          width: item.width,
          height: item.height,
          ...(item.fill ? { color: color(item.fill) } : {}),
          ...(item.stroke ? { borderColor: color(item.stroke), borderWidth: item.lineWidth ?? 0.5 } : { borderWidth: 0 }),
        });
        break;
      case 'line':
        page.drawLine({
          start: { x: item.x1, y: height - item.y1 },
          end: { x: item.x2, y: height - item.y2 },
          thickness: item.width,
          color: color(item.color),
        });
        break;
      case 'figure':
        painters.figure(page, item, height);
        break;
      case 'logo':
        if (painters.logo) page.drawImage(painters.logo, { x: item.x, y: height - item.y - item.height, width: item.width, height: item.height });
        break;
      case 'link':
      case 'anchor':
      case 'comment':
        break;
    }
  }
}
