// The straightforward way of writing links, bookmarks and comment notes: every
// dictionary built with pdf-lib's context.obj() from a literal, every string
// with PDFHexString. It is what the document parts wrote before they were
// pre-formatted (src/main/export/pdf/document/raw-object.ts), kept here as the
// oracle: a document built with these must be byte for byte the same as one
// built with the real ones.

import { PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFArray, type PDFDict, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { NOTE_SIZE, noteContents, type CommentNoteOptions, type CommentPlacement } from '../../../../../src/main/export/pdf/document/annotations';
import { pdfRect, safeUri, type AnchorPosition, type LinkPlacement } from '../../../../../src/main/export/pdf/document/links';
import { metadataText } from '../../../../../src/main/export/pdf/document/metadata';
import { outlineTree, type OutlineNode } from '../../../../../src/main/export/pdf/document/outline';
import type { LaidOutHeading } from '../../../../../src/main/export/pdf/layout/types';
import type { ReportComment } from '../../../../../src/shared/report/doc';

function textString(text: string, options: { multiline?: boolean } = {}): PDFHexString {
  const clean = options.multiline ? text.split(/\r\n?|\n/).map(metadataText).join('\n') : metadataText(text);
  return PDFHexString.fromText(clean);
}

function asciiString(text: string): PDFHexString {
  let hex = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7e || code < 0x20) throw new Error('PDF byte string is not printable ASCII');
    hex += code.toString(16).padStart(2, '0');
  }
  return PDFHexString.of(hex);
}

function xyzDestination(pdf: PDFDocument, pageIndex: number, y: number): PDFArray {
  const count = pdf.getPageCount();
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= count || !Number.isFinite(y)) throw new Error(`page ${pageIndex + 1} of ${count}`);
  const page = pdf.getPage(pageIndex);
  const top = Math.min(page.getHeight(), Math.max(0, page.getHeight() - y));
  return pdf.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(top * 100) / 100), PDFNull]);
}

export function referenceLinks(pdf: PDFDocument, links: readonly LinkPlacement[], anchors: ReadonlyMap<string, AnchorPosition>): { added: number; dropped: number } {
  const { context } = pdf;
  const pageCount = pdf.getPageCount();
  const pages = new Map<number, { page: PDFPage; height: number; annots: PDFArray | null }>();
  let added = 0;
  let dropped = 0;
  for (const link of links) {
    if (!Number.isInteger(link.pageIndex) || link.pageIndex < 0 || link.pageIndex >= pageCount) {
      dropped += 1;
      continue;
    }
    let onPage = pages.get(link.pageIndex);
    if (!onPage) {
      const page = pdf.getPage(link.pageIndex);
      onPage = { page, height: page.getHeight(), annots: null };
      pages.set(link.pageIndex, onPage);
    }
    const { page } = onPage;
    const rect = pdfRect(link.x, link.y, link.width, link.height, onPage.height);
    let action: { A: PDFDict } | { Dest: PDFArray } | null = null;
    if (rect && link.target.kind === 'uri') {
      const uri = safeUri(link.target.uri);
      if (uri !== null) action = { A: context.obj({ Type: 'Action', S: 'URI', URI: asciiString(uri) }) };
    } else if (rect && link.target.kind === 'anchor') {
      const anchor = anchors.get(link.target.anchor);
      if (anchor && Number.isInteger(anchor.pageIndex) && anchor.pageIndex >= 0 && anchor.pageIndex < pageCount && Number.isFinite(anchor.y)) {
        action = { Dest: xyzDestination(pdf, anchor.pageIndex, anchor.y) };
      }
    }
    if (!rect || !action) {
      dropped += 1;
      continue;
    }
    const annotation = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], F: 4, P: page.ref, ...action });
    (onPage.annots ??= page.node.normalizedEntries().Annots).push(context.register(annotation));
    added += 1;
  }
  return { added, dropped };
}

export function referenceOutline(pdf: PDFDocument, headings: readonly LaidOutHeading[], options: { openLevels?: number } = {}): void {
  if (headings.length === 0) return;
  const { context } = pdf;
  const openLevels = options.openLevels ?? 1;
  const rootRef = context.nextRef();
  const writeLevel = (nodes: OutlineNode[], parentRef: PDFRef, parent: PDFDict, depth: number): number => {
    const refs = nodes.map(() => context.nextRef());
    let visible = 0;
    nodes.forEach((node, index) => {
      const dict = context.obj({
        Title: textString(node.heading.text),
        Parent: parentRef,
        Dest: xyzDestination(pdf, node.heading.pageIndex, node.heading.y),
      });
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]);
      if (index < nodes.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]);
      visible += 1;
      if (node.children.length > 0) {
        const inside = writeLevel(node.children, refs[index], dict, depth + 1);
        const open = depth < openLevels;
        dict.set(PDFName.of('Count'), PDFNumber.of(open ? inside : -inside));
        if (open) visible += inside;
      }
      context.assign(refs[index], dict);
    });
    parent.set(PDFName.of('First'), refs[0]);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]);
    return visible;
  };
  const root = context.obj({ Type: 'Outlines' });
  const visible = writeLevel(outlineTree(headings), rootRef, root, 0);
  root.set(PDFName.of('Count'), PDFNumber.of(visible));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

const POPUP_WIDTH = 220;
const POPUP_HEIGHT = 120;
const NOTE_COLOR = [1, 0.84, 0.2];

function parseDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function who(author: { name: string; role: string }, initials: string): string {
  const name = metadataText(author.name) || metadataText(initials);
  const role = metadataText(author.role);
  return role ? `${name} (${role})` : name;
}

function noteAppearance(pdf: PDFDocument): PDFRef {
  const s = NOTE_SIZE;
  const ops = [
    '1 0.84 0.2 rg 0.35 0.3 0.1 RG 1 w',
    `0.5 0.5 ${s - 1} ${s - 1} re B`,
    '0.35 0.3 0.1 RG 0.8 w',
    ...[0.3, 0.5, 0.7].map((f) => `3 ${(s * f).toFixed(2)} m ${s - 3} ${(s * f).toFixed(2)} l S`),
  ].join('\n');
  return pdf.context.register(pdf.context.stream(ops, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, s, s], Resources: {} }));
}

export function referenceCommentNotes(
  pdf: PDFDocument,
  comments: readonly ReportComment[],
  placements: readonly CommentPlacement[],
  options: CommentNoteOptions = {},
): { added: number; unplaced: string[] } {
  const { context } = pdf;
  const pageCount = pdf.getPageCount();
  const firstPlacement = new Map<string, CommentPlacement>();
  for (const placement of placements) {
    const valid = Number.isInteger(placement.pageIndex) && placement.pageIndex >= 0 && placement.pageIndex < pageCount && Number.isFinite(placement.x) && Number.isFinite(placement.y);
    if (valid && !firstPlacement.has(placement.commentId)) firstPlacement.set(placement.commentId, placement);
  }
  let appearance: PDFRef | undefined;
  let added = 0;
  const unplaced: string[] = [];
  for (const comment of comments) {
    const placement = firstPlacement.get(comment.id);
    if (!placement) {
      unplaced.push(comment.id);
      continue;
    }
    appearance ??= noteAppearance(pdf);
    const page = pdf.getPage(placement.pageIndex);
    const width = page.getWidth();
    const height = page.getHeight();
    const x = options.x !== undefined && Number.isFinite(options.x) ? options.x : placement.x;
    const left = Math.min(Math.max(0, x), width - NOTE_SIZE);
    const top = Math.min(Math.max(0, placement.y), height - NOTE_SIZE);
    const r = (v: number): number => Math.floor(v * 100) / 100;
    const rect = [r(left), r(height - top - NOTE_SIZE), r(left + NOTE_SIZE), r(height - top)];
    const popupLeft = left + NOTE_SIZE + 4 + POPUP_WIDTH <= width ? left + NOTE_SIZE + 4 : Math.max(0, left - 4 - POPUP_WIDTH);
    const popupTop = Math.max(POPUP_HEIGHT, height - top);
    const popupRect = [r(popupLeft), r(popupTop - POPUP_HEIGHT), r(popupLeft + POPUP_WIDTH), r(popupTop)];
    const date = parseDate(comment.date);
    const noteRef = context.nextRef();
    const popupRef = context.nextRef();
    const note = context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: rect,
      Contents: textString(noteContents(comment), { multiline: true }),
      T: textString(who(comment.author, comment.initials)),
      NM: textString(comment.id),
      Name: 'Comment',
      Open: false,
      C: NOTE_COLOR,
      F: 4 + 8 + 16,
      P: page.ref,
      AP: { N: appearance },
      Popup: popupRef,
    });
    if (date) {
      note.set(PDFName.of('M'), PDFString.fromDate(date));
      note.set(PDFName.of('CreationDate'), PDFString.fromDate(date));
    }
    const popup = context.obj({ Type: 'Annot', Subtype: 'Popup', Rect: popupRect, Parent: noteRef, Open: false, P: page.ref });
    context.assign(noteRef, note);
    context.assign(popupRef, popup);
    page.node.addAnnot(noteRef);
    page.node.addAnnot(popupRef);
    added += 1;
  }
  return { added, unplaced };
}
