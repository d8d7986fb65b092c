// Document metadata: the information dictionary (what pdfinfo and a viewer's
// properties dialog show), the title in the viewer's title bar, the document
// language, an XMP packet saying the same things, and a file identifier.
// Dates come from the caller, so the same project exported with a fixed clock
// gives the same bytes; only when no date is passed is the current time used.

import { createHash } from 'node:crypto';
import { PDFArray, PDFHexString, PDFName, PDFStream, type PDFDocument } from 'pdf-lib';
import type { Language } from '../../../../shared/language';
import type { ReportMeta } from '../../../../shared/report/doc';
import { xmpPacket } from './xmp';

export const CREATOR_TOOL = 'Drijfveer';
export const DEFAULT_PRODUCER = 'Drijfveer (pdf-lib 1.17.1)';

export interface PdfMetadata {
  title: string;
  authors: string[];
  subject: string;
  keywords: string[];
  language: Language;
  /** When the report was created; default: now. Pass a fixed date for reproducible files. */
  created?: Date;
  /** When it was last changed; default: `created`. */
  modified?: Date;
  /** The producer string; default names Drijfveer and pdf-lib. */
  producer?: string;
  /** Claim PDF/A-2b in the XMP (pdfaid); default true. */
  pdfa?: boolean;
}

/** The BCP 47 tag of a report language. */
export function languageTag(language: Language): 'nl-NL' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line of text fit for a PDF text string and XML alike. */
export function metadataText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd').replace(/ {2,}/g, ' ').trim();
}

/** Drops the milliseconds: a PDF date holds whole seconds, and the XMP must say the same. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** The metadata of a report. */
export function reportMetadata(meta: ReportMeta, dates: { created?: Date; modified?: Date } = {}): PdfMetadata {
  const fallbackTitle = meta.language === 'en' ? 'Advisory report' : 'Adviesrapport';
  return {
    title: metadataText(meta.title) || fallbackTitle,
    authors: meta.authors.length > 0 ? meta.authors : meta.organisation ? [meta.organisation] : [],
    subject: meta.subject || meta.subtitle,
    keywords: meta.keywords,
    language: meta.language,
    ...dates,
  };
}

/**
 * Writes the information dictionary, viewer preferences, /Lang, the XMP
 * metadata stream (uncompressed, /Type /Metadata /Subtype /XML) and the
 * trailer /ID (derived from the metadata and the pages' content, so it is
 * stable for identical input). Call it after the pages are painted.
 */
export function applyMetadata(pdf: PDFDocument, input: PdfMetadata): void {
  const created = wholeSeconds(input.created ?? new Date());
  const modified = wholeSeconds(input.modified ?? created);
  const title = metadataText(input.title);
  const author = input.authors.map(metadataText).filter(Boolean).join(', ');
  const subject = metadataText(input.subject);
  // Comma-separated, because keywords themselves may contain spaces ("sociale marketing").
  const keywords = input.keywords.map(metadataText).filter(Boolean).join(', ');
  const producer = metadataText(input.producer ?? DEFAULT_PRODUCER);
  const language = languageTag(input.language);

  pdf.setTitle(title, { showInWindowTitleBar: true });
  // Empty fields are left out of both the dictionary and the XMP: PDF/A wants the two to agree.
  if (author) pdf.setAuthor(author);
  if (subject) pdf.setSubject(subject);
  if (keywords) pdf.setKeywords([keywords]);
  pdf.setCreator(CREATOR_TOOL);
  pdf.setProducer(producer);
  pdf.setCreationDate(created);
  pdf.setModificationDate(modified);
  pdf.setLanguage(language);

  const packet = xmpPacket({
    title,
    creator: author,
    description: subject,
    language,
    keywords,
    producer,
    creatorTool: CREATOR_TOOL,
    created,
    modified,
    pdfa: input.pdfa === false ? null : { part: 2, conformance: 'B' },
  });
  const bytes = new TextEncoder().encode(packet);
  const stream = pdf.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));

  const id = fileId(pdf, packet);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

/** 16 bytes (hex) from the metadata and every page's content, so two different reports never share an identifier. */
function fileId(pdf: PDFDocument, packet: string): string {
  const hash = createHash('sha256').update(packet);
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    for (const stream of streams) if (stream instanceof PDFStream) hash.update(stream.getContents());
  }
  return hash.digest('hex').slice(0, 32);
}
