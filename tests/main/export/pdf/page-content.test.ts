// The page content writer on its own: numbers as pdf-lib formats them, glyph
// codes as literal strings a reader decodes back to the same bytes, colour
// and font written only when they change (and known again after a restore),
// shapes that render like pdf-lib's, one deterministic compressed stream per
// page.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef, numberToString, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faceRuns } from '../../../../src/main/export/pdf/layout/fonts';
import { literalCode, literalCodesOfHex, PageContent, pdfNumber } from '../../../../src/main/export/pdf/paint/content';
import { paintRuns } from '../../../../src/main/export/pdf/paint/text';
import { AppError } from '../../../../src/shared/errors';

const run = promisify(execFile);
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-page-content-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a PDF literal string body back to bytes, by the escapes the spec defines. */
function decodeLiteral(body: string): number[] {
  const out: number[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const ch = body[index];
    if (ch === '(' || ch === ')' || ch === '\r') throw new Error(`unescaped ${JSON.stringify(ch)}`);
    if (ch !== '\\') {
      out.push(body.charCodeAt(index));
      continue;
    }
    index += 1;
    const next = body[index];
    out.push(next === 'r' ? 0x0d : next === 'n' ? 0x0a : body.charCodeAt(index));
  }
  return out;
}

async function newPage(width = 200, height = 100): Promise<{ pdf: PDFDocument; content: PageContent }> {
  const pdf = await PDFDocument.create();
  return { pdf, content: new PageContent(pdf, pdf.addPage([width, height])) };
}

/** The decoded content streams of every page. */
async function contentsOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const ref = contents instanceof PDFArray ? contents.get(0) : contents;
    const stream = ref ? pdf.context.lookup(ref as PDFRef) : undefined;
    return stream instanceof PDFRawStream ? inflateSync(stream.contents).toString('latin1') : '';
  });
}

async function pixelsOf(bytes: Uint8Array, name: string): Promise<Buffer> {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, bytes);
  await run('pdftoppm', ['-r', '144', '-singlefile', file, join(dir, name)]);
  return readFile(join(dir, `${name}.ppm`));
}

/** Reads RGB pixels of a binary PPM, top-left origin. */
function pixelReader(ppm: Buffer): (x: number, y: number) => number[] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const width = Number(header[1]);
  return (x, y) => {
    const at = header[0].length + 3 * (Math.floor(y) * width + Math.floor(x));
    return [ppm[at], ppm[at + 1], ppm[at + 2]];
  };
}

describe('pdfNumber', () => {
  it('writes every number exactly as pdf-lib does', () => {
    for (const value of [0, -0, 1, -1, 0.5, 1e-7, -3.5e-9, 1e21, 2 ** 80, 0.1 + 0.2, 841.89, 1 / 3]) {
      expect(pdfNumber(value), String(value)).toBe(numberToString(value));
    }
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => pdfNumber(value) === numberToString(value)));
  });
});

describe('literal glyph codes', () => {
  it('decode back to the two bytes of every code, with no bare parenthesis, backslash or CR', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const bytes = decodeLiteral(literalCode(code));
      if (bytes[0] !== code >> 8 || bytes[1] !== (code & 0xff) || bytes.length !== 2) throw new Error(`code ${code.toString(16)} reads back as ${bytes.join(',')}`);
    }
    expect(literalCode(0x2829)).toBe('\\(\\)');
    expect(literalCode(0x0d5c)).toBe('\\r\\\\');
    expect(literalCodesOfHex('0041002800FF')).toEqual(['\u0000A', '\u0000\\(', '\u0000\u00ff']);
  });
});

describe('PageContent', () => {
  it('shares one text object between texts and writes colour and font only when they change', async () => {
    const { pdf, content } = await newPage();
    const font = await pdf.embedFont('Helvetica');
    const red: [number, number, number] = [1, 0, 0];
    content.beginText();
    content.textColor(red);
    content.showText(font, '10', 10, 50, '(A) ');
    content.textColor(red);
    content.showText(font, '10', 30, 50, '(B) ');
    content.showText(font, '12', 50, 50, '(C) ');
    const key = content.fontKey(font);
    expect(content.source()).toBe(`BT\n1 0 0 rg\n${key} 10 Tf\n1 0 0 1 10 50 Tm\n[ (A) ] TJ\n1 0 0 1 30 50 Tm\n[ (B) ] TJ\n${key} 12 Tf\n1 0 0 1 50 50 Tm\n[ (C) ] TJ\nET\n`);
  });

  it('knows colour and font again after a restore, and sets them anew inside a saved state', async () => {
    const { pdf, content } = await newPage();
    const font = await pdf.embedFont('Helvetica');
    content.beginText();
    content.textColor([1, 0, 0]);
    content.showText(font, '10', 10, 50, '(A) ');
    content.save([0, 1, -1, 0, 60, 40]);
    content.beginText();
    content.textColor([0, 0, 1]);
    content.showText(font, '12', 0, 0, '(B) ');
    content.restore();
    content.beginText();
    content.textColor([1, 0, 0]);
    content.showText(font, '10', 10, 20, '(C) ');
    const lines = content.source().split('\n');
    expect(lines.filter((line) => line.endsWith(' rg'))).toEqual(['1 0 0 rg', '0 0 1 rg']);
    expect(lines.filter((line) => line.endsWith(' Tf')).map((line) => line.split(' ')[1])).toEqual(['10', '12']);
    expect(lines.slice(lines.indexOf('q') - 1, lines.indexOf('q') + 2)).toEqual(['ET', 'q', '0 1 -1 0 60 40 cm']);
    expect(lines[lines.indexOf('Q') - 1]).toBe('ET');
    // Rendered, the text after the restore is red, as the writer assumed without writing rg again.
    content.finish();
    const pixel = pixelReader(await pixelsOf(await pdf.save(), 'restore'));
    const inBox = (left: number, top: number, right: number, bottom: number, match: (rgb: number[]) => boolean) => {
      for (let y = top; y < bottom; y += 1) for (let x = left; x < right; x += 1) if (match(pixel(x, y))) return true;
      return false;
    };
    const red = ([r, g, b]: number[]) => r > 200 && g < 90 && b < 90;
    const blue = ([r, g, b]: number[]) => b > 200 && r < 90 && g < 90;
    // At 144 dpi: "C" at (10, 20) from the bottom of a 100 pt page, "B" turned about (60, 40).
    expect(inBox(20, 2 * (100 - 20 - 8), 2 * 18, 2 * (100 - 20), red)).toBe(true);
    expect(inBox(20, 2 * (100 - 20 - 8), 2 * 18, 2 * (100 - 20), blue)).toBe(false);
    expect(inBox(2 * 50, 2 * (100 - 50), 2 * 62, 2 * (100 - 38), blue)).toBe(true);
  });

  it('paints rectangles, lines and images to the same pixels as pdf-lib', async () => {
    const shapes = [
      { x: 10.25, y: 12.5, width: 40, height: 30, fill: [1, 0, 0] as [number, number, number], borderWidth: 0 },
      { x: 60, y: 12, width: 40, height: 30, stroke: [0, 0, 1] as [number, number, number], borderWidth: 2.5 },
      { x: 110, y: 12, width: 40, height: 30, fill: [0, 0.5, 0] as [number, number, number], stroke: [0, 0, 0] as [number, number, number], borderWidth: 1.5 },
      { x: 160, y: 12, width: 30, height: 30, fill: [0.2, 0.4, 0.6] as [number, number, number], stroke: [1, 0, 1] as [number, number, number], borderWidth: 0 },
      { x: 10, y: 60, width: 30, height: 20, stroke: [0, 0, 0] as [number, number, number], borderWidth: 0 },
    ];
    const mine = await newPage();
    for (const shape of shapes) mine.content.rectangle(shape);
    mine.content.line(50, 90, 190, 70.3, 0.75, [0.3, 0.3, 0.3]);
    mine.content.finish();

    const theirs = await newPage();
    const page = theirs.pdf.getPage(0);
    const colour = (value: [number, number, number] | undefined) => (value ? rgb(value[0], value[1], value[2]) : undefined);
    for (const shape of shapes) {
      page.drawRectangle({
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        ...(shape.fill ? { color: colour(shape.fill) } : {}),
        ...(shape.stroke ? { borderColor: colour(shape.stroke), borderWidth: shape.borderWidth } : { borderWidth: 0 }),
      });
    }
    page.drawLine({ start: { x: 50, y: 90 }, end: { x: 190, y: 70.3 }, thickness: 0.75, color: rgb(0.3, 0.3, 0.3) });
    const [a, b] = await Promise.all([pixelsOf(await mine.pdf.save(), 'shapes-mine'), pixelsOf(await theirs.pdf.save(), 'shapes-theirs')]);
    expect(a.equals(b)).toBe(true);
    // And the shapes are really there: the red square's centre, the blue border, the green fill.
    const pixel = pixelReader(a);
    expect(pixel(2 * 30, 2 * (100 - 27.5))).toEqual([255, 0, 0]);
    expect(pixel(2 * 60, 2 * (100 - 27))).toEqual([0, 0, 255]);
    expect(pixel(2 * 80, 2 * (100 - 27))).toEqual([255, 255, 255]);
    expect(pixel(2 * 130, 2 * (100 - 27))).toEqual([0, 128, 0]);
  });

  it('adds one compressed stream per page, the same bytes every time, and none for an empty page', async () => {
    const build = async () => {
      const { pdf, content } = await newPage();
      content.rectangle({ x: 1, y: 2, width: 3, height: 4, fill: [0, 0, 0], borderWidth: 0 });
      content.finish();
      const empty = new PageContent(pdf, pdf.addPage([10, 10]));
      empty.finish();
      return pdf;
    };
    const [one, two] = await Promise.all([build(), build()]);
    const [first, second] = [await one.save(), await two.save()];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(await contentsOf(first)).toEqual(['q\n0 0 0 rg\n1 2 3 4 re\nf\nQ\n', '']);
    expect(one.getPage(1).node.get(PDFName.of('Contents'))).toBeUndefined();
    const stream = one.context.lookup(one.getPage(0).node.normalizedEntries().Contents?.get(0) as PDFRef);
    expect(stream instanceof PDFRawStream && stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
  });

  it('refuses to restore more often than it saved, or to finish inside a saved state, with a coded error', async () => {
    const { pdf, content } = await newPage();
    const code = (act: () => void) => {
      try {
        act();
      } catch (error) {
        return error instanceof AppError ? error.code : 'not coded';
      }
      return 'no error';
    };
    expect(code(() => content.restore())).toBe('INTERNAL');
    content.save([1, 0, 0, 1, 0, 0]);
    expect(code(() => content.finish())).toBe('INTERNAL');
    content.restore();
    content.finish();
    // After the refusals the balanced save/restore is written whole, and nothing else.
    const [written] = await contentsOf(await pdf.save());
    expect(written).toMatch(/^q\n[^Q]*\nQ\n$/);
  });
});

describe('paintRuns', () => {
  it('cuts every text as faceRuns does, for every face', () => {
    const pieces = ['Ouder', 'café ', 'één', '“quote”', ' – ', '…', 'ﬁ', 'Ωmega', 'שלום', '👩‍👧', 'x\u0308', '\u00ad', '\t', 'ǅ', 'ő', '€', ' '];
    const faces = ['regular', 'italic', 'bold', 'boldItalic', 'semibold'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...faces), (parts, face) => {
        const text = parts.join('');
        expect(paintRuns(text, face)).toEqual(faceRuns(text, face));
      }),
      { numRuns: 300 },
    );
    // The shortcut is taken for plain Dutch text, and a character the face lacks still goes to the fallback.
    expect(paintRuns('Een gewone zin, met één café.', 'regular')).toEqual([{ face: 'regular', text: 'Een gewone zin, met één café.' }]);
    expect(paintRuns('Tekst שלום', 'regular').some((run) => run.face === 'fallback')).toBe(true);
  });
});
