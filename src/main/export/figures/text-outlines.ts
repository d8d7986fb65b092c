// Figure texts as glyph outlines, so the rasteriser needs no font engine:
// Source Sans 3 (regular or bold) with its pair kerning, and DejaVu Sans for
// the characters Source Sans 3 lacks (as the PDF sets figure texts), read by
// our small TrueType reader. Level text is stamped from glyph masks, each
// glyph rasterised once per size and quarter-pixel phase. Fonts are read once
// per process, when the first figure is drawn; a missing or unreadable font
// file is a coded error.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { fontDir } from './assets';
import { Outline } from './outline';
import { type Mask, Raster } from './raster';
import { TrueTypeFont } from './truetype';

type Face = 'regular' | 'bold' | 'fallback';

const FACE_FILES: Readonly<Record<Face, string>> = {
  regular: 'SourceSans3-Regular.ttf',
  bold: 'SourceSans3-Bold.ttf',
  fallback: 'DejaVuSans.ttf',
};

const fonts = new Map<Face, TrueTypeFont>();

function fontOf(face: Face): TrueTypeFont {
  let font = fonts.get(face);
  if (!font) {
    const fileName = FACE_FILES[face];
    try {
      font = new TrueTypeFont(new Uint8Array(readFileSync(path.join(fontDir(), fileName))));
    } catch (error) {
      throw new AppError('EXPORT_FIGURE_FONT_MISSING', { fileName }, { cause: error });
    }
    fonts.set(face, font);
  }
  return font;
}

/** One glyph placed along the text, in the caller's units. */
export interface PlacedGlyph {
  font: TrueTypeFont;
  id: number;
  /** Pen position along the baseline from the text's start. */
  x: number;
  /** Caller's units per font unit. */
  scale: number;
}

export interface SetText {
  glyphs: PlacedGlyph[];
  /** The advance of the whole text in the caller's units. */
  width: number;
}

const isSpace = (codePoint: number) => codePoint === 0x20 || codePoint === 0xa0 || (codePoint >= 0x2000 && codePoint <= 0x200b);

/**
 * Sets `text` in the regular or bold face at `size` (in the caller's units):
 * composed form (NFC), one glyph per character, kerning between neighbours in
 * the same font, the fallback font for characters the face lacks.
 */
export function setText(text: string, bold: boolean, size: number): SetText {
  const primary = fontOf(bold ? 'bold' : 'regular');
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  let previous: PlacedGlyph | null = null;
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    let font = primary;
    let id = primary.glyphId(codePoint);
    if (id === 0 && !isSpace(codePoint)) {
      const fallback = fontOf('fallback');
      const other = fallback.glyphId(codePoint);
      if (other !== 0) {
        font = fallback;
        id = other;
      }
    }
    const scale = size / font.unitsPerEm;
    if (previous && previous.font === font) pen += font.kerning(previous.id, id) * scale;
    const glyph: PlacedGlyph = { font, id, x: pen, scale };
    glyphs.push(glyph);
    pen += font.advance(id) * scale;
    previous = glyph;
  }
  return { glyphs, width: pen };
}

/**
 * Adds the set text's outlines to `outline`. (originX, originY) is the start
 * of the baseline; the advance runs along (ux, uy) and "up" in the glyph is
 * (vx, vy), both unit vectors in the outline's coordinates.
 */
export function addTextOutline(outline: Outline, set: SetText, originX: number, originY: number, ux: number, uy: number, vx: number, vy: number): void {
  for (const glyph of set.glyphs) addGlyphOutline(outline, glyph, originX + glyph.x * ux, originY + glyph.x * uy, ux, uy, vx, vy);
}

function addGlyphOutline(outline: Outline, glyph: PlacedGlyph, baseX: number, baseY: number, ux: number, uy: number, vx: number, vy: number): void {
  const { xs, ys, onCurve, ends } = glyph.font.outline(glyph.id);
  if (ends.length === 0) return;
  const k = glyph.scale;
  const px = (index: number) => baseX + xs[index] * k * ux + ys[index] * k * vx;
  const py = (index: number) => baseY + xs[index] * k * uy + ys[index] * k * vy;
  let first = 0;
  for (const last of ends) {
    traceContour(outline, first, last, onCurve, px, py);
    first = last + 1;
  }
}

/** Glyphs are placed to this fraction of a pixel along the baseline, so each is rasterised once per size and phase. */
export const SUBPIXELS = 4;
const MAX_MASKS = 20_000;
/** Per font and size (font units to pixels), the masks by glyph id × SUBPIXELS + phase. */
const masks = new Map<TrueTypeFont, Map<number, Mask[]>>();
let maskCount = 0;
const scratchOutline = new Outline();

/**
 * The coverage of a level glyph whose origin lies `phase` / SUBPIXELS of a
 * pixel right of a pixel corner on the baseline, kept per process: the same
 * glyph at the same size and phase is rasterised once. Baselines are whole
 * pixels (as a hinting rasteriser places them), so there is no vertical phase.
 */
export function glyphMask(glyph: PlacedGlyph, phase: number): Mask {
  let perFont = masks.get(glyph.font);
  if (!perFont) {
    perFont = new Map();
    masks.set(glyph.font, perFont);
  }
  let perSize = perFont.get(glyph.scale);
  if (!perSize) {
    perSize = [];
    perFont.set(glyph.scale, perSize);
  }
  const slot = glyph.id * SUBPIXELS + phase;
  let mask = perSize[slot];
  if (!mask) {
    if (maskCount >= MAX_MASKS) {
      masks.clear();
      maskCount = 0;
    }
    addGlyphOutline(scratchOutline.reset(), glyph, phase / SUBPIXELS, 0, 1, 0, 0, -1);
    mask = Raster.mask(scratchOutline);
    scratchOutline.reset();
    perSize[slot] = mask;
    maskCount += 1;
  }
  return mask;
}

/**
 * One TrueType contour: on-curve points are joined by lines, an off-curve
 * point is the control point of a quadratic curve, and between two off-curve
 * points lies an implied on-curve point halfway.
 */
function traceContour(outline: Outline, first: number, last: number, onCurve: boolean[], px: (index: number) => number, py: (index: number) => number): void {
  const count = last - first + 1;
  if (count < 2) return;
  let startAt = -1;
  for (let index = first; index <= last; index += 1) {
    if (onCurve[index]) {
      startAt = index;
      break;
    }
  }
  let startX: number;
  let startY: number;
  if (startAt < 0) {
    // Every point is a control point: start halfway between the first two.
    startAt = first;
    startX = (px(first) + px(first + 1)) / 2;
    startY = (py(first) + py(first + 1)) / 2;
  } else {
    startX = px(startAt);
    startY = py(startAt);
  }
  outline.moveTo(startX, startY);
  let controlX = 0;
  let controlY = 0;
  let pending = false;
  for (let step = 1; step <= count; step += 1) {
    const index = first + ((startAt - first + step) % count);
    const x = px(index);
    const y = py(index);
    if (onCurve[index]) {
      if (pending) outline.quadTo(controlX, controlY, x, y);
      else outline.lineTo(x, y);
      pending = false;
    } else {
      if (pending) outline.quadTo(controlX, controlY, (controlX + x) / 2, (controlY + y) / 2);
      controlX = x;
      controlY = y;
      pending = true;
    }
  }
  if (pending) outline.quadTo(controlX, controlY, startX, startY);
  outline.close();
}
