// ReportDoc → PDF bytes. Layout first, all of it pure (body, then title page
// and contents, which print the body's real page numbers), then painting into
// pdf-lib, then the document-level parts that need every page to exist:
// links, outline, page labels, comment notes, metadata and output intent.

import { type PDFImage, PDFDocument } from 'pdf-lib';
import type { FigureBlock, ReportDoc } from '../../../shared/report/doc';
import { docBlocks } from '../../../shared/report/walk';
import type { Logo } from '../docx/title-page';
import { prepareLogo } from '../docx/logo';
import type { Drawing } from '../figures/drawing';
import { figureDrawing } from '../figures/figure-drawing';
import { addCommentNotes, commentsOf, NOTE_SIZE } from './document/annotations';
import { addLinks, anchorsOf, linksOf } from './document/links';
import { applyMetadata, reportMetadata } from './document/metadata';
import { addOutline } from './document/outline';
import { addSrgbOutputIntent } from './document/output-intent';
import { addPageLabels } from './document/page-labels';
import { addRunningHeadAndFoot, type FrontMatterDeps, titlePageFrame, tocFrames } from './front-matter';
import { createMeasurer, usesFallback } from './layout/fonts';
import { layoutBody } from './layout/layout-body';
import { breakLines } from './layout/line-break';
import { A4, type LaidOutHeading, type PageFrame, type ShapingFace, textWidthOf } from './layout/types';
import { drawingTextItem, figureMeasure, paintDrawing } from './paint/drawing';
import { paintPage } from './paint/page';
import { PdfFonts } from './paint/text';

export interface RenderPdfOptions {
  onProgress?: (fraction: number) => void;
  /** Creation date written into the file; default now. Fixed dates give identical files. */
  now?: Date;
}

/** The widest a figure is drawn: the text width, or its natural size when smaller. */
function figureBox(drawing: Drawing, maxWidth: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / Math.max(1, drawing.width));
  return { width: drawing.width * scale, height: drawing.height * scale };
}

async function embedLogo(pdf: PDFDocument, logo: Logo | null): Promise<PDFImage | null> {
  try {
    if (logo?.raster) return await pdf.embedPng(logo.raster.png);
    if (logo?.bitmap?.type === 'png') return await pdf.embedPng(logo.bitmap.data);
    if (logo?.bitmap?.type === 'jpg') return await pdf.embedJpg(logo.bitmap.data);
  } catch {
    // A logo pdf-lib cannot read leaves the title page without one, as in the DOCX.
  }
  return null;
}

function logoSize(image: PDFImage | null): { width: number; height: number } | null {
  return image ? { width: image.width, height: image.height } : null;
}

/** Lays out every page; exported for tests that check positions without painting. */
export function layoutReport(doc: ReportDoc, logo: { width: number; height: number } | null): { pages: PageFrame[]; headings: LaidOutHeading[]; drawings: Map<string, Drawing> } {
  const measurer = createMeasurer();
  const geometry = A4;
  const deps: FrontMatterDeps = { measurer, breakLines, geometry };
  const accent = doc.meta.accentColor;
  const drawings = new Map<string, Drawing>();
  for (const block of docBlocks(doc)) {
    if (block.type === 'figure') drawings.set(block.id, figureDrawing(block.figure, accent, figureMeasure(measurer)));
  }
  const figureSize = (block: FigureBlock) => {
    const drawing = drawings.get(block.id);
    return drawing ? figureBox(drawing, textWidthOf(geometry)) : { width: textWidthOf(geometry), height: textWidthOf(geometry) * 0.6 };
  };
  const body = layoutBody(doc, { measurer, breakLines, geometry, figureSize });

  const front: PageFrame[] = doc.titlePage ? [titlePageFrame(doc, deps, logo)] : [];
  // Pass one measures how many pages the contents take; pass two prints the numbers.
  const tocPageCount = doc.toc ? tocFrames(doc, body.headings, null, deps).length : 0;
  const offset = front.length + tocPageCount;
  const toc = doc.toc ? tocFrames(doc, body.headings, (heading) => heading.pageIndex + offset + 1, deps) : [];
  const pages = [...front, ...toc, ...body.pages];
  addRunningHeadAndFoot(pages, doc, deps);
  const headings = body.headings.map((heading) => ({ ...heading, pageIndex: heading.pageIndex + offset }));
  return { pages, headings, drawings };
}

export async function renderPdf(doc: ReportDoc, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const logo = doc.titlePage ? await embedLogo(pdf, await prepareLogo(doc.meta.logo)) : null;
  const { pages, headings, drawings } = layoutReport(doc, logoSize(logo));
  progress(0.4);

  // Only the faces the report uses: an unused face would still add an (empty) font to the file.
  const faces = new Set<ShapingFace>(drawings.size > 0 ? ['regular', 'bold'] : []);
  const texts = pages.flatMap((frame) => frame.items.flatMap((item) => (item.kind === 'text' ? [{ text: item.text, face: item.style.face }] : [])));
  for (const drawing of drawings.values()) {
    for (const shape of drawing.shapes) if (shape.kind === 'text') texts.push({ text: shape.text, face: shape.bold ? 'bold' : 'regular' });
  }
  for (const { text, face } of texts) {
    faces.add(face);
    // DejaVu Sans only when some text has a character Source Sans 3 lacks.
    if (!faces.has('fallback') && usesFallback(text, face)) faces.add('fallback');
  }
  const fonts = await PdfFonts.embed(pdf, [...faces]);
  const painters = {
    text: fonts.drawText.bind(fonts),
    logo,
    figure(page: Parameters<typeof paintDrawing>[0], item: { x: number; y: number; width: number; height: number; ref: { figureBlockId: string } }, pageHeight: number) {
      const drawing = drawings.get(item.ref.figureBlockId);
      if (!drawing) return;
      paintDrawing(page, drawing, item, pageHeight, (text) => fonts.drawText(page, drawingTextItem(text), pageHeight));
    },
  };
  pages.forEach((frame, index) => {
    const page = pdf.addPage([A4.width, A4.height]);
    paintPage(page, frame, painters);
    if (index % 16 === 15) progress(0.4 + (0.4 * index) / pages.length);
  });
  progress(0.8);

  addLinks(pdf, linksOf(pages), anchorsOf(pages));
  addOutline(pdf, headings);
  addPageLabels(pdf, pages.map((page) => page.role));
  // Notes sit in the right margin at the height of what they comment on, never over the text.
  if (doc.includeComments) addCommentNotes(pdf, doc.comments, commentsOf(pages), { x: A4.width - (A4.marginRight + NOTE_SIZE) / 2 });
  applyMetadata(pdf, reportMetadata(doc.meta, { created: options.now }));
  addSrgbOutputIntent(pdf);
  const bytes = await pdf.save({ useObjectStreams: true });
  progress(1);
  return bytes;
}
