// The readers must themselves be right before other tests rely on them: a PDF
// with known text at known places, and a damaged file that must be caught.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdffonts, pdfinfo, pdftotextBbox, pdftotextPages, qpdfCheck } from './pdf-tools';

const folder = mkdtempSync(path.join(os.tmpdir(), 'drijfveer-pdftools-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let file = '';
let bytes: Uint8Array;

beforeAll(async () => {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const first = pdf.addPage([400, 300]);
  first.drawText('Eerste pagina & <tekst>', { x: 50, y: 250, size: 20, font });
  const second = pdf.addPage([300, 400]);
  second.drawText('Tweede', { x: 100, y: 100, size: 10, font: bold });
  bytes = await pdf.save();
  file = path.join(folder, 'known.pdf');
  writeFileSync(file, bytes);
});

describe('pdf-tools', () => {
  it('reads the text page by page', async () => {
    const pages = await pdftotextPages(file);
    expect(pages).toHaveLength(2);
    expect(pages[0].trim()).toBe('Eerste pagina & <tekst>');
    expect(pages[1].trim()).toBe('Tweede');
  });

  it('reads words with their boxes from the top-left, and every page size', async () => {
    const { pages, words } = await pdftotextBbox(file);
    expect(pages).toEqual([{ width: 400, height: 300 }, { width: 300, height: 400 }]);
    expect(words.map((w) => [w.page, w.text])).toEqual([[0, 'Eerste'], [0, 'pagina'], [0, '&'], [0, '<tekst>'], [1, 'Tweede']]);
    const first = words[0];
    expect(first.xMin).toBeCloseTo(50, 0);
    // Baseline at 250 from the bottom = 50 from the top; the word box ends around it.
    expect(first.yMax).toBeGreaterThan(48);
    expect(first.yMax).toBeLessThan(56);
    expect(first.yMin).toBeLessThan(first.yMax - 10);
    expect(words[4].xMin).toBeCloseTo(100, 0);
  });

  it('lists the fonts in columns', async () => {
    const fonts = await pdffonts(file);
    expect(fonts.map((f) => f.name).sort()).toEqual(['Helvetica', 'Helvetica-Bold']);
    for (const font of fonts) {
      expect(font.type).toBe('Type 1');
      expect(font.embedded).toBe(false);
      expect(font.subset).toBe(false);
    }
  });

  it('reads pdfinfo as a record', async () => {
    const info = await pdfinfo(file);
    expect(info.Pages).toBe('2');
    expect(info['Page size']).toMatch(/^400 x 300 pts/);
  });

  it('passes a sound file and fails a damaged one', async () => {
    expect((await qpdfCheck(file)).ok).toBe(true);
    const damaged = path.join(folder, 'damaged.pdf');
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const result = await qpdfCheck(damaged);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/WARNING|error|damaged/i);
  });
});
