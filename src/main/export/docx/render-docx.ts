// ReportDoc → .docx bytes. Figures are rasterised first (the slow part, and
// independent of the rest), then the body is assembled in reading order:
// title page, table of contents, chapters. Comments, numbering, styles and
// properties are document-level parts filled from the same context.

import { Document, Packer, Paragraph, type ISectionOptions, type Table, type TableOfContents } from 'docx';
import type { FigureBlock, ReportDoc, Section } from '../../../shared/report/doc';
import { docBlocks } from '../../../shared/report/walk';
import { figurePng, type RasterImage } from '../figures/figure-png';
import { renderBlocks } from './blocks/render-blocks';
import { anchorBookmark, headingParagraph } from './blocks/paragraph';
import { commentIdMap, wordComments } from './comments';
import type { DocxContext } from './context';
import { emptyFooter, emptyHeader, runningFooter, runningHeader } from './header-footer';
import { prepareLogo } from './logo';
import { documentNumbering } from './numbering';
import { coreProperties, languageTag } from './properties';
import { documentStyles } from './styles';
import { titlePage } from './title-page';
import { tocBlocks } from './toc';

export interface RenderDocxOptions {
  onProgress?: (fraction: number) => void;
}

type BodyChild = Paragraph | Table | TableOfContents;

function accentHex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : '1F6F8B';
}

function sectionBody(section: Section, ctx: DocxContext, out: BodyChild[]): void {
  // A chapter starts on a new page unless it is the very first thing in the document.
  out.push(headingParagraph({ ...section, text: section.title }, ctx, { pageBreakBefore: out.length > 0 }));
  out.push(...renderBlocks(section.blocks, ctx));
  for (const child of section.children) sectionBody(child, ctx, out);
}

async function renderFigures(doc: ReportDoc, onDone: () => void): Promise<Map<string, RasterImage>> {
  const figures = docBlocks(doc).filter((block): block is FigureBlock => block.type === 'figure');
  const out = new Map<string, RasterImage>();
  for (const block of figures) {
    out.set(block.id, await figurePng(block.figure, doc.meta.accentColor));
    onDone();
  }
  return out;
}

export async function renderDocx(doc: ReportDoc, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  const figureCount = Math.max(1, docBlocks(doc).filter((block) => block.type === 'figure').length);
  let figuresDone = 0;
  const figures = await renderFigures(doc, () => progress((0.5 * (figuresDone += 1)) / figureCount));
  const logo = doc.titlePage ? await prepareLogo(doc.meta.logo) : null;

  let listInstance = 0;
  const ctx: DocxContext = {
    doc,
    accent: accentHex(doc.meta.accentColor),
    lang: languageTag(doc.meta.language),
    comments: commentIdMap(doc.comments),
    figures,
    bookmarks: new Set(),
    anchors: new Map(),
    bookmarkedItems: new Set(),
    nextListInstance: () => (listInstance += 1),
  };

  // Bookmark names for every anchor up front, so links to later headings resolve.
  const register = (section: Section) => {
    anchorBookmark(section.anchor, ctx);
    for (const block of section.blocks) if (block.type === 'heading') anchorBookmark(block.anchor, ctx);
    section.children.forEach(register);
  };
  doc.sections.forEach(register);

  const body: BodyChild[] = [];
  if (doc.titlePage) body.push(...titlePage(doc, ctx, logo));
  if (doc.toc) body.push(...tocBlocks(doc, ctx));
  for (const section of doc.sections) sectionBody(section, ctx, body);
  if (body.length === 0) body.push(new Paragraph({ children: [] }));
  progress(0.7);

  const section: ISectionOptions = {
    properties: {
      titlePage: doc.titlePage,
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: 1418, bottom: 1304, left: 1418, right: 1418, header: 624, footer: 567 },
      },
    },
    headers: { default: runningHeader(doc), ...(doc.titlePage ? { first: emptyHeader() } : {}) },
    footers: { default: runningFooter(doc), ...(doc.titlePage ? { first: emptyFooter() } : {}) },
    children: body,
  };

  const document = new Document({
    ...coreProperties(doc),
    styles: documentStyles(ctx.accent, ctx.lang),
    numbering: documentNumbering(ctx.accent),
    comments: { children: wordComments(doc.comments, ctx.comments) },
    features: { updateFields: doc.toc },
    sections: [section],
  });
  const bytes = await Packer.toBuffer(document);
  progress(1);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
