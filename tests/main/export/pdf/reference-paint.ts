// The reference the page painter is compared with: pages painted the way the
// painter did before it wrote content as text, through pdf-lib's draw
// methods and PDFOperator objects (one q/BT … ET/Q per text, colour and font
// repeated, glyph codes from pdf-lib's encodeText as hex strings, pako for
// compression, fonts embedded and subset by pdf-lib's embedFont with
// fontkit). Slow, but built only from pdf-lib's public API, so a page it
// paints is what pdf-lib itself makes of the same layout.

import {
  type Color,
  PDFArray,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFImage,
  type PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  beginText,
  concatTransformationMatrix,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
} from 'pdf-lib';
import type { Drawing, RectShape, TextShape } from '../../../../src/main/export/figures/drawing';
import { textStart } from '../../../../src/main/export/figures/drawing';
import { FALLBACK_FEATURES, faceRuns, faceShaper, fontBytes, fontkit } from '../../../../src/main/export/pdf/layout/fonts';
import type { ShapedGlyph } from '../../../../src/main/export/pdf/layout/shaper';
import { A4, type FontFace, type PageFrame, type Rgb, type ShapingFace } from '../../../../src/main/export/pdf/layout/types';
import { type DrawingBox, type DrawingText, drawingTextItem, hexToRgb } from '../../../../src/main/export/pdf/paint/drawing';
import { subsetTag, type TextItem } from '../../../../src/main/export/pdf/paint/text';

const round = (value: number): number => Math.round(value * 1000) / 1000;
const color = (value: Rgb): Color => rgb(value[0], value[1], value[2]);
const pdfColour = (hex: string): Color => color(hexToRgb(hex));

/** Every face the pages and figures set text in (the fallback only when some text needs it): an unused face would add an empty font. */
export function facesUsed(pages: readonly PageFrame[], drawings: ReadonlyMap<string, Drawing>): ShapingFace[] {
  const faces = new Set<ShapingFace>();
  const add = (text: string, face: FontFace) => {
    if (text === '') return;
    for (const run of faceRuns(text, face)) if (run.text !== '') faces.add(run.face);
  };
  for (const frame of pages) for (const item of frame.items) if (item.kind === 'text') add(item.text, item.style.face);
  for (const drawing of drawings.values()) for (const shape of drawing.shapes) if (shape.kind === 'text') add(shape.text, shape.bold ? 'bold' : 'regular');
  return [...faces];
}

/** The faces as pdf-lib embeds them: subset TrueType fonts named as the report names them. */
class ReferenceFonts {
  private constructor(private readonly fonts: ReadonlyMap<ShapingFace, PDFFont>) {}

  static async embed(doc: PDFDocument, faces: readonly ShapingFace[]): Promise<ReferenceFonts> {
    doc.registerFontkit(fontkit);
    const fonts = new Map<ShapingFace, PDFFont>();
    for (const face of new Set(faces)) {
      const customName = `${subsetTag(face)}+${faceShaper(face).postscriptName}`;
      const features = face === 'fallback' ? FALLBACK_FEATURES : undefined;
      fonts.set(face, await doc.embedFont(fontBytes(face), { subset: true, customName, features }));
    }
    return new ReferenceFonts(fonts);
  }

  font(face: ShapingFace): PDFFont {
    const font = this.fonts.get(face);
    if (!font) throw new Error(`font face ${face} not embedded`);
    return font;
  }
}

class ReferenceText {
  private readonly pageKeys = new WeakMap<PDFPage, Map<ShapingFace, PDFName>>();
  private readonly codes = new Map<ShapingFace, Map<number, string | null>>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: ReferenceFonts,
  ) {}

  drawText(page: PDFPage, item: TextItem, pageHeight: number): void {
    if (item.text.length === 0) return;
    const { face, size, color: fill } = item.style;
    const y = pageHeight - item.baseline;
    const operators = [pushGraphicsState(), beginText(), setFillingRgbColor(fill[0], fill[1], fill[2])];
    let x = item.x;
    for (const run of faceRuns(item.text, face)) {
      if (run.text.length === 0) continue;
      const shaper = faceShaper(run.face);
      const glyphs = shaper.shape(run.text);
      operators.push(
        setFontAndSize(this.fontKey(page, run.face), size),
        setTextMatrix(1, 0, 0, 1, x, y),
        PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.adjustedText(run.face, glyphs, 1000 / shaper.unitsPerEm, run.text)]),
      );
      x += (shaper.width(run.text) * size) / shaper.unitsPerEm;
    }
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
    if (item.style.underline) {
      const shaper = faceShaper(face);
      const scale = size / shaper.unitsPerEm;
      const underlineY = y + shaper.underlinePosition * scale;
      page.drawLine({ start: { x: item.x, y: underlineY }, end: { x: item.x + item.width, y: underlineY }, thickness: Math.max(0.4, shaper.underlineThickness * scale), color: color(fill) });
    }
  }

  private adjustedText(face: ShapingFace, glyphs: readonly ShapedGlyph[], scale: number, text: string): PDFArray {
    const array = PDFArray.withContext(this.doc.context);
    const codes = this.glyphCodes(face, glyphs);
    if (!codes) {
      array.push(this.fonts.font(face).encodeText(text));
      return array;
    }
    let hex = '';
    let pending = 0;
    glyphs.forEach((glyph, index) => {
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

  private glyphCodes(face: ShapingFace, glyphs: readonly ShapedGlyph[]): string[] | null {
    let known = this.codes.get(face);
    if (!known) {
      known = new Map();
      this.codes.set(face, known);
    }
    const out: string[] = [];
    for (const glyph of glyphs) {
      let code = known.get(glyph.id);
      if (code === undefined) {
        const standalone = faceShaper(face).standaloneText(glyph);
        code = standalone === null ? null : this.fonts.font(face).encodeText(standalone).asString();
        if (code !== null && code.length !== 4) code = null;
        known.set(glyph.id, code);
      }
      if (code === null) return this.wholeTextCodes(face, glyphs);
      out.push(code);
    }
    return out;
  }

  private wholeTextCodes(face: ShapingFace, glyphs: readonly ShapedGlyph[]): string[] | null {
    const hex = this.fonts.font(face).encodeText(glyphs.map((glyph) => glyph.text).join('')).asString();
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
      const font = this.fonts.font(face);
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(face, key);
    }
    return key;
  }
}

function roundedRectPath(left: number, top: number, width: number, height: number, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  const k = r * (1 - 0.5523);
  const right = left + width;
  const bottom = top + height;
  return [
    `M ${left + r} ${top}`,
    `H ${right - r}`,
    `C ${right - k} ${top} ${right} ${top + k} ${right} ${top + r}`,
    `V ${bottom - r}`,
    `C ${right} ${bottom - k} ${right - k} ${bottom} ${right - r} ${bottom}`,
    `H ${left + r}`,
    `C ${left + k} ${bottom} ${left} ${bottom - k} ${left} ${bottom - r}`,
    `V ${top + r}`,
    `C ${left} ${top + k} ${left + k} ${top} ${left + r} ${top}`,
    'Z',
  ].join(' ');
}

function referenceDrawing(page: PDFPage, drawing: Drawing, box: DrawingBox, pageHeight: number, text: (placed: DrawingText) => void): void {
  if (!(drawing.width > 0 && drawing.height > 0 && box.width > 0 && box.height > 0)) return;
  const scale = Math.min(box.width / drawing.width, box.height / drawing.height);
  const originX = box.x + (box.width - drawing.width * scale) / 2;
  const originY = box.y + (box.height - drawing.height * scale) / 2;
  const px = (x: number) => originX + x * scale;
  const top = (y: number) => originY + y * scale;
  const pdfY = (y: number) => pageHeight - top(y);
  const paintRect = (shape: RectShape) => {
    if (!shape.fill && !shape.stroke) return;
    const fill = shape.fill ? { color: pdfColour(shape.fill) } : {};
    const stroke = shape.stroke ? { borderColor: pdfColour(shape.stroke), borderWidth: (shape.strokeWidth ?? 1) * scale } : { borderWidth: 0 };
    if (shape.radius && shape.radius > 0) {
      page.drawSvgPath(roundedRectPath(px(shape.x), top(shape.y), shape.width * scale, shape.height * scale, shape.radius * scale), { x: 0, y: pageHeight, ...fill, ...stroke });
      return;
    }
    page.drawRectangle({ x: px(shape.x), y: pdfY(shape.y + shape.height), width: shape.width * scale, height: shape.height * scale, ...fill, ...stroke });
  };
  const paintText = (shape: TextShape) => {
    if (shape.text === '') return;
    const placed: DrawingText = { x: px(textStart(shape)), baseline: top(shape.y), text: shape.text, size: shape.size * scale, bold: shape.bold, color: hexToRgb(shape.color), width: shape.width * scale };
    if (!shape.upright) {
      text(placed);
      return;
    }
    const ax = px(shape.x);
    const ay = pdfY(shape.y);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(0, 1, -1, 0, ax + ay, ay - ax));
    text(placed);
    page.pushOperators(popGraphicsState());
  };
  for (const shape of drawing.shapes) {
    if (shape.kind === 'rect') paintRect(shape);
    else if (shape.kind === 'line') {
      page.drawLine({ start: { x: px(shape.x1), y: pdfY(shape.y1) }, end: { x: px(shape.x2), y: pdfY(shape.y2) }, thickness: shape.width * scale, color: pdfColour(shape.color) });
    } else if (shape.kind === 'circle') {
      if (!shape.fill && !shape.stroke) continue;
      page.drawCircle({
        x: px(shape.cx),
        y: pdfY(shape.cy),
        size: shape.r * scale,
        ...(shape.fill ? { color: pdfColour(shape.fill) } : {}),
        ...(shape.stroke ? { borderColor: pdfColour(shape.stroke), borderWidth: (shape.strokeWidth ?? 1) * scale } : { borderWidth: 0 }),
      });
    } else paintText(shape);
  }
}

/** Paints the laid-out pages into `pdf` the reference way (fonts embedded as the report embeds them). */
export async function referencePaint(pdf: PDFDocument, pages: readonly PageFrame[], drawings: ReadonlyMap<string, Drawing>, logo: PDFImage | null): Promise<void> {
  const fonts = await ReferenceFonts.embed(pdf, facesUsed(pages, drawings));
  const text = new ReferenceText(pdf, fonts);
  for (const frame of pages) {
    const page = pdf.addPage([A4.width, A4.height]);
    const height = page.getHeight();
    for (const item of frame.items) {
      if (item.kind === 'text') text.drawText(page, item, height);
      else if (item.kind === 'rect') {
        page.drawRectangle({
          x: item.x,
          y: height - item.y - item.height,
          width: item.width,
          height: item.height,
          ...(item.fill ? { color: color(item.fill) } : {}),
          ...(item.stroke ? { borderColor: color(item.stroke), borderWidth: item.lineWidth ?? 0.5 } : { borderWidth: 0 }),
        });
      } else if (item.kind === 'line') {
        page.drawLine({ start: { x: item.x1, y: height - item.y1 }, end: { x: item.x2, y: height - item.y2 }, thickness: item.width, color: color(item.color) });
      } else if (item.kind === 'figure') {
        const drawing = drawings.get(item.ref.figureBlockId);
        if (drawing) referenceDrawing(page, drawing, item, height, (placed) => text.drawText(page, drawingTextItem(placed), height));
      } else if (item.kind === 'logo' && logo) {
        page.drawImage(logo, { x: item.x, y: height - item.y - item.height, width: item.width, height: item.height });
      }
    }
  }
}
