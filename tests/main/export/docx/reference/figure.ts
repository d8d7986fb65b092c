// The reference writer's figure: its rasterised drawing as an inline picture
// with the alt text of the model (Word's "Alt Text", docPr descr), followed by
// "Figuur N. caption".

import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { FigureBlock } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { safeText, textRuns } from '../../../../../src/main/export/docx/text';

/** Widest picture in pixels at 96 dpi: the 16 cm text width. */
const MAX_WIDTH_PX = 600;

export function figureParagraphs(block: FigureBlock, ctx: DocxContext): Paragraph[] {
  const caption = new Paragraph({
    style: 'Caption',
    children: [...textRuns(`${ctx.doc.labels.figure} ${block.number}. `, { bold: true, lang: ctx.lang }), ...textRuns(block.caption, { lang: ctx.lang })],
  });
  const image = ctx.figures.get(block.id);
  if (!image) return [caption];
  const width = Math.min(MAX_WIDTH_PX, image.naturalWidth);
  const height = Math.round((image.naturalHeight * width) / image.naturalWidth);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width, height },
        altText: { name: `${ctx.doc.labels.figure} ${block.number}`, title: safeText(block.caption), description: safeText(block.alt) },
      }),
    ],
  });
  return [picture, caption];
}
