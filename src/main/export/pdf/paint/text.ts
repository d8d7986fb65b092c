// Painting text into a PDF page with kerning. pdf-lib's drawText() shows the
// glyphs at their plain advance widths, so the kerning the measurer counted
// would be lost and text would no longer end where layout said. Here each
// text item is shaped by the same shaper as the measurer and shown with one
// TJ array: glyph codes from the embedded (subset) font, and between glyphs
// the difference between the kerned advance and the glyph's own width, in
// thousandths of an em. The painted advance therefore equals the measured
// width. Glyph codes come from pdf-lib's own encoder, so its ToUnicode map
// carries every glyph's characters (a ligature extracts as "ff", "ft").
// Combining marks keep their horizontal offset onto the letter; a vertical
// offset (rare: the report fonts compose accented letters) is not applied.
// Characters the face lacks are set in the fallback face (DejaVu Sans), piece
// by piece as the measurer cut them, each piece starting where the previous
// one's measured advance ends.

import {
  PDFArray,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
} from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { FALLBACK_FEATURES, FONT_FACES, faceRuns, faceShaper, fontBytes, fontkit } from '../layout/fonts';
import type { ShapedGlyph } from '../layout/shaper';
import type { PageItem, ShapingFace } from '../layout/types';

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

export class PdfFonts {
  private readonly pageKeys = new WeakMap<PDFPage, Map<ShapingFace, PDFName>>();
  private readonly codes = new Map<ShapingFace, Map<number, string | null>>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: ReadonlyMap<ShapingFace, PDFFont>,
  ) {}

  /** Embeds the faces (the five report faces unless told which; 'fallback' only when asked) as subset TrueType fonts. */
  static async embed(doc: PDFDocument, faces: readonly ShapingFace[] = FONT_FACES): Promise<PdfFonts> {
    doc.registerFontkit(fontkit);
    const fonts = new Map<ShapingFace, PDFFont>();
    for (const face of new Set(faces)) {
      const customName = `${subsetTag(face)}+${faceShaper(face).postscriptName}`;
      const features = face === 'fallback' ? FALLBACK_FEATURES : undefined;
      fonts.set(face, await doc.embedFont(fontBytes(face), { subset: true, customName, features }));
    }
    return new PdfFonts(doc, fonts);
  }

  /** The embedded font of a face. */
  font(face: ShapingFace): PDFFont {
    const font = this.fonts.get(face);
    if (!font) throw new AppError('INTERNAL', { reason: `font face ${face} not embedded` });
    return font;
  }

  /** Paints one text item; its position is top-left based and flipped here with the page height. */
  drawText(page: PDFPage, item: TextItem, pageHeight: number): void {
    if (item.text.length === 0) return;
    const { face, size, color } = item.style;
    const y = pageHeight - item.baseline;
    const operators = [pushGraphicsState(), beginText(), setFillingRgbColor(color[0], color[1], color[2])];
    let x = item.x;
    for (const run of faceRuns(item.text, face)) {
      if (run.text.length === 0) continue;
      const runShaper = faceShaper(run.face);
      const glyphs = runShaper.shape(run.text);
      operators.push(
        setFontAndSize(this.fontKey(page, run.face), size),
        setTextMatrix(1, 0, 0, 1, x, y),
        PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.adjustedText(run.face, glyphs, 1000 / runShaper.unitsPerEm, run.text)]),
      );
      x += (runShaper.width(run.text) * size) / runShaper.unitsPerEm;
    }
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
    const shaper = faceShaper(face);
    if (item.style.underline) {
      const scale = size / shaper.unitsPerEm;
      const thickness = Math.max(0.4, shaper.underlineThickness * scale);
      const underlineY = y + shaper.underlinePosition * scale;
      page.drawLine({
        start: { x: item.x, y: underlineY },
        end: { x: item.x + item.width, y: underlineY },
        thickness,
        color: rgb(color[0], color[1], color[2]),
      });
    }
  }

  /** The TJ array: runs of glyph codes with the kerning (and mark offsets) between them. */
  private adjustedText(face: ShapingFace, glyphs: readonly ShapedGlyph[], scale: number, text: string): PDFArray {
    const array = PDFArray.withContext(this.doc.context);
    const codes = this.glyphCodes(face, glyphs);
    if (!codes) {
      // Glyphs the encoder cannot be asked for one by one: pdf-lib's own encoding, unkerned.
      array.push(this.font(face).encodeText(text));
      return array;
    }
    let hex = '';
    let pending = 0;
    glyphs.forEach((glyph, index) => {
      // A TJ number moves the next glyph left by n/1000 em: negative numbers move it right.
      const before = round(pending - glyph.xOffset * scale);
      if (before !== 0) {
        if (hex.length > 0) array.push(PDFHexString.of(hex));
        hex = '';
        array.push(PDFNumber.of(before));
      }
      hex += codes[index];
      pending = (glyph.width - glyph.advance) * scale + glyph.xOffset * scale;
    });
    if (hex.length > 0) array.push(PDFHexString.of(hex));
    return array;
  }

  /** Each glyph's code in the subset font, or null when one cannot be had on its own. */
  private glyphCodes(face: ShapingFace, glyphs: readonly ShapedGlyph[]): string[] | null {
    let known = this.codes.get(face);
    if (!known) {
      known = new Map();
      this.codes.set(face, known);
    }
    const shaper = faceShaper(face);
    const out: string[] = [];
    for (const glyph of glyphs) {
      let code = known.get(glyph.id);
      if (code === undefined) {
        const standalone = shaper.standaloneText(glyph);
        code = standalone === null ? null : this.font(face).encodeText(standalone).asString();
        if (code !== null && code.length !== 4) code = null;
        known.set(glyph.id, code);
      }
      if (code === null) return this.wholeTextCodes(face, glyphs);
      out.push(code);
    }
    return out;
  }

  /** Codes for the whole text from pdf-lib's encoder, when they line up with the shaped glyphs. */
  private wholeTextCodes(face: ShapingFace, glyphs: readonly ShapedGlyph[]): string[] | null {
    const hex = this.font(face).encodeText(glyphs.map((glyph) => glyph.text).join('')).asString();
    if (hex.length !== glyphs.length * 4) return null;
    const out: string[] = [];
    for (let index = 0; index < hex.length; index += 4) out.push(hex.slice(index, index + 4));
    return out;
  }

  private fontKey(page: PDFPage, face: ShapingFace): PDFName {
    let keys = this.pageKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.pageKeys.set(page, keys);
    }
    let key = keys.get(face);
    if (!key) {
      const font = this.font(face);
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(face, key);
    }
    return key;
  }
}
