// The report's typographic scale for the PDF, kept in step with the DOCX
// styles (docx/styles.ts) so both exports read as the same report: calm body
// text in Source Sans 3, the accent colour only on chapter titles, table
// headers, quote rules and links. Sizes and spacing are in pt.

import type { Rgb, TextStyle } from './types';

/** Six hex digits (with or without '#') → Rgb in 0..1; null when it is not a colour. */
export function parseHexColor(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  return [((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}

const hexRgb = (hex: string): Rgb => parseHexColor(hex) ?? [0, 0, 0];

export const INK: Rgb = hexRgb('#2b2f33');
export const MUTED: Rgb = hexRgb('#6b7378');
export const RULE: Rgb = hexRgb('#d5dadd');
export const WHITE: Rgb = [1, 1, 1];
/** The accent of a new project, used when the report's accent is not a valid colour. */
export const DEFAULT_ACCENT = '#1f6f8b';

/** A paragraph style: the text style plus vertical rhythm. */
export interface BlockStyle {
  text: TextStyle;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  spaceBefore: number;
  spaceAfter: number;
}

export interface ReportStyles {
  accent: Rgb;
  body: BlockStyle;
  headings: Record<1 | 2 | 3, BlockStyle>;
  quote: BlockStyle;
  attribution: BlockStyle;
  caption: BlockStyle;
  /** A table caption sits above its table, so its spacing differs from a figure caption. */
  tableCaption: BlockStyle;
  tableHeader: BlockStyle;
  tableBody: BlockStyle;
  /** Paragraphs inside list items. */
  listItem: BlockStyle;
  /** Style for linked text, applied over the surrounding style. */
  link: { color: Rgb; underline: true };
  /** Indents and rules, in pt. */
  quoteIndent: number;
  quoteRuleOffset: number;
  quoteRuleWidth: number;
  listHang: number;
  /** Gap between a list label's right edge and the item text. */
  listLabelGap: number;
  cellPaddingX: number;
  cellPaddingY: number;
  tableRuleWidth: number;
  /** Space after a table, before the next block. */
  tableSpaceAfter: number;
  /** Space between a figure and its caption and before the figure. */
  figureSpaceBefore: number;
  figureCaptionGap: number;
}

const style = (size: number, face: TextStyle['face'], color: Rgb): TextStyle => ({ face, size, color });

export function reportStyles(accentHex: string): ReportStyles {
  const accent = parseHexColor(accentHex) ?? hexRgb(DEFAULT_ACCENT);
  return {
    accent,
    body: { text: style(10.5, 'regular', INK), lineHeight: 1.35, spaceBefore: 0, spaceAfter: 7 },
    headings: {
      1: { text: style(20, 'bold', accent), lineHeight: 1.15, spaceBefore: 0, spaceAfter: 14 },
      2: { text: style(14, 'bold', INK), lineHeight: 1.2, spaceBefore: 18, spaceAfter: 6 },
      3: { text: style(11.5, 'bold', INK), lineHeight: 1.25, spaceBefore: 12, spaceAfter: 4 },
    },
    quote: { text: style(10.5, 'italic', INK), lineHeight: 1.35, spaceBefore: 6, spaceAfter: 2 },
    attribution: { text: style(9, 'regular', MUTED), lineHeight: 1.3, spaceBefore: 2, spaceAfter: 10 },
    caption: { text: style(9, 'regular', MUTED), lineHeight: 1.3, spaceBefore: 4, spaceAfter: 12 },
    tableCaption: { text: style(9, 'regular', MUTED), lineHeight: 1.3, spaceBefore: 10, spaceAfter: 4 },
    tableHeader: { text: style(9.5, 'bold', WHITE), lineHeight: 1.25, spaceBefore: 0, spaceAfter: 2 },
    tableBody: { text: style(9.5, 'regular', INK), lineHeight: 1.25, spaceBefore: 0, spaceAfter: 2 },
    listItem: { text: style(10.5, 'regular', INK), lineHeight: 1.35, spaceBefore: 0, spaceAfter: 3 },
    link: { color: accent, underline: true },
    quoteIndent: 28.35,
    quoteRuleOffset: 18,
    quoteRuleWidth: 1.5,
    listHang: 19.85,
    listLabelGap: 5,
    cellPaddingX: 5,
    cellPaddingY: 3.5,
    tableRuleWidth: 0.5,
    tableSpaceAfter: 8,
    figureSpaceBefore: 10,
    figureCaptionGap: 4,
  };
}

/** The face for a combination of bold and italic over a base face. */
export function faceFor(base: TextStyle['face'], bold: boolean | undefined, italic: boolean | undefined): TextStyle['face'] {
  const isBold = bold ?? (base === 'bold' || base === 'boldItalic' || base === 'semibold');
  const isItalic = italic ?? (base === 'italic' || base === 'boldItalic');
  if (isBold && isItalic) return 'boldItalic';
  if (isBold) return base === 'semibold' && bold === undefined ? 'semibold' : 'bold';
  return isItalic ? 'italic' : 'regular';
}
