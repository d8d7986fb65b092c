// Review comments as sticky notes (/Text annotations), so a reviewer who gets
// the PDF sees the open comments where they were made, in any PDF reader.
// ReportDoc.comments holds only open comments, so resolved ones never get here.
// One note per comment: its body, then each reply as "Name (role), date: text".
// The note carries its own appearance (a small yellow note drawn in the file),
// which PDF/A asks of every annotation, and a closed popup for the text.
// Note and popup are pre-formatted dictionaries (raw-object.ts), like links.

import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { ReportComment, ReportCommentReply } from '../../../../shared/report/doc';
import type { PageFrame } from '../layout/types';
import { DocumentPages } from './destinations';
import { metadataText } from './metadata';
import { textHex } from './pdf-text';
import { numberArray, pdfRef, RawPdfObject } from './raw-object';

export interface CommentPlacement {
  commentId: string;
  pageIndex: number;
  /** The note icon's top-left corner, in pt from the top-left of the page. */
  x: number;
  y: number;
}

/** Every comment marker on the laid-out pages. */
export function commentsOf(frames: readonly PageFrame[]): CommentPlacement[] {
  return frames.flatMap((frame, pageIndex) =>
    frame.items.flatMap((item) => (item.kind === 'comment' ? [{ commentId: item.commentId, pageIndex, x: item.x, y: item.y }] : [])),
  );
}

/** Side of the note icon in pt. */
export const NOTE_SIZE = 16;
const POPUP_WIDTH = 220;
const POPUP_HEIGHT = 120;
const NOTE_COLOR = [1, 0.84, 0.2];
const NOTE_COLOR_ARRAY = numberArray(NOTE_COLOR);

function parseDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function who(author: { name: string; role: string }, initials: string): string {
  const name = metadataText(author.name) || metadataText(initials);
  const role = metadataText(author.role);
  return role ? `${name} (${role})` : name;
}

function replyLine(reply: ReportCommentReply): string {
  const date = parseDate(reply.date);
  const head = [who(reply.author, reply.initials), date ? date.toISOString().slice(0, 10) : ''].filter(Boolean).join(', ');
  return `${head}: ${reply.body.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/** The note's text: the comment's body, then one line per reply. */
export function noteContents(comment: ReportComment): string {
  return [comment.body.trim(), ...comment.replies.map(replyLine)].join('\n');
}

/** The note icon: a yellow square with a dark edge and three lines of "text". */
function noteAppearance(pdf: PDFDocument): PDFRef {
  const s = NOTE_SIZE;
  const ops = [
    `${NOTE_COLOR.join(' ')} rg 0.35 0.3 0.1 RG 1 w`,
    `0.5 0.5 ${s - 1} ${s - 1} re B`,
    '0.35 0.3 0.1 RG 0.8 w',
    ...[0.3, 0.5, 0.7].map((f) => `3 ${(s * f).toFixed(2)} m ${s - 3} ${(s * f).toFixed(2)} l S`),
  ].join('\n');
  const stream = pdf.context.stream(ops, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, s, s], Resources: {} });
  return pdf.context.register(stream);
}

export interface CommentNotesResult {
  added: number;
  /** Ids of comments that had no (valid) place on a page and so got no note. */
  unplaced: string[];
}

export interface CommentNoteOptions {
  /**
   * Put every icon at this x (pt from the left, e.g. in the right margin) and
   * keep only the marker's height, so icons never cover the text they comment on.
   */
  x?: number;
}

/** Adds one sticky note per comment at its first placement. */
export function addCommentNotes(
  pdf: PDFDocument,
  comments: readonly ReportComment[],
  placements: readonly CommentPlacement[],
  options: CommentNoteOptions = {},
): CommentNotesResult {
  const { context } = pdf;
  const pages = new DocumentPages(pdf);
  const firstPlacement = new Map<string, CommentPlacement>();
  for (const placement of placements) {
    const valid = pages.has(placement.pageIndex) && Number.isFinite(placement.x) && Number.isFinite(placement.y);
    if (valid && !firstPlacement.has(placement.commentId)) firstPlacement.set(placement.commentId, placement);
  }

  let appearance: string | undefined;
  let added = 0;
  const unplaced: string[] = [];
  for (const comment of comments) {
    const placement = firstPlacement.get(comment.id);
    if (!placement) {
      unplaced.push(comment.id);
      continue;
    }
    appearance ??= pdfRef(noteAppearance(pdf));
    const { page, ref: pageRef, height } = pages.at(placement.pageIndex);
    const width = page.getWidth();
    // Keep the icon on the page.
    const x = options.x !== undefined && Number.isFinite(options.x) ? options.x : placement.x;
    const left = Math.min(Math.max(0, x), width - NOTE_SIZE);
    const top = Math.min(Math.max(0, placement.y), height - NOTE_SIZE);
    // Rounded down, so that rounding never pushes a box past the page edge.
    const r = (v: number): number => Math.floor(v * 100) / 100;
    const rect = [r(left), r(height - top - NOTE_SIZE), r(left + NOTE_SIZE), r(height - top)];
    const popupLeft = left + NOTE_SIZE + 4 + POPUP_WIDTH <= width ? left + NOTE_SIZE + 4 : Math.max(0, left - 4 - POPUP_WIDTH);
    const popupTop = Math.max(POPUP_HEIGHT, height - top);
    const popupRect = [r(popupLeft), r(popupTop - POPUP_HEIGHT), r(popupLeft + POPUP_WIDTH), r(popupTop)];

    const date = parseDate(comment.date);
    const noteRef = context.nextRef();
    const popupRef = context.nextRef();
    // As pdf-lib writes the dictionary {Type, Subtype, Rect, Contents, T, NM, Name, Open, C,
    // F, P, AP, Popup, then M and CreationDate when the comment has a date} (raw-object.ts).
    // F: Print, NoZoom, NoRotate: a note icon keeps its size and is printable (PDF/A).
    let note =
      `<<\n/Type /Annot\n/Subtype /Text\n/Rect ${numberArray(rect)}\n/Contents <${textHex(noteContents(comment), { multiline: true })}>\n` +
      `/T <${textHex(who(comment.author, comment.initials))}>\n/NM <${textHex(comment.id)}>\n/Name /Comment\n/Open false\n` +
      `/C ${NOTE_COLOR_ARRAY}\n/F ${4 + 8 + 16}\n/P ${pageRef}\n/AP <<\n/N ${appearance}\n>>\n/Popup ${pdfRef(popupRef)}\n`;
    if (date) {
      const when = PDFString.fromDate(date).toString();
      note += `/M ${when}\n/CreationDate ${when}\n`;
    }
    const popup = `<<\n/Type /Annot\n/Subtype /Popup\n/Rect ${numberArray(popupRect)}\n/Parent ${pdfRef(noteRef)}\n/Open false\n/P ${pageRef}\n>>`;
    context.assign(noteRef, new RawPdfObject(`${note}>>`));
    context.assign(popupRef, new RawPdfObject(popup));
    page.node.addAnnot(noteRef);
    page.node.addAnnot(popupRef);
    added += 1;
  }
  return { added, unplaced };
}
