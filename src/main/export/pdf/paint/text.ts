// Painting text into a PDF page with kerning. pdf-lib's drawText() shows the
// glyphs at their plain advance widths, so the kerning the measurer counted
// would be lost and text would no longer end where layout said. Here each
// text item is shaped by the same shaper as the measurer and shown with one
// TJ array: glyph codes, and between glyphs the difference between the
// kerned advance and the glyph's own width, in thousandths of an em. The
// painted advance therefore equals the measured width. The fonts are our own
// embedding (font-embed.ts): a glyph's code is its id in the font, and each
// glyph painted is recorded there with its characters and width, so the
// font's ToUnicode map carries every glyph's characters (a ligature extracts
// as "ff", "ft") and its W array the widths the adjustments assume.
// Combining marks keep their horizontal offset onto the letter; a vertical
// offset (rare: the report fonts compose accented letters) is not applied.
// Characters the face lacks are set in the fallback face (DejaVu Sans), piece
// by piece as the measurer cut them, each piece starting where the previous
// one's measured advance ends. The operators are written into the page's
// content (content.ts); consecutive texts share one text object there.

import type { PDFDocument } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { FALLBACK_FILE, FONT_FACES, FONT_FILES, type FaceRun, faceRuns, faceShaper, fontBytes } from '../layout/fonts';
import type { FontFace, PageItem, ShapingFace } from '../layout/types';
import { literalCode, type PageContent, pdfNumber } from './content';
import { EmbeddedFont } from './font-embed';

export type TextItem = Extract<PageItem, { kind: 'text' }>;

const SPACE = 0x20;

/** Rounds a TJ adjustment to three decimals (a millionth of an em): exact enough, and short in the file. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * The six capital letters before a subset font's name ("ABCDEF+SourceSans3-Regular"): the
 * PDF convention by which readers (and pdffonts) know a font is a subset. Derived from the
 * face, so the same report gives the same file.
 */
export function subsetTag(face: ShapingFace): string {
  let hash = 2166136261;
  for (const ch of `drijfveer:${face}`) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  let tag = '';
  for (let index = 0; index < 6; index += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + index * 7919;
  }
  return tag;
}

/** Latin letters, digits, punctuation and the common typographic marks: most of a report's text. */
const COMMON_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x17f],
  [0x2013, 0x2014],
  [0x2018, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
];
const COMMON_TEXT = new RegExp(`^[${COMMON_RANGES.map(([from, to]) => `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`).join('')}]*$`);
const coversCommon = new Map<FontFace, boolean>();

/**
 * `text` cut into the pieces the face and the fallback set, as faceRuns() cuts it; text made
 * only of characters the face is known to have (checked once per face) is one piece, without
 * a look at each character.
 */
export function paintRuns(text: string, face: FontFace): FaceRun[] {
  let common = coversCommon.get(face);
  if (common === undefined) {
    const shaper = faceShaper(face);
    common = COMMON_RANGES.every(([from, to]) => {
      for (let codePoint = from; codePoint <= to; codePoint += 1) if (!shaper.covers(codePoint)) return false;
      return true;
    });
    coversCommon.set(face, common);
  }
  return common && COMMON_TEXT.test(text) ? [{ face, text }] : faceRuns(text, face);
}

/**
 * A word's (or a space's) part of a TJ array, worked out once per face: the first glyph's
 * offset (the kerning pending from before it applies there), and the elements after it.
 */
interface WordPiece {
  /** The first glyph's horizontal mark offset, in thousandths of an em. */
  firstShift: number;
  firstCode: string;
  /** Codes that continue the open literal string after the first glyph (all of them when `middle` is empty). */
  head: string;
  /** From the first adjustment after the first glyph to the last one: whole elements, each followed by a space. */
  middle: string;
  /** Codes after the last adjustment: they open the next literal string. */
  tail: string;
  /** What the last glyph leaves pending for the next one. */
  pending: number;
}

/** Bounded memo size per face: beyond it the memo starts afresh. */
const MAX_PIECES = 100_000;

/** Each face's resource name, the same on every page. */
const RESOURCE_NAMES: Readonly<Record<ShapingFace, string>> = { regular: 'F1', italic: 'F2', bold: 'F3', boldItalic: 'F4', semibold: 'F5', fallback: 'F6' };

export class PdfFonts {
  /** Per face, each word's piece of a TJ array (null for a word without glyphs). */
  private readonly pieces = new Map<ShapingFace, Map<string, WordPiece | null>>();

  private constructor(private readonly fonts: ReadonlyMap<ShapingFace, EmbeddedFont>) {}

  /**
   * Embeds the faces (the five report faces unless told which; 'fallback' only when asked) as
   * subset TrueType fonts; their glyphs and widths are written when the document is saved.
   */
  static embed(doc: PDFDocument, faces: readonly ShapingFace[] = FONT_FACES): Promise<PdfFonts> {
    const fonts = new Map<ShapingFace, EmbeddedFont>();
    for (const face of new Set(faces)) {
      const baseFontName = `${subsetTag(face)}+${faceShaper(face).postscriptName}`;
      const fileName = face === 'fallback' ? FALLBACK_FILE : FONT_FILES[face];
      fonts.set(face, new EmbeddedFont(doc.context, { bytes: fontBytes(face), fileName, baseFontName, resourceName: RESOURCE_NAMES[face] }));
    }
    return Promise.resolve(new PdfFonts(fonts));
  }

  /** The embedded font of a face. */
  font(face: ShapingFace): EmbeddedFont {
    const font = this.fonts.get(face);
    if (!font) throw new AppError('INTERNAL', { reason: `font face ${face} not embedded` });
    return font;
  }

  /** Paints one text item into the page's content; its position is top-left based and flipped here. */
  drawText(content: PageContent, item: TextItem): void {
    if (item.text.length === 0) return;
    const { face, size, color } = item.style;
    const y = content.height - item.baseline;
    const sizeText = pdfNumber(size);
    content.beginText();
    content.textColor(color);
    let x = item.x;
    const runs = paintRuns(item.text, face);
    for (let index = 0; index < runs.length; index += 1) {
      const run = runs[index];
      if (run.text.length === 0) continue;
      const runShaper = faceShaper(run.face);
      content.showText(this.font(run.face), sizeText, x, y, this.adjustedText(run.face, run.text));
      // The next piece starts where this one's measured advance ends (the last piece needs no end).
      if (index + 1 < runs.length) x += (runShaper.width(run.text) * size) / runShaper.unitsPerEm;
    }
    if (item.style.underline) {
      const shaper = faceShaper(face);
      const scale = size / shaper.unitsPerEm;
      const thickness = Math.max(0.4, shaper.underlineThickness * scale);
      const underlineY = y + shaper.underlinePosition * scale;
      content.line(item.x, underlineY, item.x + item.width, underlineY, thickness, color);
    }
  }

  /**
   * The TJ array's elements for `text` in one face, each followed by a space: runs of glyph
   * codes as literal strings with the kerning (and mark offsets) between them as numbers.
   * The shaper kerns nothing across a space, so the array is put together from pieces worked
   * out once per word (and per space): exactly what the whole text's glyphs would give.
   */
  private adjustedText(face: ShapingFace, text: string): string {
    const shaper = faceShaper(face);
    const scale = 1000 / shaper.unitsPerEm;
    let out = '';
    let run = '';
    let pending = 0;
    let start = 0;
    for (let index = 0; index <= text.length; index += 1) {
      const atSpace = index < text.length && text.charCodeAt(index) === SPACE;
      if (index < text.length && !atSpace) continue;
      // The word before the space (if any), then the space itself.
      for (let part = 0; part < 2; part += 1) {
        const word = part === 0 ? (index > start ? text.slice(start, index) : '') : atSpace ? ' ' : '';
        if (word === '') continue;
        const piece = this.wordPiece(face, word, scale);
        if (!piece) continue;
        // A TJ number moves the next glyph left by n/1000 em: negative numbers move it right.
        const before = round(pending - piece.firstShift);
        if (before !== 0) {
          if (run.length > 0) out += `(${run}) `;
          run = '';
          out += `${pdfNumber(before)} `;
        }
        run += piece.firstCode + piece.head;
        if (piece.middle !== '') {
          if (run.length > 0) out += `(${run}) `;
          out += piece.middle;
          run = piece.tail;
        }
        pending = piece.pending;
      }
      start = index + 1;
    }
    if (run.length > 0) out += `(${run}) `;
    return out;
  }

  /** The TJ piece of one word (or a space), worked out once per face; its glyphs are recorded in the face's font. */
  private wordPiece(face: ShapingFace, word: string, scale: number): WordPiece | null {
    let known = this.pieces.get(face);
    if (!known) {
      known = new Map();
      this.pieces.set(face, known);
    }
    let piece = known.get(word);
    if (piece !== undefined) return piece;
    const glyphs = faceShaper(face).shape(word);
    piece = null;
    if (glyphs.length > 0) {
      const font = this.font(face);
      for (const glyph of glyphs) font.use(glyph.id, glyph.text, glyph.width);
      const first = glyphs[0];
      let pending = (first.width - first.advance) * scale + first.xOffset * scale;
      let head = '';
      let middle = '';
      let open = '';
      let adjusted = false;
      for (let index = 1; index < glyphs.length; index += 1) {
        const glyph = glyphs[index];
        const before = round(pending - glyph.xOffset * scale);
        if (before !== 0) {
          if (!adjusted) head = open;
          else if (open.length > 0) middle += `(${open}) `;
          adjusted = true;
          middle += `${pdfNumber(before)} `;
          open = '';
        }
        open += literalCode(glyph.id);
        pending = (glyph.width - glyph.advance) * scale + glyph.xOffset * scale;
      }
      piece = { firstShift: first.xOffset * scale, firstCode: literalCode(first.id), head: adjusted ? head : open, middle, tail: adjusted ? open : '', pending };
    }
    if (known.size >= MAX_PIECES) known.clear();
    known.set(word, piece);
    return piece;
  }
}
