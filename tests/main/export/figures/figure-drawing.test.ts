// The figure drawings as geometry: every label of the data is drawn, nothing
// reaches outside the drawing (with the approximate measure and with the real
// font's metrics), the marks match the numbers, and the SVG is painted from it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Drawing, type Measure, type RectShape, type TextShape, shapeBounds } from '../../../../src/main/export/figures/drawing';
import { drawingToSvg } from '../../../../src/main/export/figures/drawing-svg';
import { figureDrawing } from '../../../../src/main/export/figures/figure-drawing';
import { figureSvg } from '../../../../src/main/export/figures/figure-svg';
import { textWidth } from '../../../../src/main/export/figures/svg-kit';
import type { BarChartFigure, Figure, GridFigure } from '../../../../src/shared/report/figures';
import { type SampleFigures, drawnText, missingLabels, sampleFigures, shapesOutside } from './sample-figures';

const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;
const fontsDir = resolve(__dirname, '..', '..', '..', '..', 'resources', 'fonts');

/** Advance widths from Source Sans 3 itself (kerning included), as the PDF measures. */
function sourceSansMeasure(): Measure {
  const regular = fontkit.create(readFileSync(resolve(fontsDir, 'SourceSans3-Regular.ttf')));
  const bold = fontkit.create(readFileSync(resolve(fontsDir, 'SourceSans3-Bold.ttf')));
  return (text, size, isBold) => {
    const font = isBold ? bold : regular;
    return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
  };
}

const accent = '#1f6f8b';
const texts = (drawing: Drawing) => drawing.shapes.filter((shape): shape is TextShape => shape.kind === 'text');
const rects = (drawing: Drawing) => drawing.shapes.filter((shape): shape is RectShape => shape.kind === 'rect');

let sample: SampleFigures;
let realMeasure: Measure;
beforeAll(async () => {
  sample = await sampleFigures();
  realMeasure = sourceSansMeasure();
}, 60_000);

describe('figure drawings of the sample project', () => {
  it('has the three figure kinds', () => {
    expect(sample.figures.map((figure) => figure.kind).sort()).toEqual(['bar-chart', 'grid', 'scale']);
  });

  for (const measureName of ['approximate', 'Source Sans 3'] as const) {
    it(`draws every label inside the drawing (${measureName} measure)`, () => {
      const measure = measureName === 'approximate' ? textWidth : realMeasure;
      for (const figure of sample.figures) {
        const drawing = figureDrawing(figure, sample.accent, measure);
        expect(missingLabels(figure, drawing), figure.kind).toEqual([]);
        expect(shapesOutside(drawing), figure.kind).toEqual([]);
        // Widths are the measure's own, so painters can anchor without measuring again.
        for (const shape of texts(drawing)) expect(shape.width).toBeCloseTo(measure(shape.text, shape.size, shape.bold), 6);
      }
    });
  }

  it('wraps with the measure it is given', () => {
    const grid = sample.figures.find((figure): figure is GridFigure => figure.kind === 'grid');
    if (!grid) throw new Error('the sample has a grid');
    const wide: Measure = (text, size, bold) => 1.6 * textWidth(text, size, bold);
    const normal = figureDrawing(grid, accent, textWidth);
    const widened = figureDrawing(grid, accent, wide);
    expect(texts(widened).length).toBeGreaterThan(texts(normal).length);
    expect(widened.height).toBeGreaterThanOrEqual(normal.height);
    expect(missingLabels(grid, widened)).toEqual([]);
    expect(shapesOutside(widened)).toEqual([]);
  });
});

describe('bar chart geometry', () => {
  const bars: BarChartFigure = {
    kind: 'bar-chart',
    categories: ['Taalbarrière', 'Tijdgebrek', 'Rol van vader'],
    series: [
      { name: 'Ouder', values: [3, 4, 6] },
      { name: 'Pedagogisch medewerker', values: [3, 0, 2] },
    ],
    valueLabel: 'Aantal citaten',
  };

  it('makes segment lengths proportional to the values and stacks them without gaps', () => {
    const drawing = figureDrawing(bars, accent);
    const segments = rects(drawing).filter((rect) => rect.height === 15);
    expect(segments).toHaveLength(5);
    const unit = segments[0].width / 3;
    expect(segments.map((rect) => rect.width / unit)).toEqual([3, 3, 4, 6, 2].map((value) => expect.closeTo(value, 6)));
    // Row 1: the second segment starts where the first ends; the total follows the bar.
    expect(segments[1].x).toBeCloseTo(segments[0].x + segments[0].width, 6);
    // The last "8" drawn is the third row's total (an axis tick reads "8" too).
    const total = texts(drawing).filter((shape) => shape.text === '8').at(-1);
    expect(total?.x).toBeGreaterThan(segments[4].x + segments[4].width);
    expect(total?.y).toBeGreaterThan(segments[4].y);
    expect(total?.y).toBeLessThan(segments[4].y + segments[4].height);
  });
});

describe('drawingToSvg', () => {
  it('writes every shape kind with rounded numbers, escaped text and the turned axis title', () => {
    const drawing: Drawing = {
      width: 100.4,
      height: 50,
      shapes: [
        { kind: 'rect', x: 1.234, y: 2, width: 10, height: 5, radius: 2, fill: '#ff0000' },
        { kind: 'rect', x: 0, y: 0, width: 100, height: 50, stroke: '#00ff00', strokeWidth: 0.5 },
        { kind: 'line', x1: 0, y1: 1, x2: 5, y2: 1, color: '#0000ff', width: 0.75 },
        { kind: 'circle', cx: 20, cy: 20, r: 3, fill: '#123456', stroke: '#ffffff', strokeWidth: 1.5 },
        { kind: 'text', x: 10, y: 40, text: 'a < b & "c"', size: 12, bold: true, color: '#2b2f33', anchor: 'middle', width: 40, upright: true },
      ],
    };
    const svg = drawingToSvg(drawing);
    expect(svg).toMatch(/^<svg [^>]*width="101" height="50" viewBox="0 0 101 50"/);
    expect(svg).toContain('<rect x="1.23" y="2" width="10" height="5" rx="2" fill="#ff0000"/>');
    expect(svg).toContain('<rect x="0" y="0" width="100" height="50" fill="none" stroke="#00ff00" stroke-width="0.5"/>');
    expect(svg).toContain('<line x1="0" y1="1" x2="5" y2="1" stroke="#0000ff" stroke-width="0.75"/>');
    expect(svg).toContain('<circle cx="20" cy="20" r="3" fill="#123456" stroke="#ffffff" stroke-width="1.5"/>');
    expect(svg).toContain('font-weight="700" text-anchor="middle" transform="rotate(-90 10 40)">a &lt; b &amp; &quot;c&quot;</text>');
  });

  it('is what figureSvg returns', () => {
    for (const figure of sample.figures) expect(figureSvg(figure, sample.accent)).toBe(drawingToSvg(figureDrawing(figure, sample.accent)));
  });
});

describe('any figure', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïüÖ0123456789-'), minLength: 1, maxLength: 12 });
  const label = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  const longText = fc.oneof(label, fc.string({ maxLength: 300 }));
  const count = fc.integer({ min: 0, max: 40 });

  const barChart: fc.Arbitrary<Figure> = fc
    .record({ categories: fc.array(longText, { minLength: 1, maxLength: 20 }), series: fc.array(fc.record({ name: longText, seed: fc.array(count, { maxLength: 20 }) }), { minLength: 1, maxLength: 9 }), valueLabel: longText })
    .map(({ categories, series, valueLabel }) => ({
      kind: 'bar-chart',
      categories,
      series: series.map(({ name, seed }) => ({ name, values: categories.map((_, index) => seed[index] ?? 0) })),
      valueLabel,
    }));
  const grid: fc.Arbitrary<Figure> = fc
    .record({
      x: longText,
      y: longText,
      quadrants: fc.tuple(longText, longText, longText, longText),
      points: fc.array(fc.record({ label, x: fc.integer({ min: -2, max: 8 }), y: fc.integer({ min: -2, max: 8 }) }), { maxLength: 25 }),
    })
    .map(({ x, y, quadrants, points }) => ({
      kind: 'grid',
      xAxis: { label: x, min: 1, max: 5 },
      yAxis: { label: y, min: 1, max: 5 },
      quadrants,
      points: points.map((point, index) => ({ ...point, itemId: String(index) })),
    }));
  const scale: fc.Arbitrary<Figure> = fc
    .array(fc.record({ label, description: label }), { maxLength: 8 })
    .map((levels) => ({ kind: 'scale', name: 'Schaal', levels: levels.map((level, index) => ({ ...level, rank: index + 1, itemId: String(index) })) }));

  it('stays inside its bounds, and keys, levels and descriptions are drawn in full', () => {
    fc.assert(
      fc.property(fc.oneof(barChart, grid, scale), (figure) => {
        const drawing = figureDrawing(figure, accent);
        expect(shapesOutside(drawing)).toEqual([]);
        for (const shape of drawing.shapes) expect(Object.values(shapeBounds(shape)).every(Number.isFinite)).toBe(true);
        // Words wider than a column are cut into lines, so compare without spaces.
        const text = drawnText(drawing).replace(/ /g, '');
        const bare = (value: string) => value.replace(/ /g, '');
        if (figure.kind === 'grid') for (const point of figure.points) expect(text).toContain(bare(point.label));
        if (figure.kind === 'scale') for (const level of figure.levels) expect(text).toContain(bare(level.label + level.description));
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
