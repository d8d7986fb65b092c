// The contract between the PDF typesetter's parts. Layout is pure: it turns
// the ReportDoc into pages of positioned items (a display list) using only a
// TextMeasurer; painting those items into pdf-lib is a separate, thin step.
// Coordinates here are PostScript points with the origin at the TOP-LEFT of
// the page and y growing downwards (the painter flips them for PDF).

import type { Language } from '../../../../shared/language';

/** The font faces the report uses (Source Sans 3, shipped in resources/fonts). */
export type FontFace = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'semibold';

/** A face as the painter embeds it: a report face, or DejaVu Sans for characters Source Sans 3 lacks. */
export type ShapingFace = FontFace | 'fallback';

/** A colour as red, green, blue in 0..1. */
export type Rgb = readonly [number, number, number];

export interface TextStyle {
  face: FontFace;
  /** Font size in pt. */
  size: number;
  color: Rgb;
  underline?: boolean;
}

/** Where a piece of text leads when clicked. */
export type LinkTarget = { kind: 'uri'; uri: string } | { kind: 'anchor'; anchor: string };

/**
 * Measures text with the real font: advance widths with kerning and
 * ligatures applied, exactly as the text painter will set it.
 */
export interface TextMeasurer {
  /** Width in pt of `text` set in one face and size. */
  width(text: string, face: FontFace, size: number): number;
  /** Distance in pt from the baseline up to the top of the tallest glyphs (positive). */
  ascent(face: FontFace, size: number): number;
  /** Distance in pt from the baseline down to the lowest descender (positive). */
  descent(face: FontFace, size: number): number;
  /**
   * Optional: the face's widths in font units, for sums that must come out
   * exactly as width() would measure the joined text. Null (or absent) when
   * the face has none. Whenever its textWidth(text) is a number u,
   * width(text, face, size) is (u * size) / unitsPerEm, to the last bit.
   */
  faceUnits?(face: FontFace): FaceUnits | null;
}

/** Widths of one face in font units (integers, so sums of them are exact in any order). */
export interface FaceUnits {
  readonly unitsPerEm: number;
  /** Width of `text` in font units, or null when this cannot give it (width() then measures another way). */
  textWidth(text: string): number | null;
  /**
   * What joining a text ending in code unit `left` to one starting with `right` adds to
   * their two textWidth()s (their kerning), or null when more could change (a ligature, a pair it cannot set).
   */
  joinUnits(left: number, right: number): number | null;
}

/** One piece of inline text to be set in one style. */
export interface InlineRun {
  text: string;
  style: TextStyle;
  link?: LinkTarget;
  /** Review comments anchored on this text (ids into ReportDoc.comments). */
  commentIds?: string[];
}

/** A run placed on a line; x is relative to the start of the line. */
export interface PlacedRun {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
  link?: LinkTarget;
  commentIds?: string[];
}

export interface Line {
  runs: PlacedRun[];
  /** Total width of the set text in pt (without trailing spaces). */
  width: number;
  /** Whether the line ends in a hyphen that was inserted by breaking a word. */
  hyphenated: boolean;
  /** Whether this line ends its paragraph (not justified, no widow checks past it). */
  last: boolean;
}

export interface BreakOptions {
  /** Available width in pt for every line. */
  width: number;
  /** Width of the first line when it differs (e.g. hanging list labels), default `width`. */
  firstLineWidth?: number;
  language: Language;
  /** Hyphenate words that do not fit (default true). */
  hyphenate?: boolean;
}

/** Splits inline runs into lines: UAX #14 breaks, hyphenation, and safe breaking of over-long words. */
export type BreakLines = (runs: InlineRun[], measurer: TextMeasurer, options: BreakOptions) => Line[];

/** A vector drawing placed on the page (figures); its shapes use its own units, scaled to the box. */
export interface DrawingRef {
  figureBlockId: string;
}

/** One thing on a page. y values are measured from the top of the page. */
export type PageItem =
  /** Text set at a baseline; width is the measured advance (for links and bounds checks). */
  | { kind: 'text'; x: number; baseline: number; text: string; style: TextStyle; width: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: Rgb; stroke?: Rgb; lineWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: Rgb; width: number }
  /** A clickable area. */
  | { kind: 'link'; x: number; y: number; width: number; height: number; target: LinkTarget }
  /** A figure drawn as vectors into the box. */
  | { kind: 'figure'; x: number; y: number; width: number; height: number; ref: DrawingRef }
  /** The logo image on the title page. */
  | { kind: 'logo'; x: number; y: number; width: number; height: number }
  /** A named destination (heading, item) for the TOC, outline and internal links. */
  | { kind: 'anchor'; anchor: string; y: number }
  /** Where a review comment's sticky note goes. */
  | { kind: 'comment'; commentId: string; x: number; y: number };

export type PageRole = 'title' | 'toc' | 'body';

export interface PageFrame {
  role: PageRole;
  items: PageItem[];
}

/** A4 portrait with the report's margins, in pt. */
export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

const MM = 72 / 25.4;

export const A4: PageGeometry = {
  width: 210 * MM,
  height: 297 * MM,
  marginTop: 25 * MM,
  marginBottom: 25 * MM,
  marginLeft: 25 * MM,
  marginRight: 25 * MM,
};

export const textWidthOf = (page: PageGeometry): number => page.width - page.marginLeft - page.marginRight;
export const textHeightOf = (page: PageGeometry): number => page.height - page.marginTop - page.marginBottom;

/** A heading as the TOC and outline need it. */
export interface LaidOutHeading {
  level: 1 | 2 | 3;
  text: string;
  anchor: string;
  /** 0-based index into the pages. */
  pageIndex: number;
  /** The heading's top, from the top of the page. */
  y: number;
}
