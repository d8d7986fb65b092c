// Paints one laid-out page into its content stream. Layout works top-down
// from the top left; PDF counts from the bottom left, so every y is flipped
// here and nowhere else. Text and figures are painted by their own modules
// (passed in); links, anchors and comment points are left to the
// document-level parts, which need every page to exist first.

import type { PDFImage } from 'pdf-lib';
import type { PageFrame, PageItem, Rgb } from '../layout/types';
import type { PageContent } from './content';

export interface PagePainters {
  text(content: PageContent, item: Extract<PageItem, { kind: 'text' }>): void;
  figure(content: PageContent, item: Extract<PageItem, { kind: 'figure' }>): void;
  logo: PDFImage | null;
}

const BLACK: Rgb = [0, 0, 0];

/** Paints the frame's items into the page content; the caller finishes the content. */
export function paintPage(content: PageContent, frame: PageFrame, painters: PagePainters): void {
  const height = content.height;
  for (const item of frame.items) {
    switch (item.kind) {
      case 'text':
        painters.text(content, item);
        break;
      case 'rect':
        content.rectangle({
          x: item.x,
          y: height - item.y - item.height,
          width: item.width,
          height: item.height,
          // A rectangle with neither fill nor stroke is filled black, as pdf-lib's drawRectangle does.
          fill: item.fill ?? (item.stroke ? undefined : BLACK),
          stroke: item.stroke,
          borderWidth: item.stroke ? (item.lineWidth ?? 0.5) : 0,
        });
        break;
      case 'line':
        content.line(item.x1, height - item.y1, item.x2, height - item.y2, item.width, item.color);
        break;
      case 'figure':
        painters.figure(content, item);
        break;
      case 'logo':
        if (painters.logo) content.image(painters.logo, item.x, height - item.y - item.height, item.width, item.height);
        break;
      case 'link':
      case 'anchor':
      case 'comment':
        break;
    }
  }
}
