// A one-page A4 PDF with the sample project's three figures, painted by
// paintDrawing; texts are set with pdf-lib's own encoding of embedded Source
// Sans 3 (unkerned), the figures laid out with that font's own widths.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { Drawing, Measure } from '../../../../src/main/export/figures/drawing';
import { figureDrawing } from '../../../../src/main/export/figures/figure-drawing';
import { PageContent, pdfNumber } from '../../../../src/main/export/pdf/paint/content';
import { type DrawingBox, type DrawingText, paintDrawing } from '../../../../src/main/export/pdf/paint/drawing';
import type { Figure } from '../../../../src/shared/report/figures';

const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;
const fontsDir = resolve(__dirname, '..', '..', '..', '..', 'resources', 'fonts');

export const PAGE = { width: 595.28, height: 841.89, margin: 36, gap: 14 };

export interface FigurePage {
  bytes: Uint8Array;
  drawings: Drawing[];
  boxes: DrawingBox[];
  texts: DrawingText[];
}

export async function figurePage(figures: Figure[], accent: string): Promise<FigurePage> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(readFileSync(resolve(fontsDir, 'SourceSans3-Regular.ttf')), { subset: true });
  const bold = await pdf.embedFont(readFileSync(resolve(fontsDir, 'SourceSans3-Bold.ttf')), { subset: true });
  const measure: Measure = (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size);
  const drawings = figures.map((figure) => figureDrawing(figure, accent, measure));

  // One column as wide as fits: the drawings keep their proportions.
  const free = { width: PAGE.width - 2 * PAGE.margin, height: PAGE.height - 2 * PAGE.margin - PAGE.gap * (drawings.length - 1) };
  const heightPerWidth = drawings.reduce((sum, drawing) => sum + drawing.height / drawing.width, 0);
  const width = Math.min(free.width, free.height / heightPerWidth);
  let y = PAGE.margin;
  const boxes = drawings.map((drawing) => {
    const box = { x: (PAGE.width - width) / 2, y, width, height: (width * drawing.height) / drawing.width };
    y += box.height + PAGE.gap;
    return box;
  });

  const content = new PageContent(pdf, pdf.addPage([PAGE.width, PAGE.height]));
  const texts: DrawingText[] = [];
  const paintText = (text: DrawingText) => {
    texts.push(text);
    const font = text.bold ? bold : regular;
    content.beginText();
    content.textColor(text.color);
    content.showText(font, pdfNumber(text.size), text.x, PAGE.height - text.baseline, `${font.encodeText(text.text).toString()} `);
  };
  drawings.forEach((drawing, index) => paintDrawing(content, drawing, boxes[index], paintText));
  content.finish();
  return { bytes: await pdf.save(), drawings, boxes, texts };
}
