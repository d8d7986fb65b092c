// Painted text judged by programs nobody here wrote: pdftotext reads the
// words back (diacritics, ligatures, reading order) and their positions,
// pdffonts sees embedded subsets, qpdf checks the file, pdftoppm renders ink.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMeasurer, faceShaper } from '../../../../src/main/export/pdf/layout/fonts';
import { breakLines } from '../../../../src/main/export/pdf/layout/line-break';
import { A4, type InlineRun, type TextStyle } from '../../../../src/main/export/pdf/layout/types';
import { PageContent } from '../../../../src/main/export/pdf/paint/content';
import { PdfFonts, subsetTag, type TextItem } from '../../../../src/main/export/pdf/paint/text';

const measurer = createMeasurer();
const base: TextStyle = { face: 'regular', size: 11, color: [0.1, 0.1, 0.1] };
const PROSE: InlineRun[] = [
  { text: 'De coördinatie van het reïntegratieplan heeft een officieel effect: ', style: base },
  { text: 'één ', style: { ...base, face: 'bold' } },
  { text: 'naïeve café-eigenaar', style: { ...base, face: 'italic' } },
  { text: ' en de ', style: base },
  { text: 'ouderbetrokkenheid', style: { ...base, face: 'boldItalic' } },
  { text: ' in de voorschool; zie ', style: base },
  { text: 'www.gemeente.nl/vve', style: { ...base, color: [0, 0.3, 0.7], underline: true }, link: { kind: 'uri', uri: 'https://www.gemeente.nl/vve' } },
  { text: '. Samenvatting: ', style: { ...base, face: 'semibold' } },
  { text: 'afgeschaft, Fietsfeest, stafftoets, geëvalueerd, Curaçao, Ærø, Œuvre.', style: base },
];
/** Rich in kerning pairs (AV, To, Ty, LT, Wa, P., Yo …). */
const KERNED = 'AVATAR To Tokyo, WAVY LATTE: Tyrol, Wave Yoga P. Vo. Ty. AWAY FLY TYPE YAWN Tea. VOLTA WA';

let dir = '';
let file = '';
let kernedLine: TextItem;

function itemsOf(runs: InlineRun[], x: number, top: number, width: number): TextItem[] {
  const items: TextItem[] = [];
  breakLines(runs, measurer, { width, language: 'nl' }).forEach((line, index) => {
    const baseline = top + (index + 1) * 15;
    for (const run of line.runs) items.push({ kind: 'text', x: x + run.x, baseline, text: run.text, style: run.style, width: run.width });
  });
  return items;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  file = join(dir, 'text.pdf');
  const doc = await PDFDocument.create();
  const fonts = await PdfFonts.embed(doc);
  const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
  for (const item of itemsOf(PROSE, 72, 72, 300)) fonts.drawText(content, item);
  const style: TextStyle = { ...base, size: 12 };
  kernedLine = { kind: 'text', x: 50, baseline: 400, text: KERNED, style, width: measurer.width(KERNED, 'regular', 12) };
  fonts.drawText(content, kernedLine);
  content.finish();
  writeFileSync(file, await doc.save());
});

describe('PdfFonts.drawText', () => {
  it('extracts with pdftotext: Dutch diacritics, ligatures as letters, reading order', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
    const words = ['coördinatie', 'reïntegratieplan', 'heeft', 'officieel', 'effect', 'één', 'naïeve', 'café-eigenaar', 'www.gemeente.nl/vve', 'afgeschaft', 'Fietsfeest', 'stafftoets', 'geëvalueerd', 'Curaçao', 'Ærø', 'Œuvre', 'AVATAR', 'Tokyo'];
    let last = -1;
    for (const word of words) {
      const at = text.indexOf(word);
      expect(at, `${word} in ${text}`).toBeGreaterThan(last);
      last = at;
    }
    expect(text).not.toContain('\u00AD');
  });

  it('paints the ligature glyphs (not f + f) while they extract as letters', () => {
    const glyphs = faceShaper('regular').shape('stafftoets heeft');
    expect(glyphs.filter((glyph) => glyph.text.length > 1).map((glyph) => glyph.text)).toEqual(['fft', 'ft']);
  });

  it('ends a long kerned line exactly where the measurer said (pdftotext -bbox, within 0.5 pt)', () => {
    const xhtml = execFileSync('pdftotext', ['-bbox', file, '-']).toString('utf8');
    const words = [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
      xMin: Number(match[1]),
      yMax: Number(match[4]),
      xMax: Number(match[3]),
      text: match[5],
    }));
    const onLine = words.filter((word) => Math.abs(word.yMax - 400) < 6);
    expect(onLine.map((word) => word.text).join(' ')).toBe(KERNED.replace(/&/g, '&amp;'));
    const left = Math.min(...onLine.map((word) => word.xMin));
    const right = Math.max(...onLine.map((word) => word.xMax));
    expect(Math.abs(left - 50)).toBeLessThan(0.5);
    expect(Math.abs(right - left - kernedLine.width)).toBeLessThan(0.5);
    // Kerning matters here: the unkerned advance is clearly wider, so painting without it would fail above.
    const unkerned = faceShaper('regular')
      .shape(KERNED)
      .reduce((sum, glyph) => sum + glyph.width, 0);
    expect((unkerned * 12) / 1000 - kernedLine.width).toBeGreaterThan(3);
  });

  it('embeds every used face as a subset TrueType font with a Unicode map', () => {
    const out = execFileSync('pdffonts', [file]).toString('utf8');
    const rows = out.split('\n').slice(2).filter((row) => row.trim().length > 0);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('passes qpdf --check', () => {
    const check = spawnSync('qpdf', ['--check', file]);
    expect(check.status, check.stdout.toString() + check.stderr.toString()).toBe(0);
  });

  it('renders visible ink (subset glyphs are not blank)', () => {
    execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page-1.pgm'));
    const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    expect(header).not.toBeNull();
    const pixels = pgm.subarray((header as RegExpMatchArray)[0].length);
    const dark = pixels.reduce((count, value) => count + (value < 128 ? 1 : 0), 0);
    expect(dark).toBeGreaterThan(300);
  });

  it('draws an underline under linked text only', async () => {
    const strokes = async (underline: boolean) => {
      const doc = await PDFDocument.create();
      const fonts = await PdfFonts.embed(doc, ['regular']);
      const content = new PageContent(doc, doc.addPage([200, 100]));
      const style: TextStyle = { ...base, underline };
      fonts.drawText(content, { kind: 'text', x: 10, baseline: 50, text: 'link', style, width: measurer.width('link', 'regular', 11) });
      content.finish();
      const name = join(dir, `underline-${underline}.pdf`);
      writeFileSync(name, await doc.save());
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', name, `${name}.qdf`]);
      return readFileSync(`${name}.qdf`, 'latin1').match(/ l\s+S\b/g)?.length ?? 0;
    };
    expect(await strokes(true)).toBe(1);
    expect(await strokes(false)).toBe(0);
  });

  it('places combining marks on their letters and extracts them', async () => {
    const doc = await PDFDocument.create();
    const fonts = await PdfFonts.embed(doc, ['regular']);
    const content = new PageContent(doc, doc.addPage([400, 100]));
    const text = 'bli\u0301j coe\u0308rdinatie x\u0308y';
    fonts.drawText(content, { kind: 'text', x: 20, baseline: 50, text, style: base, width: measurer.width(text, 'regular', 11) });
    content.finish();
    const name = join(dir, 'marks.pdf');
    writeFileSync(name, await doc.save());
    const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', name, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ').trim();
    expect(extracted).toBe(text.normalize('NFC'));
    expect(spawnSync('qpdf', ['--check', name]).status).toBe(0);
    // A mark with no composed form is positioned onto the previous glyph; the others become the font's accented glyphs.
    const glyphs = faceShaper('regular').shape(text);
    expect(glyphs.filter((glyph) => glyph.advance === 0 && glyph.xOffset < 0).map((glyph) => glyph.text)).toEqual(['\u0308']);
    expect(glyphs.map((glyph) => glyph.text)).toContain('ë');
  });

  it('gives each face its own six-letter subset tag', () => {
    const tags = (['regular', 'italic', 'bold', 'boldItalic', 'semibold'] as const).map(subsetTag);
    for (const tag of tags) expect(tag).toMatch(/^[A-Z]{6}$/);
    expect(new Set(tags).size).toBe(5);
  });
});
