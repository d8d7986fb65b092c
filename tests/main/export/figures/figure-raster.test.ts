// The figure rasteriser against independent references: coverage of boxes,
// circles and outlines from geometry, our TrueType reader against fontkit
// (the engine the PDF sets text with), and whole figures against resvg
// painting the same drawing as SVG (the previous way of making these pictures).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Drawing } from '../../../../src/main/export/figures/drawing';
import { rasteriseDrawing } from '../../../../src/main/export/figures/drawing-raster';
import { figureDrawing } from '../../../../src/main/export/figures/figure-drawing';
import { figurePng, svgToPng } from '../../../../src/main/export/figures/figure-png';
import { figureSvg } from '../../../../src/main/export/figures/figure-svg';
import { encodePalettePng } from '../../../../src/main/export/figures/png-encode';
import { Outline } from '../../../../src/main/export/figures/outline';
import { LEVELS, MAX_COLOURS, Raster } from '../../../../src/main/export/figures/raster';
import { setText } from '../../../../src/main/export/figures/text-outlines';
import { TrueTypeFont } from '../../../../src/main/export/figures/truetype';
import { decodePng } from './png-decode';
import { type SampleFigures, sampleFigures } from './sample-figures';

const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;
const fontsDir = resolve(__dirname, '..', '..', '..', '..', 'resources', 'fonts');
const fontFile = (name: string) => new Uint8Array(readFileSync(resolve(fontsDir, name)));

/** Coverage (0…1) of every pixel in a row: how far the pixel's colour moved from white towards the ink. */
function coverageRow(raster: Raster, y: number, ink: number): number[] {
  const inkRed = (ink >>> 16) & 0xff;
  return Array.from({ length: raster.width }, (_, x) => (255 - ((raster.colourAt(x, y) >>> 16) & 0xff)) / (255 - inkRed));
}

/** Pixels (as "x,y") whose colours differ between two rasters of one size. */
function differentPixels(a: Raster, b: Raster): string[] {
  const out: string[] = [];
  for (let y = 0; y < a.height; y += 1) for (let x = 0; x < a.width; x += 1) if (a.colourAt(x, y) !== b.colourAt(x, y)) out.push(`${x},${y}`);
  return out;
}

function inkedPixels(raster: Raster): number {
  let count = 0;
  for (let y = 0; y < raster.height; y += 1) for (let x = 0; x < raster.width; x += 1) if (raster.colourAt(x, y) !== 0xffffff) count += 1;
  return count;
}

describe('Raster', () => {
  it('paints a box with exact coverage at fractional edges', () => {
    const raster = new Raster(6, 3);
    raster.paintBox(0.5, 0, 3.25, 3, 0x000000);
    const row = coverageRow(raster, 1, 0x000000);
    expect(row.map((value) => Math.round(value * LEVELS))).toEqual([LEVELS / 2, LEVELS, LEVELS, LEVELS / 4, 0, 0]);
  });

  it('fills an outline with the same coverage as the box painter', () => {
    const boxed = new Raster(20, 12);
    boxed.paintBox(2.3, 1.6, 15.7, 9.2, 0x1f6f8b);
    const outline = new Outline();
    outline.rect(2.3, 1.6, 15.7 - 2.3, 9.2 - 1.6);
    const filled = new Raster(20, 12);
    filled.fill(outline, 0x1f6f8b);
    for (let y = 0; y < 12; y += 1) for (let x = 0; x < 20; x += 1) expect(filled.colourAt(x, y), `${x},${y}`).toBe(boxed.colourAt(x, y));
  });

  it('paints boxes and stroked boxes exactly as filling their outlines would', () => {
    const coordinate = fc.integer({ min: -40, max: 520 }).map((quarter) => quarter / 4);
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, fc.option(fc.integer({ min: 1, max: 12 }).map((eighths) => eighths / 8)), (a, b, c, d, stroke) => {
        const [x0, x1] = a < b ? [a, b] : [b, a];
        const [y0, y1] = c < d ? [c, d] : [d, c];
        fc.pre(x1 - x0 > 0.1 && y1 - y0 > 0.1);
        const boxed = new Raster(96, 40);
        const outline = new Outline();
        if (stroke === null) {
          boxed.paintBox(x0, y0, x1, y1, 0x1f6f8b);
          outline.rect(x0, y0, x1 - x0, y1 - y0);
        } else {
          fc.pre(x1 - x0 > 2 * stroke && y1 - y0 > 2 * stroke);
          boxed.paintBox(x0, y0, x1, y1, 0x1f6f8b, [x0 + stroke, y0 + stroke, x1 - stroke, y1 - stroke]);
          outline.rect(x0, y0, x1 - x0, y1 - y0);
          const mark = outline.mark;
          outline.rect(x0 + stroke, y0 + stroke, x1 - x0 - 2 * stroke, y1 - y0 - 2 * stroke);
          outline.reverseSince(mark);
        }
        const filled = new Raster(96, 40);
        filled.fill(outline, 0x1f6f8b);
        expect(differentPixels(boxed, filled)).toEqual([]);
      }),
      { numRuns: 200, seed: 20261123 },
    );
  });

  it('paints a rounded rectangle in bands exactly as filling its outline would', () => {
    for (const [x, y, width, height, radius] of [
      [3.3, 2.7, 40.2, 30.55, 2],
      [0, 0, 20, 6, 10],
      [10.5, 5.25, 7, 50, 3.5],
    ]) {
      const drawing: Drawing = { width: 60, height: 60, shapes: [{ kind: 'rect', x, y, width, height, radius, fill: '#8b3a1f' }] };
      const banded = rasteriseDrawing(drawing, 2);
      const outline = new Outline();
      outline.roundedRect(2 * x, 2 * y, 2 * width, 2 * height, 2 * radius);
      const whole = new Raster(banded.width, banded.height);
      whole.fill(outline, 0x8b3a1f);
      expect(differentPixels(banded, whole)).toEqual([]);
    }
  });

  it('leaves the hole of a stroked box untouched and covers the ring', () => {
    const raster = new Raster(30, 30);
    raster.paintBox(4, 4, 26, 26, 0x000000, [6, 6, 24, 24]);
    expect(raster.colourAt(15, 15)).toBe(0xffffff);
    expect(raster.colourAt(5, 15)).toBe(0x000000);
    expect(raster.colourAt(15, 25)).toBe(0x000000);
    expect(raster.colourAt(2, 2)).toBe(0xffffff);
    expect(inkedPixels(raster)).toBe(22 * 22 - 18 * 18);
  });

  it('covers a circle with its area and winds a hole the other way', () => {
    const raster = new Raster(64, 64);
    const outline = new Outline();
    outline.circle(32, 32, 20);
    const mark = outline.mark;
    outline.circle(32, 32, 10);
    outline.reverseSince(mark);
    raster.fill(outline, 0x000000);
    let area = 0;
    for (let y = 0; y < 64; y += 1) for (const value of coverageRow(raster, y, 0x000000)) area += value;
    expect(area).toBeCloseTo(Math.PI * (20 * 20 - 10 * 10), -1);
    expect(raster.colourAt(32, 32)).toBe(0xffffff);
    expect(raster.colourAt(32, 17)).toBe(0x000000);
  });

  it('clips outlines far outside the picture and leaves out shapes placed from bad numbers', () => {
    const raster = new Raster(10, 4);
    const outline = new Outline();
    outline.rect(-1e7, 1, 1e7 + 5, 2);
    raster.fill(outline, 0x000000);
    expect(coverageRow(raster, 1, 0x000000)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(coverageRow(raster, 0, 0x000000).every((value) => value === 0)).toBe(true);
    const drawing: Drawing = {
      width: 40,
      height: 20,
      shapes: [
        { kind: 'rect', x: Number.NaN, y: 0, width: 10, height: 10, fill: '#000000' },
        { kind: 'text', x: Number.POSITIVE_INFINITY, y: 10, text: 'NaN', size: 12, bold: false, color: '#000000', anchor: 'start', width: 10 },
        { kind: 'circle', cx: 10, cy: 10, r: Number.NaN, fill: '#000000' },
      ],
    };
    expect(inkedPixels(rasteriseDrawing(drawing, 2))).toBe(0);
  });

  it('keeps to 256 colours, taking the nearest one when the palette is full', () => {
    const raster = new Raster(400, 1);
    // 400 distinct colours: 0x0000xx for the first 256 columns, then 0x01 in red.
    for (let x = 0; x < 400; x += 1) raster.paintBox(x, 0, x + 1, 1, ((x >> 8) << 16) | (x & 0xff));
    expect(raster.palette.length).toBe(MAX_COLOURS);
    // White and columns 0…254 filled the palette; column 399 (0x01008f) gets its nearest colour.
    expect(raster.colourAt(254, 0)).toBe(0x0000fe);
    expect(raster.colourAt(399, 0)).toBe(0x00008f);
    const png = decodePng(encodePalettePng(raster.scanlines, raster.palette, raster.width, raster.height));
    expect(png.paletteSize).toBe(MAX_COLOURS);
    expect([...png.rgba.subarray(399 * 4, 400 * 4)]).toEqual([0, 0, 0x8f, 255]);
  });
});

describe('TrueType reader', () => {
  const faces = ['SourceSans3-Regular.ttf', 'SourceSans3-Bold.ttf', 'DejaVuSans.ttf'];
  const samples = ['Taalbarrière', 'AVATAR Tijdgebrek', 'Pedagogisch medewerker', 'Wij, Vader & Yvonne', 'coördinatie ‘ff’ 1234567890', 'ĳsvogel Ærø Łódź'];

  for (const file of faces) {
    it(`maps characters, advances and kerning as fontkit does (${file})`, () => {
      const bytes = fontFile(file);
      const ours = new TrueTypeFont(bytes);
      const reference = fontkit.create(bytes);
      expect(ours.unitsPerEm).toBe(reference.unitsPerEm);
      let kerned = 0;
      for (const text of samples) {
        for (const char of text) {
          const glyph = reference.glyphForCodePoint(char.codePointAt(0) ?? 0);
          expect(ours.glyphId(char.codePointAt(0) ?? 0), char).toBe(glyph.id);
          expect(ours.advance(glyph.id), char).toBe(glyph.advanceWidth);
        }
        // fontkit's full layout with kerning only (no ligatures), glyph for glyph.
        const run = reference.layout(text, { liga: false, clig: false, dlig: false, calt: false });
        const ids = [...text].map((char) => ours.glyphId(char.codePointAt(0) ?? 0));
        expect(run.glyphs.map((glyph) => glyph.id)).toEqual(ids);
        ids.forEach((id, index) => {
          const kerning = index + 1 < ids.length ? ours.kerning(id, ids[index + 1]) : 0;
          if (kerning !== 0) kerned += 1;
          expect(ours.advance(id) + kerning, `${text} @${index}`).toBe(run.positions[index].xAdvance);
        });
      }
      expect(kerned).toBeGreaterThan(0);
    });
  }

  it('reads simple and composite outlines with the points fontkit reads', () => {
    const bytes = fontFile('SourceSans3-Regular.ttf');
    const ours = new TrueTypeFont(bytes);
    const reference = fontkit.create(bytes);
    for (const char of ['o', 'g', 'é', 'ï', 'Å', '&']) {
      const id = ours.glyphId(char.codePointAt(0) ?? 0);
      const outline = ours.outline(id);
      const box = reference.getGlyph(id).path.bbox;
      // Control points of a quadratic outline bound its curve, and the extreme points lie on it: same box, exactly.
      const onCurveXs = outline.xs.filter((_, index) => outline.onCurve[index]);
      expect(outline.ends.length, char).toBeGreaterThan(0);
      expect(Math.min(...outline.xs), char).toBeLessThanOrEqual(box.minX + 0.5);
      expect(Math.max(...outline.xs), char).toBeGreaterThanOrEqual(box.maxX - 0.5);
      expect(Math.min(...onCurveXs), char).toBeCloseTo(box.minX, 0);
      expect(Math.max(...outline.ys), char).toBeGreaterThanOrEqual(box.maxY - 0.5);
    }
  });
});

describe('figure texts', () => {
  it('sets text with the fallback face for characters Source Sans 3 lacks', () => {
    const latin = setText('Ouders', false, 20);
    expect(new Set(latin.glyphs.map((glyph) => glyph.font)).size).toBe(1);
    const mixed = setText('Ouders عربي', false, 20);
    expect(new Set(mixed.glyphs.map((glyph) => glyph.font)).size).toBe(2);
    expect(mixed.glyphs.every((glyph) => glyph.id !== 0)).toBe(true);
    const bold = setText('Ouders', true, 20);
    expect(bold.width).toBeGreaterThan(latin.width);
  });

  it('draws text as ink where the text is, anchored by its real width', () => {
    const drawing = (anchor: 'start' | 'middle' | 'end'): Drawing => ({
      width: 200,
      height: 30,
      shapes: [{ kind: 'text', x: 100, y: 20, text: 'Tijdgebrek', size: 14, bold: false, color: '#000000', anchor, width: 0 }],
    });
    const inkColumns = (raster: Raster) => {
      const columns: number[] = [];
      for (let x = 0; x < raster.width; x += 1) for (let y = 0; y < raster.height; y += 1) if (raster.colourAt(x, y) !== 0xffffff) {
        columns.push(x);
        break;
      }
      return { from: Math.min(...columns), to: Math.max(...columns) };
    };
    const width = setText('Tijdgebrek', false, 28).width;
    const start = inkColumns(rasteriseDrawing(drawing('start'), 2));
    const middle = inkColumns(rasteriseDrawing(drawing('middle'), 2));
    const end = inkColumns(rasteriseDrawing(drawing('end'), 2));
    expect(start.from).toBeGreaterThanOrEqual(199);
    expect(start.to).toBeLessThanOrEqual(200 + width + 1);
    expect(start.to - start.from).toBeGreaterThan(width * 0.9);
    expect((middle.from + middle.to) / 2).toBeCloseTo(200, -1);
    expect(end.to).toBeLessThanOrEqual(201);
  });
});

describe('figure pictures', () => {
  let sample: SampleFigures;
  beforeAll(async () => {
    sample = await sampleFigures();
  }, 60_000);

  it('look like resvg painting the same drawing: same size, same ink, a few edge pixels apart', async () => {
    for (const figure of sample.figures) {
      const fast = decodePng((await figurePng(figure, sample.accent)).png);
      const slow = decodePng((await svgToPng(figureSvg(figure, sample.accent), 2)).png);
      expect([fast.width, fast.height], figure.kind).toEqual([slow.width, slow.height]);
      const pixels = fast.width * fast.height;
      let difference = 0;
      let farApart = 0;
      let darkFast = 0;
      let darkSlow = 0;
      for (let at = 0; at < pixels * 4; at += 4) {
        let most = 0;
        for (let channel = 0; channel < 3; channel += 1) {
          const delta = Math.abs(fast.rgba[at + channel] - slow.rgba[at + channel]);
          difference += delta;
          most = Math.max(most, delta);
        }
        if (most > 96) farApart += 1;
        if (fast.rgba[at] < 100 && fast.rgba[at + 1] < 100 && fast.rgba[at + 2] < 100) darkFast += 1;
        if (slow.rgba[at] < 100 && slow.rgba[at + 1] < 100 && slow.rgba[at + 2] < 100) darkSlow += 1;
      }
      // Mean channel difference under 2 of 255, under 1% of pixels clearly different (glyph edges on whole-pixel baselines).
      expect(difference / pixels / 3, figure.kind).toBeLessThan(2);
      expect(farApart / pixels, figure.kind).toBeLessThan(0.01);
      // The same amount of text ink, within 10%.
      expect(darkSlow, figure.kind).toBeGreaterThan(100);
      expect(Math.abs(darkFast - darkSlow) / darkSlow, figure.kind).toBeLessThan(0.1);
    }
  }, 60_000);

  it('are palette PNGs at 192 dpi, the same bytes every time', async () => {
    for (const figure of sample.figures) {
      const image = await figurePng(figure, sample.accent);
      const decoded = decodePng(image.png);
      expect(decoded.colourType).toBe(3);
      expect(decoded.pixelsPerMetre).toBe(Math.round(192 / 0.0254));
      expect([decoded.width, decoded.height]).toEqual([image.width, image.height]);
      expect(image.width).toBe(2 * Math.ceil(figureDrawing(figure, sample.accent).width));
      const again = rasteriseDrawing(figureDrawing(figure, sample.accent), 2);
      expect(Buffer.from(encodePalettePng(again.scanlines, again.palette, again.width, again.height, 192)).equals(Buffer.from(image.png))).toBe(true);
    }
  });
});
