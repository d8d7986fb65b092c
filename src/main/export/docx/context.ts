// What every block renderer needs while turning the ReportDoc into docx
// objects: colours, language, the comment id mapping, rendered figures and the
// registry of bookmark names (Word requires unique, short names).

import type { ReportDoc } from '../../../shared/report/doc';
import type { RasterImage } from '../figures/figure-png';
import type { CommentIds } from './comments';

export interface DocxContext {
  doc: ReportDoc;
  /** Accent colour as docx wants it: six hex digits, no '#'. */
  accent: string;
  /** BCP 47 tag for w:lang, e.g. "nl-NL". */
  lang: string;
  comments: Map<string, CommentIds>;
  figures: Map<string, RasterImage>;
  /** Bookmark names already used in the document. */
  bookmarks: Set<string>;
  /** Report anchors (section/heading anchors) → their bookmark name. */
  anchors: Map<string, string>;
  /** Project items that already have a bookmark (the first block showing the item gets it). */
  bookmarkedItems: Set<string>;
  /** A running counter giving each ordered list its own numbering instance, so each restarts at 1. */
  nextListInstance: () => number;
}

export const INK = '2B2F33';
export const MUTED = '6B7378';
export const RULE = 'D5DADD';
/**
 * Body and heading font of the DOCX. The file embeds no fonts, so it uses
 * Office's default, present on every municipality's Word; LibreOffice shows the
 * metric-compatible Carlito. Source Sans 3 stays inside the rasterised figures.
 */
export const BODY_FONT = 'Calibri';
/** Text width of an A4 page with 2.5 cm margins, in twips: tables and the footer's right tab span it. */
export const TEXT_WIDTH = 9070;
