// The faster ways the PDF export starts and finishes must give what the slow
// ways gave: the document written with zlib-compressed object streams holds the
// same objects as pdf-lib's own save(); fontkit as the Node bundle edits it
// (data inflated on first use, glyphs not decoded to be copied into a subset)
// shapes and subsets exactly as the untouched package; and the title page's
// date, kept in the PDF code so the docx package is not loaded, reads as the
// DOCX title page's.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { Encodings } from '@pdf-lib/standard-fonts';
import * as publishedPdfLib from 'pdf-lib';
import { PDFCrossRefStream, PDFDocument, PDFObjectStream, PDFString, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePdf } from '../../../../src/main/export/pdf/document/save';
import { longDate } from '../../../../src/shared/report/long-date';
import { fontkit } from '../../../../src/main/export/pdf/layout/fonts';
import { A4 } from '../../../../src/main/export/pdf/layout/types';
import { compressWithZlib } from '../../../../src/main/export/pdf/paint/content';
import { qpdfCheck, qpdfObjects, type QpdfValue } from './pdf-tools';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const fontFile = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'resources', 'fonts', name)));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdf-fast-paths-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('savePdf', () => {
  /**
   * A document of many small objects, as a report has: 60 pages of text in an embedded
   * subset font, each with link annotations (dictionaries that go into object streams).
   */
  async function painted(): Promise<PDFDocument> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    compressWithZlib(pdf);
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(fontFile('SourceSans3-Regular.ttf'), { subset: true });
    for (let index = 0; index < 60; index += 1) {
      const page = pdf.addPage([A4.width, A4.height]);
      page.drawText(`Pagina ${index + 1}: coördinatie en “ouderbetrokkenheid” — ﬁjn`, { x: 72, y: 760, size: 11, font });
      for (let link = 0; link < 4; link += 1) {
        const rect = [72, 700 - link * 20, 300, 714 - link * 20];
        const uri = PDFString.of(`https://example.org/bron/${index}/${link}`);
        page.node.addAnnot(pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { S: 'URI', URI: uri } })));
      }
    }
    return pdf;
  }

  it('writes the same objects as pdf-lib save(), object streams included, and restores pdf-lib', async () => {
    const objectStreams = PDFObjectStream.withContextAndObjects;
    const crossRefStreams = PDFCrossRefStream.create;
    const slowBytes = await (await painted()).save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
    const fastBytes = await savePdf(await painted());
    expect(PDFObjectStream.withContextAndObjects).toBe(objectStreams);
    expect(PDFCrossRefStream.create).toBe(crossRefStreams);

    const slowFile = join(dir, 'slow.pdf');
    const fastFile = join(dir, 'fast.pdf');
    await writeFile(slowFile, slowBytes);
    await writeFile(fastFile, fastBytes);
    expect((await qpdfCheck(fastFile)).output).toMatch(/No syntax or stream encoding errors found/);
    expect((await qpdfCheck(fastFile)).ok).toBe(true);
    // The compressed streams differ, so the bytes do; the size stays about the same.
    expect(Buffer.compare(Buffer.from(slowBytes), Buffer.from(fastBytes))).not.toBe(0);
    expect(Math.abs(fastBytes.length - slowBytes.length)).toBeLessThan(slowBytes.length * 0.02);

    const slow = await qpdfObjects(slowFile);
    const fast = await qpdfObjects(fastFile);
    expect(fast.pages).toEqual(slow.pages);
    const withoutLength = (dict: Record<string, QpdfValue>) => Object.fromEntries(Object.entries(dict).filter(([key]) => key !== '/Length'));
    let objects = 0;
    let crossRefs = 0;
    // pdf-lib numbers its objects from 1 without gaps; get() gives a reference back when there is no such object.
    for (let number = 1; number < 100_000; number += 1) {
      const ref = `${number} 0 R`;
      const slowValue = slow.get(ref);
      expect(fast.get(ref) === ref).toBe(slowValue === ref);
      if (slowValue === ref) break;
      objects += 1;
      const slowStream = slow.stream(ref);
      const fastStream = fast.stream(ref);
      if (slowStream && fastStream) {
        expect(withoutLength(fastStream.dict)).toEqual(withoutLength(slowStream.dict));
        // The cross-reference stream holds byte offsets, which move with the compressed sizes (qpdf checked them above).
        if (slowStream.dict['/Type'] !== '/XRef') expect(fastStream.data.equals(slowStream.data), ref).toBe(true);
        else crossRefs += 1;
      } else {
        expect(fastStream).toBeUndefined();
        expect(fast.get(ref)).toEqual(slowValue);
      }
    }
    expect(objects).toBeGreaterThan(100);
    expect(crossRefs).toBe(1);
    expect(fast.trailer['/Root']).toEqual(slow.trailer['/Root']);
  });

  it('compresses object streams and the cross-reference stream with FlateDecode', async () => {
    const bytes = Buffer.from(await savePdf(await painted()));
    const text = bytes.toString('latin1');
    const objStm = text.match(/\/Type \/ObjStm[^>]*>>/g) ?? [];
    expect(objStm.length).toBeGreaterThan(0);
    for (const dict of objStm) expect(dict).toContain('/Filter /FlateDecode');
    const xref = text.match(/<<[^>]*\/Type \/XRef[^>]*>>/)?.[0] ?? '';
    expect(xref).toContain('/Filter /FlateDecode');
  });
});

/** `contents` bundled as the Node build bundles it with one of its package-editing plugins (scripts/build-node.mjs). */
async function bundledWith(pluginName: 'fontkitLazyData' | 'standardEncodingsLazy', contents: string): Promise<string> {
  const script = pathToFileURL(join(repoRoot, 'scripts', 'build-node.mjs')).href;
  const plugin = ((await import(script)) as Record<typeof pluginName, Plugin>)[pluginName];
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [plugin],
  });
  return result.outputFiles[0].text;
}

describe('fontkit as the Node bundle edits it', () => {
  type Fontkit = typeof fontkit;
  let edited: Fontkit;

  beforeAll(async () => {
    const source = await bundledWith('fontkitLazyData', "import fontkit from '@pdf-lib/fontkit'; export default fontkit;");
    // The edits were applied (the build fails when one does not match).
    expect(source).toContain('glyfHeader$drijfveer');
    expect(source).not.toContain('dictionary.init(BrotliDecompressBuffer);\nvar decode');
    const file = join(dir, 'fontkit-edited.mjs');
    await writeFile(file, source);
    edited = ((await import(pathToFileURL(file).href)) as { default: Fontkit }).default;
  }, 60_000);

  const TEXTS = [
    'Ouderbetrokkenheid in de voorschool — coördinatie, café, “officieel” ﬁne',
    'مرحبا بالعالم', // Arabic shaper
    'नमस्ते दुनिया', // Indic shaper
    'ᬅᬓ᭄ᬱᬭ ꦲꦏ꧀ꦱꦫ', // Universal shaper (Balinese, Javanese)
    'Ǻǻ Ḗḗ ǅ ŉ ẞ ₤ ∑ √ ≠',
  ];

  const shaped = (font: ReturnType<Fontkit['create']>, text: string) => {
    const run = font.layout(text);
    return { glyphs: run.glyphs.map((glyph) => glyph.id), positions: run.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset]) };
  };

  for (const name of ['SourceSans3-Regular.ttf', 'DejaVuSans.ttf']) {
    it(`shapes as the package does: ${name}`, () => {
      const bytes = fontFile(name);
      const original = fontkit.create(bytes);
      const patched = edited.create(bytes);
      for (const text of TEXTS) expect(shaped(patched, text), text).toEqual(shaped(original, text));
    });

    it(`writes the same subset font, compound glyphs included: ${name}`, async () => {
      const bytes = fontFile(name);
      const encode = async (kit: Fontkit) => {
        const font = kit.create(bytes);
        const subset = font.createSubset();
        const ids = new Set<number>();
        for (const text of TEXTS) for (const glyph of font.layout(text).glyphs) ids.add(glyph.id);
        for (let id = 0; id < Math.min(font.numGlyphs, 400); id += 7) ids.add(id);
        for (const id of ids) subset.includeGlyph(font.getGlyph(id));
        const compound = [...ids].filter((id) => {
          const glyf = (font.getGlyph(id) as unknown as { _decode(): { numberOfContours: number } | null })._decode();
          return glyf !== null && glyf.numberOfContours < 0;
        }).length;
        const parts: Uint8Array[] = [];
        await new Promise<void>((done, fail) => {
          // As pdf-lib's subset embedder reads it.
          const stream = (subset as unknown as { encodeStream(): NodeJS.ReadableStream }).encodeStream();
          stream.on('data', (part: Uint8Array) => parts.push(part));
          stream.on('end', () => done());
          stream.on('error', fail);
        });
        return { bytes: Buffer.concat(parts), compound };
      };
      const original = await encode(fontkit);
      const patched = await encode(edited);
      expect(original.bytes.length).toBeGreaterThan(1000);
      expect(patched.bytes.equals(original.bytes)).toBe(true);
      if (name === 'DejaVuSans.ttf') expect(original.compound).toBeGreaterThan(0);
    });
  }
});

describe('pdf-lib with the standard font encodings made on first use, as the Node bundle edits them', () => {
  type PdfLib = typeof publishedPdfLib;
  let edited: { Encodings: typeof Encodings; pdfLib: PdfLib };
  let source: string;

  beforeAll(async () => {
    source = await bundledWith('standardEncodingsLazy', "export { Encodings } from '@pdf-lib/standard-fonts'; import * as pdfLib from 'pdf-lib'; export { pdfLib };");
    const file = join(dir, 'standard-fonts-edited.mjs');
    await writeFile(file, source);
    edited = (await import(pathToFileURL(file).href)) as typeof edited;
  }, 60_000);

  it('inflates nothing when imported', () => {
    // The edits were applied (the build fails when one does not match).
    expect(source).toContain('allUnicodeMappings$drijfveer');
    expect(source).not.toContain('var decompressedEncodings = decompressJson(AllEncodingsCompressed)');
  });

  it('gives every encoding as the package does, the same object each time', () => {
    for (const name of ['WinAnsi', 'Symbol', 'ZapfDingbats'] as const) {
      const mine = edited.Encodings[name];
      expect(edited.Encodings[name]).toBe(mine);
      expect(mine.name).toBe(Encodings[name].name);
      expect(mine.supportedCodePoints).toEqual(Encodings[name].supportedCodePoints);
      for (const codePoint of Encodings[name].supportedCodePoints) expect(mine.encodeUnicodeCodePoint(codePoint)).toEqual(Encodings[name].encodeUnicodeCodePoint(codePoint));
    }
    expect(Object.keys(edited.Encodings)).toEqual(['Symbol', 'ZapfDingbats', 'WinAnsi']);
  });

  it('writes the same PDF with standard fonts as pdf-lib as published', async () => {
    const write = async (lib: PdfLib) => {
      const pdf = await lib.PDFDocument.create({ updateMetadata: false });
      for (const font of [StandardFonts.Helvetica, StandardFonts.Symbol, StandardFonts.ZapfDingbats]) {
        const embedded = await pdf.embedFont(font);
        const text = font === StandardFonts.Helvetica ? 'Coördinatie – “café” €12' : font === StandardFonts.Symbol ? 'αβγ' : '✓✔';
        pdf.addPage([200, 100]).drawText(text, { x: 10, y: 50, size: 12, font: embedded });
      }
      return Buffer.from(await pdf.save({ useObjectStreams: false }));
    };
    const mine = await write(edited.pdfLib);
    expect(mine.length).toBeGreaterThan(500);
    expect(mine.equals(await write(publishedPdfLib))).toBe(true);
  });
});

describe('longDate', () => {
  it('formats ISO dates in the report language and leaves other text as it is', () => {
    expect(longDate('2026-06-12', 'nl-NL')).toBe('12 juni 2026');
    expect(longDate('2026-06-12', 'en-GB')).toBe('12 June 2026');
    expect(longDate('2024-02-29', 'nl-NL')).toBe('29 februari 2024');
    expect(longDate('2026-13-40', 'nl-NL')).toBe('2026-13-40');
    expect(longDate('juni 2026', 'nl-NL')).toBe('juni 2026');
    expect(longDate('', 'en-GB')).toBe('');
  });

  it('spells every day of two years exactly as Intl does for the report languages, without Intl', () => {
    for (const lang of ['nl', 'nl-NL', 'en-GB']) {
      const intl = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
        const iso = new Date(day).toISOString().slice(0, 10);
        expect(longDate(iso, lang), `${lang} ${iso}`).toBe(intl.format(new Date(day + 43_200_000)));
      }
      // A day past the month's end rolls over as the date parser does, in both.
      expect(longDate('2026-02-30', lang)).toBe(intl.format(new Date('2026-02-30T12:00:00Z')));
    }
    expect(longDate('2026-06-12', 'de-DE')).toBe('12. Juni 2026');
  });
});
