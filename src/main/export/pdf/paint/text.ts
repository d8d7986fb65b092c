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
// A face is embedded when text is first painted in it, so the document gets
// exactly the fonts its pages use without a pass over the text beforehand.

import type { PDFDocument } from 'pdf-lib';
import { FALLBACK_FILE, FONT_FACES, FONT_FILES, type FaceRun, faceRuns, faceShaper, fontBytes } from '../layout/fonts';
import type { FaceShaper, ShapedGlyph } from '../layout/shaper';
import type { FontFace, PageItem, ShapingFace } from '../layout/types';
import { literalCode, type PageContent, pdfNumber } from './content';
import { EmbeddedFont } from './font-embed';

export type TextItem = Extract<PageItem, { kind: 'text' }>;

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

/** Whether the face has every character of `text`, known without a look at each character when they are all common ones. */
function coversAll(text: string, face: FontFace): boolean {
  let common = coversCommon.get(face);
  if (common === undefined) {
    const shaper = faceShaper(face);
    common = COMMON_RANGES.every(([from, to]) => {
      for (let codePoint = from; codePoint <= to; codePoint += 1) if (!shaper.covers(codePoint)) return false;
      return true;
    });
    coversCommon.set(face, common);
  }
  return common && COMMON_TEXT.test(text);
}

/**
 * `text` cut into the pieces the face and the fallback set, as faceRuns() cuts it; text made
 * only of characters the face is known to have (checked once per face) is one piece, without
 * a look at each character.
 */
export function paintRuns(text: string, face: FontFace): FaceRun[] {
  return coversAll(text, face) ? [{ face, text }] : faceRuns(text, face);
}

/**
 * A word's part of a TJ array (or a space's, or a word's followed by a space), worked out
 * once per face: the first glyph's offset (the kerning pending from before it applies
 * there), and its elements as they continue an open literal string (`cont`) or open one
 * (`start`). Its last glyph's code always ends it, so a literal string is open after it.
 */
interface WordPiece {
  /** The first glyph's horizontal mark offset, in thousandths of an em. */
  firstShift: number;
  /**
   * The glyph codes up to the first adjustment; when there are adjustments, then ") ", the
   * elements up to the last one (each followed by a space) and "(" with the codes after it.
   */
  cont: string;
  /** "(" and `cont`: the same when no literal string is open. */
  start: string;
  /** What the last glyph leaves pending for the next one. */
  pending: number;
}

/** A word's glyphs and its pieces on its own and with a space after it (the latter made on first need). */
interface WordEntry {
  glyphs: readonly ShapedGlyph[];
  alone: WordPiece;
  spaced: WordPiece | undefined;
}

/** Bounded memo size per face: beyond it the memo starts afresh. */
const MAX_PIECES = 100_000;

/** Each face's resource name, the same on every page. */
const RESOURCE_NAMES: Readonly<Record<ShapingFace, string>> = { regular: 'F1', italic: 'F2', bold: 'F3', boldItalic: 'F4', semibold: 'F5', fallback: 'F6' };

/** What painting needs of one face, looked up once: its font in the document, its shaper and its memo of pieces. */
interface PaintFace {
  readonly face: ShapingFace;
  readonly font: EmbeddedFont;
  readonly shaper: FaceShaper;
  /** Thousandths of an em per font unit. */
  readonly scale: number;
  /** Each word's glyphs and pieces (null for a word without glyphs). */
  readonly words: Map<string, WordEntry | null>;
  /** The space's glyphs and piece, once one was painted. */
  space: { glyphs: readonly ShapedGlyph[]; piece: WordPiece } | undefined;
}

export class PdfFonts {
  private readonly faces = new Map<ShapingFace, PaintFace>();

  /** Fonts for `doc` that embed each face the first time text is painted in it, so an unused face adds nothing to the file. */
  constructor(private readonly doc: PDFDocument) {}

  /**
   * Embeds the faces (the five report faces unless told which) as subset TrueType fonts
   * straight away; any other face is embedded on its first use. Glyphs and widths are
   * written when the document is saved.
   */
  static embed(doc: PDFDocument, faces: readonly ShapingFace[] = FONT_FACES): Promise<PdfFonts> {
    const fonts = new PdfFonts(doc);
    for (const face of faces) fonts.paintFace(face);
    return Promise.resolve(fonts);
  }

  /** The embedded font of a face (embedded now if it was not yet). */
  font(face: ShapingFace): EmbeddedFont {
    return this.paintFace(face).font;
  }

  private paintFace(face: ShapingFace): PaintFace {
    let known = this.faces.get(face);
    if (!known) {
      const shaper = faceShaper(face);
      const baseFontName = `${subsetTag(face)}+${shaper.postscriptName}`;
      const fileName = face === 'fallback' ? FALLBACK_FILE : FONT_FILES[face];
      const font = new EmbeddedFont(this.doc.context, { bytes: fontBytes(face), fileName, baseFontName, resourceName: RESOURCE_NAMES[face] });
      known = { face, font, shaper, scale: 1000 / shaper.unitsPerEm, words: new Map(), space: undefined };
      this.faces.set(face, known);
    }
    return known;
  }

  /** Paints one text item into the page's content; its position is top-left based and flipped here. */
  drawText(content: PageContent, item: TextItem): void {
    const text = item.text;
    if (text.length === 0) return;
    const { face, size, color } = item.style;
    const y = content.height - item.baseline;
    const sizeText = pdfNumber(size);
    content.beginText();
    content.textColor(color);
    if (coversAll(text, face)) {
      // Most texts: one piece in the item's own face.
      const paint = this.paintFace(face);
      content.showText(paint.font, sizeText, item.x, y, this.adjustedText(paint, text));
    } else {
      let x = item.x;
      const runs = faceRuns(text, face);
      for (let index = 0; index < runs.length; index += 1) {
        const run = runs[index];
        if (run.text.length === 0) continue;
        const paint = this.paintFace(run.face);
        content.showText(paint.font, sizeText, x, y, this.adjustedText(paint, run.text));
        // The next piece starts where this one's measured advance ends (the last piece needs no end).
        if (index + 1 < runs.length) x += (paint.shaper.width(run.text) * size) / paint.shaper.unitsPerEm;
      }
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
   * out once per word (a word followed by a space is one piece): exactly what the whole
   * text's glyphs would give.
   */
  private adjustedText(paint: PaintFace, text: string): string {
    let out = '';
    /** Whether `out` ends inside a literal string. */
    let open = false;
    let pending = 0;
    let start = 0;
    while (start < text.length) {
      const space = text.indexOf(' ', start);
      let piece: WordPiece | null;
      if (space === start) piece = this.spaceOf(paint).piece;
      else {
        const entry = this.wordEntry(paint, space < 0 ? text.slice(start) : text.slice(start, space));
        if (space < 0) piece = entry === null ? null : entry.alone;
        else if (entry === null) piece = this.spaceOf(paint).piece;
        else piece = entry.spaced ?? (entry.spaced = this.piece(paint, [...entry.glyphs, ...this.spaceOf(paint).glyphs]));
      }
      if (piece !== null) {
        // A TJ number moves the next glyph left by n/1000 em: negative numbers move it right.
        if (pending !== piece.firstShift) {
          const before = round(pending - piece.firstShift);
          if (before !== 0) {
            out += open ? `) ${pdfNumber(before)} ` : `${pdfNumber(before)} `;
            open = false;
          }
        }
        out += open ? piece.cont : piece.start;
        open = true;
        pending = piece.pending;
      }
      if (space < 0) break;
      start = space + 1;
    }
    return open ? `${out}) ` : out;
  }

  /** A word's glyphs and pieces (no spaces in it), worked out once per face. */
  private wordEntry(paint: PaintFace, word: string): WordEntry | null {
    const known = paint.words;
    let entry = known.get(word);
    if (entry !== undefined) return entry;
    const glyphs = paint.shaper.shape(word);
    entry = glyphs.length > 0 ? { glyphs, alone: this.piece(paint, glyphs), spaced: undefined } : null;
    if (known.size >= MAX_PIECES) known.clear();
    known.set(word, entry);
    return entry;
  }

  /** The space's glyphs and piece in the face. */
  private spaceOf(paint: PaintFace): { glyphs: readonly ShapedGlyph[]; piece: WordPiece } {
    if (!paint.space) {
      const glyphs = paint.shaper.shape(' ');
      paint.space = { glyphs, piece: this.piece(paint, glyphs) };
    }
    return paint.space;
  }

  /** The TJ piece of glyphs (at least one), which are recorded in the face's font. */
  private piece(paint: PaintFace, glyphs: readonly ShapedGlyph[]): WordPiece {
    const { font, scale } = paint;
    for (const glyph of glyphs) font.use(glyph.id, glyph.text, glyph.width);
    const first = glyphs[0];
    let pending = (first.width - first.advance) * scale + first.xOffset * scale;
    let cont = literalCode(first.id);
    let open = '';
    let adjusted = false;
    for (let index = 1; index < glyphs.length; index += 1) {
      const glyph = glyphs[index];
      const before = round(pending - glyph.xOffset * scale);
      if (before !== 0) {
        cont += adjusted ? `(${open}) ` : `${open}) `;
        adjusted = true;
        cont += `${pdfNumber(before)} `;
        open = '';
      }
      open += literalCode(glyph.id);
      pending = (glyph.width - glyph.advance) * scale + glyph.xOffset * scale;
    }
    // Codes after the last adjustment (never none: each glyph's code follows its adjustment) stay open.
    cont += adjusted ? `(${open}` : open;
    return { firstShift: first.xOffset * scale, cont, start: `(${cont}`, pending };
  }
}
