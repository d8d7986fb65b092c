// The page painter writes content as text (shared text objects, colour and
// font only on change, literal glyph strings, `re` rectangles, zlib in the
// thread pool). These tests hold it to the reference painter, which paints
// the same layout through pdf-lib's own draw methods: the Dutch sample report
// (title page with logo, contents, tables, figures with upright labels,
// links) plus text that needs the fallback font, combining marks and glyphs
// neither font has. Judged by poppler (every word and its box, every page's
// pixels, the fonts), qpdf and pdf.js.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareLogo } from '../../../../src/main/export/docx/logo';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { compressWithZlib } from '../../../../src/main/export/pdf/paint/content';
import { embedLogo, layoutReport, logoSize, paintPages } from '../../../../src/main/export/pdf/render-pdf';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Project } from '../../../../src/shared/model/project';
import type { RichText } from '../../../../src/shared/model/rich-text';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { type BboxResult, pdffonts, pdfjsTextItems, pdftotextBbox, qpdfCheck, type PdfJsTextItem } from './pdf-tools';
import { referencePaint } from './reference-paint';

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '..', '..', '..', '..');

const paragraph = (text: string, href?: string): RichText['content'][number] => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(href ? { marks: [{ type: 'link' as const, href }] } : {}) }],
});

/** Text for the fallback face, combining marks, missing glyphs and a link, ahead of the sample's own context text. */
function withOddText(project: Project): Project {
  const copy = structuredClone(project);
  copy.context.background = {
    type: 'doc',
    content: [
      paragraph('Schriften: Ωmega ✓ – שלום עולם, مرحبا, emoji 👩‍👧 🎉, Zalgo Z\u0351a\u030dl\u034ago, bli\u0301j, coe\u0308rdinatie, x\u0308y, stafftoets.'),
      paragraph('www.gemeente.nl/vve', 'https://www.gemeente.nl/vve'),
      ...copy.context.background.content,
    ],
  };
  return copy;
}

interface Painted {
  file: string;
  bbox: BboxResult;
  /** Decoded content of every page. */
  contents: string[];
}

let dir = '';
let fast: Painted;
let reference: Painted;
let pageCount = 0;

/** Paints the report's layout with one painter into a file (no document-level parts: they are the same code for both). */
async function paint(doc: ReportDoc, name: string, painter: 'fast' | 'reference'): Promise<Painted> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  if (painter === 'fast') compressWithZlib(pdf);
  const logo = await embedLogo(pdf, await prepareLogo(doc.meta.logo));
  const { pages, drawings } = layoutReport(doc, logoSize(logo));
  pageCount = pages.length;
  if (painter === 'fast') await paintPages(pdf, { pages, drawings }, logo);
  else await referencePaint(pdf, pages, drawings, logo);
  const bytes = await pdf.save({ useObjectStreams: true });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, bytes);
  return { file, bbox: await pdftotextBbox(file), contents: await pageContents(bytes) };
}

async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((ref) => {
        const stream = pdf.context.lookup(ref as PDFRef);
        if (!(stream instanceof PDFRawStream)) throw new Error('content is not a stream');
        return inflateSync(stream.contents).toString('latin1');
      })
      .join('');
  });
}

async function pixels(file: string, page: number): Promise<Buffer> {
  const prefix = join(dir, `${file.split('/').pop()}-${page}`);
  await run('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return readFile(`${prefix}.ppm`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-paint-equal-'));
  const project = (await readProjectFile(join(repoRoot, 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
  const doc = reportDocFor(withOddText(project), 'nl');
  fast = await paint(doc, 'fast', 'fast');
  reference = await paint(doc, 'reference', 'reference');
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the page painter against the reference painter', () => {
  it('paints a report with everything the painter handles', () => {
    const all = fast.contents.join('\n');
    expect(pageCount).toBeGreaterThan(10);
    for (const operator of [' TJ\n', ' re\n', ' l\n', ' c\n', ' Do\n', '0 1 -1 0 ']) expect(all, operator).toContain(operator);
    const words = new Set(fast.bbox.words.map((word) => word.text.normalize('NFC')));
    // Hebrew comes back in visual order; the emoji neither font has as U+FFFD.
    for (const word of ['Ωmega', 'coërdinatie,', 'stafftoets.', 'www.gemeente.nl/vve', '\ufffd']) expect(words.has(word), word).toBe(true);
    expect([...words].some((word) => /^[\u05d0-\u05ea]+,?$/.test(word))).toBe(true);
  });

  it('passes qpdf --check', async () => {
    const check = await qpdfCheck(fast.file);
    expect(check.exitCode, check.output).toBe(0);
    expect(check.output).not.toMatch(/WARNING/i);
  });

  it('sets every word pdftotext reads at exactly the reference box', () => {
    expect(fast.bbox.pages).toEqual(reference.bbox.pages);
    expect(fast.bbox.words.length).toBeGreaterThan(2000);
    expect(fast.bbox.words).toEqual(reference.bbox.words);
  });

  it('renders every page to the reference pixels', async () => {
    for (let page = 1; page <= pageCount; page += 1) {
      const [mine, theirs] = await Promise.all([pixels(fast.file, page), pixels(reference.file, page)]);
      expect(mine.equals(theirs), `page ${page}`).toBe(true);
    }
  }, 120_000);

  it('gives pdf.js the same text at the same places', async () => {
    const [mine, theirs] = await Promise.all([pdfjsTextItems(fast.file), pdfjsTextItems(reference.file)]);
    const flat = (pages: PdfJsTextItem[][]) => pages.map((items) => items.filter((item) => item.str.trim() !== '').map((item) => `${item.str}@${item.x.toFixed(3)},${item.y.toFixed(3)}`));
    expect(mine).toHaveLength(pageCount);
    expect(flat(mine)).toEqual(flat(theirs));
  });

  it('embeds the same subset fonts', async () => {
    const mine = await pdffonts(fast.file);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.some((row) => /DejaVu/.test(row.name))).toBe(true);
    expect(mine).toEqual(await pdffonts(reference.file));
  });

  it('writes at most two thirds of the reference content', () => {
    const length = (painted: Painted) => painted.contents.reduce((sum, content) => sum + content.length, 0);
    expect(length(fast)).toBeLessThan((length(reference) * 2) / 3);
  });
});
