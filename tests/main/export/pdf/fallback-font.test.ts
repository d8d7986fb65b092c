// Characters Source Sans 3 lacks: set in DejaVu Sans, never as another
// character. The splitting is checked on its own, the shaper's glyph 0 and
// the measurer against the fonts, and the painted result with pdftotext and
// pdffonts (DejaVu is embedded only when a report uses it).

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { FaceShaper } from '../../../../src/main/export/pdf/layout/shaper';
import { createMeasurer, faceRuns, faceShaper, fontBytes, fontkit, usesFallback } from '../../../../src/main/export/pdf/layout/fonts';
import { fontRuns, visualOrder } from '../../../../src/main/export/pdf/layout/font-runs';
import { renderPdf } from '../../../../src/main/export/pdf/render-pdf';
import { A4, type TextStyle } from '../../../../src/main/export/pdf/layout/types';
import { PageContent } from '../../../../src/main/export/pdf/paint/content';
import { PdfFonts, type TextItem } from '../../../../src/main/export/pdf/paint/text';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Project } from '../../../../src/shared/model/project';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { pdffonts, pdftotextBbox } from './pdf-tools';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const MIXED = 'Ωmega – שלום – ✓ – 👩';
const measurer = createMeasurer();
const style: TextStyle = { face: 'regular', size: 12, color: [0, 0, 0] };

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-fallback-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fontRuns', () => {
  const latin = (codePoint: number) => codePoint < 0x250 || codePoint === 0x2013;
  const broad = (codePoint: number) => codePoint < 0x2000 || codePoint === 0xfffd || codePoint === 0x2714;

  it('leaves text the face has whole (null: no splitting on the common path)', () => {
    expect(fontRuns('Gewone tekst, met één café.', latin, broad)).toBeNull();
  });

  it('sends what the face lacks to the fallback, a letter with its marks as one piece', () => {
    expect(fontRuns('Za\u0351 b', latin, broad)).toEqual([
      { fallback: false, text: 'Z' },
      { fallback: true, text: 'a\u0351' },
      { fallback: false, text: ' b' },
    ]);
  });

  it('replaces a grapheme neither font has with one U+FFFD, and drops invisible selectors only the face lacks', () => {
    expect(fontRuns('a 👩‍👧‍👦 b', latin, broad)).toEqual([
      { fallback: false, text: 'a ' },
      { fallback: true, text: '\ufffd' },
      { fallback: false, text: ' b' },
    ]);
    expect(fontRuns('✔\ufe0f', latin, broad)).toEqual([{ fallback: true, text: '✔' }]);
  });

  it('reverses right-to-left stretches (with the spaces inside them) into visual order', () => {
    expect(visualOrder(['a', ' ', 'א', 'ב', ' ', 'ג', ' ', 'b'])).toEqual(['a', ' ', 'ג', ' ', 'ב', 'א', ' ', 'b']);
    expect(fontRuns('x שלום', latin, broad)).toEqual([
      { fallback: false, text: 'x ' },
      { fallback: true, text: 'םולש' },
    ]);
  });
});

describe('shaping and measuring with the fallback', () => {
  it('never gives glyph 0 the text of an earlier missing character', () => {
    // A fresh shaper: the first missing character it meets must not stick to glyph 0.
    const shaper = new FaceShaper(fontkit.create(fontBytes('regular')));
    for (const word of ['👩', 'تفاح', 'תפוז', 'abcגזר', '👩']) {
      const glyphs = shaper.shape(word);
      expect(glyphs.map((glyph) => glyph.text).join(''), word).toBe(word);
      for (const glyph of glyphs.filter((shaped) => shaped.id === 0)) expect(shaper.standaloneText(glyph)).toBeNull();
    }
  });

  it('sets Hebrew, Arabic and U+FFFD in DejaVu Sans with real glyphs, Greek and ✓ in Source Sans 3', () => {
    const runs = faceRuns(MIXED, 'bold');
    expect(runs.map((run) => run.face)).toEqual(['bold', 'fallback', 'bold', 'fallback']);
    expect(runs[1].text).toBe('םולש');
    expect(runs[3].text).toBe('\ufffd');
    for (const run of runs) expect(faceShaper(run.face).shape(run.text).filter((glyph) => glyph.id === 0), run.text).toEqual([]);
    expect(usesFallback('Ωmega ✓ – één', 'regular')).toBe(false);
    expect(usesFallback('مرحبا', 'italic')).toBe(true);
  });

  it('measures each piece in the font that paints it', () => {
    const fallback = faceShaper('fallback');
    const primary = faceShaper('regular');
    const expected = runsWidth(MIXED);
    expect(measurer.width(MIXED, 'regular', 12)).toBeCloseTo(expected, 9);
    // Not the width of four empty boxes from the report font.
    const hebrew = (fallback.width('םולש') * 12) / fallback.unitsPerEm;
    expect(measurer.width('שלום', 'regular', 12)).toBeCloseTo(hebrew, 9);
    expect(Math.abs(hebrew - (primary.width('שלום') * 12) / primary.unitsPerEm)).toBeGreaterThan(0.5);
  });
});

function runsWidth(text: string): number {
  return faceRuns(text, 'regular').reduce((sum, run) => {
    const shaper = faceShaper(run.face);
    return sum + (shaper.width(run.text) * 12) / shaper.unitsPerEm;
  }, 0);
}

describe('painting with the fallback', () => {
  let file = '';
  let item: TextItem;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    const fonts = await PdfFonts.embed(doc, ['regular', 'fallback']);
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    item = { kind: 'text', x: 72, baseline: 100, text: MIXED, style, width: measurer.width(MIXED, 'regular', 12) };
    fonts.drawText(content, item);
    content.finish();
    file = join(dir, 'mixed.pdf');
    await writeFile(file, await doc.save());
  });

  it('extracts every supported character, and U+FFFD for the emoji neither font has', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
    for (const part of ['Ωmega', 'שלום', '✓', '–', '\ufffd']) expect(text.includes(part), part).toBe(true);
    expect(text.includes('👩')).toBe(false);
  });

  it('ends the painted text where the measurer said', async () => {
    const { words } = await pdftotextBbox(file);
    const last = words[words.length - 1];
    expect(last.text).toBe('\ufffd');
    // The replacement glyph's ink box ends within a point of the measured end.
    expect(Math.abs(last.xMax - (item.x + item.width))).toBeLessThan(1);
  });
});

describe('DejaVu Sans in a rendered report', () => {
  async function render(name: string, extra: string | null): Promise<string> {
    const project = (await readProjectFile(join(repoRoot, 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
    const copy: Project = structuredClone(project);
    if (extra) copy.context.background = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: extra }] }] };
    const full = reportDocFor(copy, 'nl');
    const doc: ReportDoc = { ...full, titlePage: false, toc: false, sections: full.sections.filter((section) => section.key === 'context') };
    const path = join(dir, name);
    await writeFile(path, await renderPdf(doc, { now: new Date('2026-06-12T09:30:00Z') }));
    return path;
  }

  it('is embedded only when some text needs it', async () => {
    const plain = await pdffonts(await render('plain.pdf', 'Gewone tekst met één café en Ωmega ✓.'));
    const mixed = await pdffonts(await render('mixed.pdf', `Tekst met ${MIXED}.`));
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.some((font) => /DejaVu/.test(font.name))).toBe(false);
    const dejavu = mixed.filter((font) => /DejaVu/.test(font.name));
    expect(dejavu).toHaveLength(1);
    expect(dejavu[0]).toMatchObject({ embedded: true, subset: true, unicode: true });
  }, 120_000);
});
