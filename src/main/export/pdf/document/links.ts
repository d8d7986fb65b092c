// Clickable areas: web and e-mail links (URI actions) and links inside the
// report (to a named anchor's page and height). Layout gives rectangles with
// the origin at the top-left; PDF wants them from the bottom-left, so each is
// flipped with its page's height. A link to anything but http, https or mailto
// is dropped, never written: the PDF reader would otherwise run or open it.
// Links have no visible border; the text itself shows that it is a link.

import { type PDFArray, type PDFDict, type PDFDocument, type PDFPage } from 'pdf-lib';
import { sanitizeHref } from '../../../../shared/model/rich-text';
import type { LinkTarget, PageFrame } from '../layout/types';
import { xyzDestination } from './outline';
import { asciiString } from './pdf-text';

export interface LinkPlacement {
  pageIndex: number;
  /** The area in pt, from the top-left of the page. */
  x: number;
  y: number;
  width: number;
  height: number;
  target: LinkTarget;
}

export interface AnchorPosition {
  pageIndex: number;
  /** From the top of the page, in pt. */
  y: number;
}

/** The http(s) or mailto URI in 7-bit ASCII (international names and text percent- or puny-encoded), or null. */
export function safeUri(uri: string): string | null {
  const allowed = sanitizeHref(uri);
  if (allowed === null) return null;
  let normalised: string;
  try {
    const url = new URL(allowed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') return null;
    normalised = url.href.replace(/ /g, '%20');
  } catch {
    return null;
  }
  return /^[\x21-\x7e]+$/.test(normalised) ? normalised : null;
}

/** A top-left rectangle as a PDF /Rect [x1 y1 x2 y2], or null when it is empty or not a number. */
export function pdfRect(x: number, y: number, width: number, height: number, pageHeight: number): number[] | null {
  if (![x, y, width, height, pageHeight].every(Number.isFinite) || width <= 0 || height <= 0) return null;
  const r = (v: number): number => Math.round(v * 100) / 100;
  return [r(x), r(pageHeight - y - height), r(x + width), r(pageHeight - y)];
}

/** Every anchor on the laid-out pages, by name (the first wins if a name repeats). */
export function anchorsOf(frames: readonly PageFrame[]): Map<string, AnchorPosition> {
  const anchors = new Map<string, AnchorPosition>();
  frames.forEach((frame, pageIndex) => {
    for (const item of frame.items) {
      if (item.kind === 'anchor' && !anchors.has(item.anchor)) anchors.set(item.anchor, { pageIndex, y: item.y });
    }
  });
  return anchors;
}

/** Every link area on the laid-out pages. */
export function linksOf(frames: readonly PageFrame[]): LinkPlacement[] {
  return frames.flatMap((frame, pageIndex) =>
    frame.items.flatMap((item) =>
      item.kind === 'link' ? [{ pageIndex, x: item.x, y: item.y, width: item.width, height: item.height, target: item.target }] : [],
    ),
  );
}

export interface LinkResult {
  added: number;
  /** Links left out: a scheme that is not allowed, an unknown anchor, or an empty area. */
  dropped: number;
}

/** Adds one /Link annotation per placement to its page's /Annots. */
export function addLinks(pdf: PDFDocument, links: readonly LinkPlacement[], anchors: ReadonlyMap<string, AnchorPosition>): LinkResult {
  const { context } = pdf;
  const pageCount = pdf.getPageCount();
  // A report links the same references and pages many times: each page's height and /Annots,
  // and each URI's check, are looked up once.
  const pages = new Map<number, { page: PDFPage; height: number; annots: PDFArray | null }>();
  const pageAt = (index: number) => {
    let known = pages.get(index);
    if (!known) {
      const page = pdf.getPage(index);
      known = { page, height: page.getHeight(), annots: null };
      pages.set(index, known);
    }
    return known;
  };
  const uris = new Map<string, string | null>();
  const checkedUri = (uri: string): string | null => {
    let safe = uris.get(uri);
    if (safe === undefined) {
      safe = safeUri(uri);
      uris.set(uri, safe);
    }
    return safe;
  };
  let added = 0;
  let dropped = 0;
  for (const link of links) {
    if (!Number.isInteger(link.pageIndex) || link.pageIndex < 0 || link.pageIndex >= pageCount) {
      dropped += 1;
      continue;
    }
    const onPage = pageAt(link.pageIndex);
    const { page } = onPage;
    const rect = pdfRect(link.x, link.y, link.width, link.height, onPage.height);
    let action: { A: PDFDict } | { Dest: PDFArray } | null = null;
    if (rect && link.target.kind === 'uri') {
      const uri = checkedUri(link.target.uri);
      if (uri !== null) action = { A: context.obj({ Type: 'Action', S: 'URI', URI: asciiString(uri) }) };
    } else if (rect && link.target.kind === 'anchor') {
      const anchor = anchors.get(link.target.anchor);
      if (anchor && Number.isInteger(anchor.pageIndex) && anchor.pageIndex >= 0 && anchor.pageIndex < pageCount && Number.isFinite(anchor.y)) {
        action = { Dest: xyzDestination(pdf, anchor.pageIndex, anchor.y, `Link to "${link.target.anchor.slice(0, 40)}"`) };
      }
    }
    if (!rect || !action) {
      dropped += 1;
      continue;
    }
    const annotation = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      // Print: PDF/A wants every annotation printable.
      F: 4,
      P: page.ref,
      ...action,
    });
    // The page gets an /Annots array with its first link, as addAnnot() gives it.
    (onPage.annots ??= page.node.normalizedEntries().Annots).push(context.register(annotation));
    added += 1;
  }
  return { added, dropped };
}
