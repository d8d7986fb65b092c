// Figures painted into a PDF as vectors: the sample's three figures on one
// page pass qpdf, every label is read back by pdftotext inside its figure's
// box, and rendered pixels show the drawing scaled uniformly into its box.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Drawing } from '../../../../src/main/export/figures/drawing';
import { PageContent } from '../../../../src/main/export/pdf/paint/content';
import { type DrawingText, drawingTextItem, figureMeasure, hexToRgb, paintDrawing } from '../../../../src/main/export/pdf/paint/drawing';
import type { FontFace } from '../../../../src/main/export/pdf/layout/types';
import { figureLabels, sampleFigures } from '../figures/sample-figures';
import { type FigurePage, figurePage } from './figure-page';
import { type BboxResult, pdftotextBbox, pdftotextPages, qpdfCheck } from './pdf-tools';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-figures-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Renders page 1 at 72 dpi (1 px = 1 pt) and returns a reader of its RGB pixels, top-left origin. */
async function renderPixels(bytes: Uint8Array, name: string): Promise<(x: number, y: number) => [number, number, number]> {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, bytes);
  await run('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-singlefile', file, join(dir, name)]);
  const ppm = await readFile(join(dir, `${name}.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const width = Number(header[1]);
  const offset = header[0].length;
  return (x, y) => {
    const at = offset + 3 * (Math.floor(y) * width + Math.floor(x));
    return [ppm[at], ppm[at + 1], ppm[at + 2]];
  };
}

const RED: [number, number, number] = [255, 0, 0];
const WHITE: [number, number, number] = [255, 255, 255];

describe('paintDrawing', () => {
  it('scales the drawing uniformly into its box, centred, and paints rects, lines and circles there', async () => {
    const pdf = await PDFDocument.create();
    const content = new PageContent(pdf, pdf.addPage([200, 200]));
    const drawing: Drawing = {
      width: 100,
      height: 50,
      shapes: [
        { kind: 'rect', x: 0, y: 0, width: 50, height: 50, fill: '#ff0000' },
        { kind: 'rect', x: 60, y: 0, width: 40, height: 50, radius: 10, fill: '#0000ff' },
        { kind: 'line', x1: 0, y1: 25, x2: 50, y2: 25, color: '#00ff00', width: 4 },
        { kind: 'circle', cx: 80, cy: 25, r: 5, fill: '#ffffff' },
      ],
    };
    // Box 160 × 160 at (20, 30): scale 1.6, the drawing 160 × 80, centred vertically from y = 70 to 150.
    paintDrawing(content, drawing, { x: 20, y: 30, width: 160, height: 160 }, () => undefined);
    content.finish();
    const pixel = await renderPixels(await pdf.save(), 'shapes');
    expect(pixel(30, 80)).toEqual(RED);
    expect(pixel(95, 140)).toEqual(RED);
    expect(pixel(30, 60)).toEqual(WHITE); // above the centred drawing, inside the box
    expect(pixel(30, 160)).toEqual(WHITE); // below it
    expect(pixel(105, 80)).toEqual(WHITE); // the gap between the two rectangles (80..96 in drawing units ×1.6)
    expect(pixel(30, 110)).toEqual([0, 255, 0]); // the line across the red square at drawing y 25 → page y 110
    expect(pixel(150, 80)).toEqual([0, 0, 255]);
    expect(pixel(148, 110)).toEqual(WHITE); // the circle's centre (drawing 80, 25)
    expect(pixel(117, 72)).toEqual(WHITE); // the blue rectangle's rounded top-left corner
    expect(pixel(125, 80)).toEqual([0, 0, 255]);
  });

  it('hands every text to the text painter, scaled, with its start resolved from the anchor', async () => {
    const pdf = await PDFDocument.create();
    const content = new PageContent(pdf, pdf.addPage([300, 300]));
    const drawing: Drawing = {
      width: 200,
      height: 100,
      shapes: [
        { kind: 'text', x: 10, y: 20, text: 'links', size: 10, bold: false, color: '#ff0000', anchor: 'start', width: 30 },
        { kind: 'text', x: 100, y: 40, text: 'midden', size: 12, bold: true, color: '#2b2f33', anchor: 'middle', width: 40 },
        { kind: 'text', x: 190, y: 60, text: 'rechts', size: 8, bold: false, color: '#000000', anchor: 'end', width: 20 },
        { kind: 'text', x: 10, y: 90, text: '', size: 8, bold: false, color: '#000000', anchor: 'end', width: 0 },
      ],
    };
    const seen: DrawingText[] = [];
    paintDrawing(content, drawing, { x: 50, y: 20, width: 100, height: 100 }, (text) => seen.push(text));
    // Scale 0.5, drawing 100 × 50 placed at (50, 45).
    expect(seen).toEqual([
      { x: 55, baseline: 55, text: 'links', size: 5, bold: false, color: [1, 0, 0], width: 15 },
      { x: 90, baseline: 65, text: 'midden', size: 6, bold: true, color: hexToRgb('#2b2f33'), width: 20 },
      { x: 135, baseline: 75, text: 'rechts', size: 4, bold: false, color: [0, 0, 0], width: 10 },
    ]);
  });

  it('adapts to the report measurer and text items (regular and bold faces)', () => {
    const asked: [string, FontFace, number][] = [];
    const measure = figureMeasure({
      width: (text, face, size) => {
        asked.push([text, face, size]);
        return text.length * size * (face === 'bold' ? 2 : 1);
      },
      ascent: () => 0,
      descent: () => 0,
    });
    expect(measure('abc', 10, false)).toBe(30);
    expect(measure('abc', 10, true)).toBe(60);
    expect(asked).toEqual([
      ['abc', 'regular', 10],
      ['abc', 'bold', 10],
    ]);
    const item = drawingTextItem({ x: 1, baseline: 2, text: 'Ouder', size: 7, bold: true, color: [0, 0.5, 1], width: 20 });
    expect(item).toEqual({ kind: 'text', x: 1, baseline: 2, text: 'Ouder', style: { face: 'bold', size: 7, color: [0, 0.5, 1] }, width: 20 });
    expect(drawingTextItem({ x: 1, baseline: 2, text: 'x', size: 7, bold: false, color: [0, 0, 0], width: 3 }).style.face).toBe('regular');
  });

  it('paints nothing for an empty box or drawing', async () => {
    const pdf = await PDFDocument.create();
    const content = new PageContent(pdf, pdf.addPage([100, 100]));
    const seen: DrawingText[] = [];
    const drawing: Drawing = { width: 10, height: 10, shapes: [{ kind: 'text', x: 0, y: 5, text: 'x', size: 5, bold: false, color: '#000000', anchor: 'start', width: 3 }] };
    paintDrawing(content, drawing, { x: 0, y: 0, width: 0, height: 10 }, (text) => seen.push(text));
    paintDrawing(content, { ...drawing, width: 0 }, { x: 0, y: 0, width: 10, height: 10 }, (text) => seen.push(text));
    expect(seen).toEqual([]);
    expect(content.source()).toBe('');
  });
});

describe('the sample figures on one PDF page', () => {
  let result: FigurePage;
  let labels: string[][];
  let file: string;
  let bbox: BboxResult;

  beforeAll(async () => {
    const sample = await sampleFigures();
    labels = sample.figures.map(figureLabels);
    result = await figurePage(sample.figures, sample.accent);
    file = join(dir, 'figures.pdf');
    await writeFile(file, result.bytes);
    bbox = await pdftotextBbox(file);
  }, 120_000);

  it('is a one-page PDF that qpdf accepts', async () => {
    const check = await qpdfCheck(file);
    expect(check.exitCode).toBe(0);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.output).not.toMatch(/WARNING/i);
    expect(bbox.pages).toHaveLength(1);
  });

  it('holds every label of the three figures as text', async () => {
    const [text] = await pdftotextPages(file);
    const words = new Set(text.split(/\s+/));
    const flat = text.replace(/\s+/g, ' ');
    for (const label of labels.flat()) {
      // Wrapped labels come back line by line; each word must be there, and a one-line label whole.
      for (const word of label.split(/\s+/).filter(Boolean)) expect(words, label).toContain(word);
      const drawnWhole = result.texts.some((drawn) => drawn.text === label);
      if (drawnWhole) expect(flat).toContain(label);
    }
  });

  it('sets every word inside its figure box, and the vertical axis title upright', () => {
    expect(bbox.words.length).toBeGreaterThan(100);
    const inside = (word: BboxResult['words'][number]) =>
      result.boxes.some((box) => word.xMin >= box.x - 1 && word.xMax <= box.x + box.width + 1 && word.yMin >= box.y - 1 && word.yMax <= box.y + box.height + 1);
    expect(bbox.words.filter((word) => !inside(word)).map((word) => word.text)).toEqual([]);
    const upright = bbox.words.find((word) => word.text === 'Invloed');
    expect(upright).toBeDefined();
    if (upright) expect(upright.yMax - upright.yMin).toBeGreaterThan(2 * (upright.xMax - upright.xMin));
    const level = bbox.words.find((word) => word.text === 'Belang');
    expect(level).toBeDefined();
    if (level) expect(level.xMax - level.xMin).toBeGreaterThan(level.yMax - level.yMin);
  });
});
