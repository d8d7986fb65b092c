// The report's own font embedding, read back by programs nobody here wrote
// (pdffonts, pdftotext, qpdf, pdf.js, and fontkit for the font file) and by
// parsing the written dictionaries: every face a subset Type0/CIDFontType2
// with a ToUnicode map, W holding exactly the widths the shaper measured,
// ligatures extracting as their letters, characters only the fallback face
// has (Arabic, arrows, ≥) set and extracted, one resource name per face on
// every page, and the glyph-dependent parts worked out again when more
// glyphs are painted after a save.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeasurer, faceShaper, fontkit } from '../../../../../src/main/export/pdf/layout/fonts';
import type { ShapingFace, TextStyle } from '../../../../../src/main/export/pdf/layout/types';
import { PageContent } from '../../../../../src/main/export/pdf/paint/content';
import { toUnicodeCMap } from '../../../../../src/main/export/pdf/paint/font-embed';
import { paintRuns, PdfFonts, subsetTag, type TextItem } from '../../../../../src/main/export/pdf/paint/text';
import { pdffonts, pdfjsTextItems, qpdfCheck } from '../pdf-tools';

const run = promisify(execFile);
const measurer = createMeasurer();

/** Characters only the fallback face has, and ligatures (glyphs no single character maps to). */
const HOSTILE = 'Pijl → stap, waarde ≥ 5 en مرحبا; stafftoets afgeschaft';
const LIGATURES = 'Officieel effect';
const style: TextStyle = { face: 'regular', size: 12, color: [0, 0, 0] };

let dir = '';
let file = '';
let saved: PDFDocument;

function item(text: string, baseline: number, face: TextStyle['face'] = 'regular'): TextItem {
  return { kind: 'text', x: 40, baseline, text, style: { ...style, face }, width: measurer.width(text, face, 12) };
}

/** The glyphs painting `text` in `face` sets, per face (the fallback pieces included). */
function glyphsOf(text: string, face: TextStyle['face']): Map<ShapingFace, ReturnType<ReturnType<typeof faceShaper>['shape']>> {
  const out = new Map<ShapingFace, ReturnType<ReturnType<typeof faceShaper>['shape']>>();
  for (const run of paintRuns(text, face)) out.set(run.face, [...(out.get(run.face) ?? []), ...faceShaper(run.face).shape(run.text)]);
  return out;
}

interface WrittenFont {
  baseFont: string;
  widths: Map<number, number>;
  toUnicode: Map<number, string>;
  cmap: string;
  fontFile: Uint8Array;
  length1: number;
}

/** Reads every Type0 font of a saved document back, keyed by BaseFont. */
function writtenFonts(pdf: PDFDocument): Map<string, WrittenFont> {
  const out = new Map<string, WrittenFont>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const baseFont = (object.get(PDFName.of('BaseFont')) as PDFName).decodeText();
    const cid = pdf.context.lookup((object.lookup(PDFName.of('DescendantFonts'), PDFArray)).get(0), PDFDict);
    expect(cid.get(PDFName.of('Subtype'))).toBe(PDFName.of('CIDFontType2'));
    expect(cid.get(PDFName.of('CIDToGIDMap'))).toBe(PDFName.of('Identity'));
    expect(object.get(PDFName.of('Encoding'))).toBe(PDFName.of('Identity-H'));
    const widths = new Map<number, number>();
    const w = cid.lookup(PDFName.of('W'), PDFArray).asArray();
    for (let index = 0; index < w.length; index += 2) {
      const first = (w[index] as PDFNumber).asNumber();
      (w[index + 1] as PDFArray).asArray().forEach((value, offset) => widths.set(first + offset, (value as PDFNumber).asNumber()));
    }
    const cmap = inflateSync((pdf.context.lookup(object.get(PDFName.of('ToUnicode')) as PDFRef) as PDFRawStream).contents).toString('latin1');
    const toUnicode = new Map<number, string>();
    const bfchars = [...cmap.matchAll(/beginbfchar\n([\s\S]*?)endbfchar/g)].map((block) => block[1]).join('');
    for (const match of bfchars.matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)) {
      const units = match[2].match(/.{4}/g) ?? [];
      toUnicode.set(parseInt(match[1], 16), String.fromCharCode(...units.map((unit) => parseInt(unit, 16))));
    }
    const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
    expect((descriptor.get(PDFName.of('FontName')) as PDFName).decodeText()).toBe(baseFont);
    const stream = pdf.context.lookup(descriptor.get(PDFName.of('FontFile2')) as PDFRef) as PDFRawStream;
    const fontFile = inflateSync(stream.contents);
    out.set(baseFont, { baseFont, widths, toUnicode, cmap, fontFile, length1: (stream.dict.get(PDFName.of('Length1')) as PDFNumber).asNumber() });
  }
  return out;
}

const nameOf = (face: ShapingFace): string => `${subsetTag(face)}+${faceShaper(face).postscriptName}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-font-embed-'));
  const doc = await PDFDocument.create();
  const fonts = await PdfFonts.embed(doc, ['regular', 'bold', 'fallback']);
  for (let page = 0; page < 2; page += 1) {
    const content = new PageContent(doc, doc.addPage([400, 200]));
    fonts.drawText(content, item(HOSTILE, 60));
    fonts.drawText(content, item(LIGATURES, 100, 'bold'));
    content.finish();
  }
  file = join(dir, 'hostile.pdf');
  await writeFile(file, await doc.save());
  saved = await PDFDocument.load(await doc.save());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the embedded report fonts', () => {
  it('set the hostile text in the face and the fallback', () => {
    const faces = paintRuns(HOSTILE, 'regular').map((run) => run.face);
    expect(faces).toContain('fallback');
    expect(faces).toContain('regular');
    expect(glyphsOf(HOSTILE, 'regular').get('regular')?.some((glyph) => glyph.text === 'fft')).toBe(true);
  });

  it('are listed by pdffonts as embedded subset CID TrueType fonts with ToUnicode maps', async () => {
    const rows = await pdffonts(file);
    expect(rows.map((row) => row.name).sort()).toEqual((['regular', 'bold', 'fallback'] as const).map(nameOf).sort());
    for (const row of rows) {
      expect(row.name).toMatch(/^[A-Z]{6}\+/);
      expect(row.type).toBe('CID TrueType');
      expect(row.encoding).toBe('Identity-H');
      expect([row.embedded, row.subset, row.unicode]).toEqual([true, true, true]);
    }
  });

  it('pass qpdf --check', async () => {
    const check = await qpdfCheck(file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.ok, check.output).toBe(true);
  });

  it('extract with pdftotext and pdf.js: ligatures as letters, fallback characters as themselves', async () => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const pages = stdout.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const text = page.replace(/\s+/g, ' ');
      for (const word of ['Pijl', '→', '≥', 'stafftoets', 'afgeschaft', 'Officieel', 'effect']) expect(text, word).toContain(word);
      for (const letter of 'مرحبا') expect(text, letter).toContain(letter);
    }
    const items = await pdfjsTextItems(file);
    expect(items).toHaveLength(2);
    const text = items[0].map((entry) => entry.str).join('');
    for (const word of ['Pijl', '→', '≥', 'stafftoets', 'afgeschaft', 'Officieel', 'effect']) expect(text, word).toContain(word);
  });

  it('give each used glyph exactly the width the shaper measured, and no other glyph', () => {
    const fonts = writtenFonts(saved);
    const expected = new Map<ShapingFace, Map<number, number>>();
    for (const [text, face] of [
      [HOSTILE, 'regular'],
      [LIGATURES, 'bold'],
    ] as const) {
      for (const [runFace, glyphs] of glyphsOf(text, face)) {
        const widths = expected.get(runFace) ?? new Map<number, number>();
        for (const glyph of glyphs) widths.set(glyph.id, (glyph.width * 1000) / faceShaper(runFace).unitsPerEm);
        expected.set(runFace, widths);
      }
    }
    for (const face of ['regular', 'bold', 'fallback'] as const) {
      const written = fonts.get(nameOf(face));
      expect(written?.widths, face).toEqual(expected.get(face));
    }
    // DejaVu Sans has 2048 units per em: its widths are fractions of a thousandth, kept exact.
    expect([...(fonts.get(nameOf('fallback'))?.widths.values() ?? [])].some((width) => !Number.isInteger(width))).toBe(true);
  });

  it('map every glyph to the text it was painted for, ligatures to their letters, in blocks of at most 100', () => {
    const fonts = writtenFonts(saved);
    for (const [text, face] of [
      [HOSTILE, 'regular'],
      [LIGATURES, 'bold'],
    ] as const) {
      for (const [runFace, glyphs] of glyphsOf(text, face)) {
        const written = fonts.get(nameOf(runFace));
        for (const glyph of glyphs) expect(written?.toUnicode.get(glyph.id), `${runFace} ${glyph.text}`).toBe(glyph.text);
      }
    }
    const bold = faceShaper('bold').shape(LIGATURES).filter((glyph) => glyph.text.length > 1);
    expect(bold.map((glyph) => glyph.text)).toEqual(['ff', 'ff']);
    for (const written of fonts.values()) {
      expect(written.toUnicode.has(0)).toBe(false);
      for (const match of written.cmap.matchAll(/(\d+) beginbfchar/g)) expect(Number(match[1])).toBeLessThanOrEqual(100);
    }
  });

  it('embed font files fontkit reads, with the used glyphs drawn at their own ids', () => {
    for (const written of writtenFonts(saved).values()) {
      expect(written.length1).toBe(written.fontFile.length);
      const font = fontkit.create(written.fontFile);
      for (const id of written.widths.keys()) {
        const glyph = font.getGlyph(id);
        // The space has no outline; every other used glyph has one.
        if (written.toUnicode.get(id) !== ' ') expect(glyph.path.toSVG().length, `${written.baseFont} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('name each face the same on every page and point the name at the font', () => {
    const fontRefs = new Map<string, PDFRef>();
    for (const [ref, object] of saved.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0')) fontRefs.set((object.get(PDFName.of('BaseFont')) as PDFName).decodeText(), ref);
    }
    for (const page of saved.getPages()) {
      const font = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
      const entries = new Map((font?.entries() ?? []).map(([key, value]) => [key.decodeText(), value]));
      expect([...entries.keys()].sort()).toEqual(['F1', 'F3', 'F6']);
      expect(entries.get('F1')).toBe(fontRefs.get(nameOf('regular')));
      expect(entries.get('F3')).toBe(fontRefs.get(nameOf('bold')));
      expect(entries.get('F6')).toBe(fontRefs.get(nameOf('fallback')));
    }
  });

  it('writes the glyphs painted after an earlier save into the next save', async () => {
    const doc = await PDFDocument.create();
    const fonts = await PdfFonts.embed(doc, ['regular']);
    const first = new PageContent(doc, doc.addPage([300, 100]));
    fonts.drawText(first, item('aaa', 50));
    first.finish();
    const before = writtenFonts(await PDFDocument.load(await doc.save())).get(nameOf('regular'));
    const second = new PageContent(doc, doc.addPage([300, 100]));
    fonts.drawText(second, item('zzz', 50));
    second.finish();
    const after = writtenFonts(await PDFDocument.load(await doc.save())).get(nameOf('regular'));
    const [z] = faceShaper('regular').shape('z');
    expect(before?.widths.has(z.id)).toBe(false);
    expect(after?.widths.has(z.id)).toBe(true);
    expect(after?.toUnicode.get(z.id)).toBe('z');
    expect(after && fontkit.create(after.fontFile).getGlyph(z.id).path.toSVG().length).toBeGreaterThan(0);
  });
});

describe('toUnicodeCMap', () => {
  it('writes UTF-16 (surrogate pairs for characters beyond the BMP) in blocks of at most 100', () => {
    const entries = Array.from({ length: 250 }, (_, index) => [index + 1, index === 0 ? '😀' : 'fi'] as const);
    const cmap = toUnicodeCMap(entries);
    expect([...cmap.matchAll(/(\d+) beginbfchar/g)].map((match) => Number(match[1]))).toEqual([100, 100, 50]);
    expect(cmap).toContain('<0001> <D83DDE00>');
    expect(cmap).toContain('<00FA> <00660069>');
    expect(cmap.match(/endbfchar/g)).toHaveLength(3);
  });
});
