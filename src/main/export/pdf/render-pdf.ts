// ReportDoc → PDF bytes. Layout first, all of it pure (body, then title page
// and contents, which print the body's real page numbers), then painting into
// pdf-lib, then the document-level parts that need every page to exist:
// links, outline, page labels, comment notes, metadata and output intent.

import { type PDFImage, PDFDocument, PDFPage } from 'pdf-lib';
import type { FigureBlock, ReportDoc } from '../../../shared/report/doc';
import { docBlocks } from '../../../shared/report/walk';
import type { Logo } from '../docx/title-page';
import type { Drawing } from '../figures/drawing';
import { figureDrawing } from '../figures/figure-drawing';
import { addCommentNotes, commentsOf, NOTE_SIZE } from './document/annotations';
import { addLinks, anchorsOf, linksOf } from './document/links';
import { applyMetadata, reportMetadata } from './document/metadata';
import { addOutline } from './document/outline';
import { addSrgbOutputIntent } from './document/output-intent';
import { savePdf } from './document/save';
import { addPageLabels } from './document/page-labels';
import { addRunningHeadAndFoot, type FrontMatterDeps, titlePageFrame, tocFrames } from './front-matter';
import { createMeasurer } from './layout/fonts';
import { layoutBody } from './layout/layout-body';
import { breakLines } from './layout/line-break';
import { A4, type LaidOutHeading, type PageFrame, textWidthOf } from './layout/types';
import { drawingTextItem, figureMeasure, paintDrawing } from './paint/drawing';
import { compressWithZlib, PageContent } from './paint/content';
import { type PagePainters, paintPage } from './paint/page';
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

/** The logo as an image in the document, or null when there is none or pdf-lib cannot read it. */
export async function embedLogo(pdf: PDFDocument, logo: Logo | null): Promise<PDFImage | null> {
  try {
    if (logo?.raster) return await pdf.embedPng(logo.raster.png);
    if (logo?.bitmap?.type === 'png') return await pdf.embedPng(logo.bitmap.data);
    if (logo?.bitmap?.type === 'jpg') return await pdf.embedJpg(logo.bitmap.data);
  } catch {
    // A logo pdf-lib cannot read leaves the title page without one, as in the DOCX.
  }
  return null;
}

export function logoSize(image: PDFImage | null): { width: number; height: number } | null {
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

/**
 * Paints every page (one content stream each) into the document, embedding each font face
 * when text is first set in it; exported for tests that compare painted content. `onPage`
 * is told each page index.
 */
export async function paintPages(
  pdf: PDFDocument,
  layout: { pages: readonly PageFrame[]; drawings: ReadonlyMap<string, Drawing> },
  logo: PDFImage | null,
  onPage: (index: number) => void = () => undefined,
): Promise<void> {
  const { pages, drawings } = layout;
  const fonts = new PdfFonts(pdf);
  const painters: PagePainters = {
    text: (content, item) => fonts.drawText(content, item),
    logo,
    figure(content, item) {
      const drawing = drawings.get(item.ref.figureBlockId);
      if (!drawing) return;
      paintDrawing(content, drawing, item, (text) => fonts.drawText(content, drawingTextItem(text)));
    },
  };
  const added = addPages(pdf, pages.length);
  pages.forEach((frame, index) => {
    const content = new PageContent(pdf, added[index]);
    paintPage(content, frame, painters);
    content.finish();
    onPage(index);
  });
}

/**
 * Adds `count` empty A4 pages after the document's pages. pdf-lib's addPage walks every page
 * already in the tree to find the end (quadratic over a long report) and reads and compares
 * all five page boxes; inserting the pages last to first at one index walks only the pages
 * that were there before, and a new page's only box is its media box.
 */
function addPages(pdf: PDFDocument, count: number): PDFPage[] {
  const at = pdf.getPageCount();
  const pages: PDFPage[] = [];
  for (let index = 0; index < count; index += 1) {
    const page = PDFPage.create(pdf);
    page.setMediaBox(0, 0, A4.width, A4.height);
    pages.push(page);
  }
  for (let index = count - 1; index >= 0; index -= 1) pdf.insertPage(at, pages[index]);
  return pages;
}

export async function renderPdf(doc: ReportDoc, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  compressWithZlib(pdf);
  // The logo module (and the SVG rasteriser behind it) is loaded only for a report that has a logo.
  const logo = doc.titlePage && doc.meta.logo ? await embedLogo(pdf, await (await import('../docx/logo')).prepareLogo(doc.meta.logo)) : null;
  const { pages, headings, drawings } = layoutReport(doc, logoSize(logo));
  progress(0.4);

  await paintPages(pdf, { pages, drawings }, logo, (index) => {
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
  // Object streams keep the file small (links and bookmarks are many small dictionaries);
  // written without pauses, deflated by zlib (document/save.ts).
  const bytes = await savePdf(pdf);
  progress(1);
  return bytes;
}
