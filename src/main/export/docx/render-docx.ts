// ReportDoc → .docx bytes. Figures are rasterised first (independent of the
// rest), then the body is assembled in reading order: title page, table of
// contents, chapters. Comments, numbering, styles and properties are
// document-level parts filled from the same context. The docx library writes
// the package and the title page; the table of contents and the chapters are
// written as WordprocessingML text (xml/) and spliced in (package/), because
// building and serialising library objects for every run took seconds on a
// large report; so are the comment parts (xml/comments.ts). The library's
// parts are taken as files before it zips them and zipped once, with the
// body. The tests hold the text writer to a library-object writer of the
// same body, element for element: that reference builds its document with
// startDocx and docxDocument below, so the two differ only in how the body
// and the comment parts are written.

import { bookmarkUniqueNumericId, docPropertiesUniqueNumericId, Document, Paragraph, type ICommentOptions, type ISectionOptions, type Table, type TableOfContents } from 'docx';
import type { FigureBlock, ReportComment, ReportDoc, Section } from '../../../shared/report/doc';
import { docBlocks } from '../../../shared/report/walk';
import { figurePng, type RasterImage } from '../figures/figure-png';
import { commentIdMap, wordCommentEntries } from './comments';
import type { DocxContext } from './context';
import { emptyFooter, emptyHeader, runningFooter, runningHeader } from './header-footer';
import { prepareLogo } from './logo';
import { documentNumbering } from './numbering';
import { coreProperties, languageTag } from './properties';
import { documentStyles } from './styles';
import { anchorBookmark } from './text';
import { titlePage, type Logo } from './title-page';
import { tocBlocks, tocEntries } from './toc';
import { libraryPackageFiles } from './package/library-files';
import { spliceBodyIntoFiles } from './package/splice-body';
import type { BodyXmlContext } from './xml/body-context';
import { sectionXml } from './xml/render-blocks';
import { tocXml } from './xml/toc';
import { COMMENTS_EXTENDED_PART, COMMENTS_IDS_PART, COMMENTS_PART, commentPartsXml, standInComments } from './xml/comments';

export interface RenderDocxOptions {
  onProgress?: (fraction: number) => void;
  /**
   * Read the rest of the package back from the library's own zip, the way
   * taken when its compiler is not available (for tests: the result is the same).
   */
  libraryZip?: boolean;
}

export type BodyChild = Paragraph | Table | TableOfContents;

function accentHex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : '1F6F8B';
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

/** What the document is built from: the context (with a bookmark name for every anchor), the logo, the comments shown. */
export interface DocxStart {
  ctx: DocxContext;
  logo: Logo | null;
  comments: readonly ReportComment[];
}

/** Rasterises the figures (progress up to one half) and the logo, and sets up the context. */
export async function startDocx(doc: ReportDoc, progress: (fraction: number) => void): Promise<DocxStart> {
  progress(0);
  const figureCount = Math.max(1, docBlocks(doc).filter((block) => block.type === 'figure').length);
  let figuresDone = 0;
  const figures = await renderFigures(doc, () => progress((0.5 * (figuresDone += 1)) / figureCount));
  const logo = doc.titlePage ? await prepareLogo(doc.meta.logo) : null;

  // Open review comments go into the file only when the report asks for them
  // (Report step setting, or `export --comments`), as in the PDF: a file for the
  // municipality must not carry the team's internal review.
  const shownComments = doc.includeComments ? doc.comments : [];
  let listInstance = 0;
  const ctx: DocxContext = {
    doc,
    accent: accentHex(doc.meta.accentColor),
    lang: languageTag(doc.meta.language),
    comments: commentIdMap(shownComments),
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
  return { ctx, logo, comments: shownComments };
}

/** The library's document around the given body children: page, running header and footer, styles, numbering, comments, properties. */
export function docxDocument(doc: ReportDoc, ctx: DocxContext, body: BodyChild[], comments: ICommentOptions[]): Document {
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
  return new Document({
    ...coreProperties(doc),
    styles: documentStyles(ctx.accent, ctx.lang),
    numbering: documentNumbering(ctx.accent),
    comments: { children: comments },
    features: { updateFields: doc.toc },
    sections: [section],
  });
}

export async function renderDocx(doc: ReportDoc, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  const { ctx, logo, comments: shownComments } = await startDocx(doc, progress);

  // The text writer also writes a pre-filled table of contents; an empty one is left to the library.
  const entries = doc.toc ? tocEntries(doc, ctx) : [];
  const tocInXml = entries.length > 0;
  const head: BodyChild[] = [];
  if (doc.titlePage) head.push(...titlePage(doc, ctx, logo));
  if (doc.toc && !tocInXml) head.push(...tocBlocks(doc, ctx));
  const body: BodyChild[] = [...head];
  if (body.length === 0 && doc.sections.length === 0 && !tocInXml) body.push(new Paragraph({ children: [] }));

  const commentEntries = wordCommentEntries(shownComments, ctx.comments);
  // The text writer writes the comments itself; the library gets stand-ins so it makes their parts.
  const document = docxDocument(doc, ctx, body, standInComments(commentEntries));

  const xmlCtx = bodyXmlContext(ctx, document);
  let xml = tocInXml ? tocXml(doc, entries, xmlCtx) : '';
  doc.sections.forEach((chapter, index) => {
    xml += sectionXml(chapter, xmlCtx, index === 0 && head.length === 0 && xml === '');
  });
  progress(0.7);
  // The rest of the package comes from the library as files, not zipped: it is zipped once, natively, with the body.
  const rest = await libraryPackageFiles(document, { viaZip: options.libraryZip });
  const partText = new Map([COMMENTS_PART, COMMENTS_EXTENDED_PART, COMMENTS_IDS_PART].flatMap((path) => {
    const data = rest.get(path);
    return data ? [[path, Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')] as const] : [];
  }));
  for (const [path, text] of commentPartsXml(commentEntries, partText)) rest.set(path, Buffer.from(text, 'utf8'));
  progress(0.85);
  const bytes = spliceBodyIntoFiles(rest, { xml, relationships: xmlCtx.relationships, media: xmlCtx.media });
  progress(1);
  return bytes;
}

/**
 * The body writer's context: list numbering instances are created in the
 * library's numbering (which writes numbering.xml), bookmark and drawing ids
 * come from the library's own counters, so they never clash with anything it writes.
 */
function bodyXmlContext(ctx: DocxContext, document: Document): BodyXmlContext {
  const numIds = new Map<string, number>();
  return {
    ...ctx,
    numId: (reference, instance) => {
      const key = `${reference}\u0000${instance}`;
      const known = numIds.get(key);
      if (known !== undefined) return known;
      document.Numbering.createConcreteNumberingInstance(reference, instance);
      const created = document.Numbering.ConcreteNumbering.find((entry) => entry.reference === reference && entry.instance === instance && entry.restartedListId === undefined);
      if (!created) throw new Error(`no numbering definition ${reference}`);
      numIds.set(key, created.numId);
      return created.numId;
    },
    bookmarkId: () => bookmarkUniqueNumericId(),
    drawingId: () => docPropertiesUniqueNumericId(),
    relationships: [],
    media: [],
  };
}
