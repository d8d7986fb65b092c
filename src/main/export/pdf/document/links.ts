// Clickable areas: web and e-mail links (URI actions) and links inside the
// report (to a named anchor's page and height). Layout gives rectangles with
// the origin at the top-left; PDF wants them from the bottom-left, so each is
// flipped with its page's height. A link to anything but http, https or mailto
// is dropped, never written: the PDF reader would otherwise run or open it.
// Links have no visible border; the text itself shows that it is a link.

import type { PDFArray, PDFDocument } from 'pdf-lib';
import { sanitizeHref } from '../../../../shared/model/rich-text';
import type { LinkTarget, PageFrame } from '../layout/types';
import { DocumentPages } from './destinations';
import { asciiHex } from './pdf-text';
import { numberArray, RawPdfObject } from './raw-object';

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

/** The start of every link annotation, up to its rectangle's numbers. */
const LINK_START = '<<\n/Type /Annot\n/Subtype /Link\n/Rect ';
/** After the rectangle: no border, and Print (PDF/A wants every annotation printable). */
const LINK_FLAGS = '\n/Border [ 0 0 0 ]\n/F 4\n/P ';

/**
 * Adds one /Link annotation per placement to its page's /Annots. Each is written as
 * pdf-lib writes the dictionary {Type, Subtype, Rect, Border, F, P, then A or Dest}
 * (raw-object.ts): the action a URI action dictionary, the destination [page /XYZ null top null].
 */
export function addLinks(pdf: PDFDocument, links: readonly LinkPlacement[], anchors: ReadonlyMap<string, AnchorPosition>): LinkResult {
  const { context } = pdf;
  const pages = new DocumentPages(pdf);
  // A report links the same references and pages many times: each page's /Annots, each
  // URI's check and action, and each anchor's destination are worked out once.
  const annots: (PDFArray | undefined)[] = [];
  const pageEnds: (string | undefined)[] = [];
  const uriActions = new Map<string, string | null>();
  const uriAction = (uri: string): string | null => {
    let action = uriActions.get(uri);
    if (action === undefined) {
      const safe = safeUri(uri);
      action = safe === null ? null : `/A <<\n/Type /Action\n/S /URI\n/URI <${asciiHex(safe)}>\n>>`;
      uriActions.set(uri, action);
    }
    return action;
  };
  const anchorDestinations = new Map<string, string | null>();
  const anchorDestination = (name: string): string | null => {
    let destination = anchorDestinations.get(name);
    if (destination === undefined) {
      const anchor = anchors.get(name);
      destination =
        anchor && pages.has(anchor.pageIndex) && Number.isFinite(anchor.y) ? `/Dest ${pages.xyz(anchor.pageIndex, anchor.y, `Link to "${name.slice(0, 40)}"`)}` : null;
      anchorDestinations.set(name, destination);
    }
    return destination;
  };
  let added = 0;
  let dropped = 0;
  for (const link of links) {
    if (!pages.has(link.pageIndex)) {
      dropped += 1;
      continue;
    }
    const onPage = pages.at(link.pageIndex);
    const rect = pdfRect(link.x, link.y, link.width, link.height, onPage.height);
    const action = rect === null ? null : link.target.kind === 'uri' ? uriAction(link.target.uri) : link.target.kind === 'anchor' ? anchorDestination(link.target.anchor) : null;
    if (rect === null || action === null) {
      dropped += 1;
      continue;
    }
    const pageEnd = (pageEnds[link.pageIndex] ??= `${LINK_FLAGS}${onPage.ref}\n`);
    const annotation = new RawPdfObject(`${LINK_START}${numberArray(rect)}${pageEnd}${action}\n>>`);
    // The page gets an /Annots array with its first link, as addAnnot() gives it.
    (annots[link.pageIndex] ??= onPage.page.node.normalizedEntries().Annots).push(context.register(annotation));
    added += 1;
  }
  return { added, dropped };
}
