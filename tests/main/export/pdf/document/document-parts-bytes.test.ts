import fc from 'fast-check';
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { addCommentNotes, type CommentPlacement } from '../../../../../src/main/export/pdf/document/annotations';
import { addLinks, type AnchorPosition, type LinkPlacement } from '../../../../../src/main/export/pdf/document/links';
import { metadataText } from '../../../../../src/main/export/pdf/document/metadata';
import { addOutline } from '../../../../../src/main/export/pdf/document/outline';
import { asciiHex, asciiString, textHex, textString } from '../../../../../src/main/export/pdf/document/pdf-text';
import { pdfNumber, RawPdfObject } from '../../../../../src/main/export/pdf/document/raw-object';
import { savePdf } from '../../../../../src/main/export/pdf/document/save';
import { A4, type LaidOutHeading } from '../../../../../src/main/export/pdf/layout/types';
import { AppError } from '../../../../../src/shared/errors';
import type { ReportComment } from '../../../../../src/shared/report/doc';
import { referenceCommentNotes, referenceLinks, referenceOutline } from './reference-document-parts';

interface Parts {
  /** Page sizes [width, height]. */
  pages: [number, number][];
  links: LinkPlacement[];
  anchors: Map<string, AnchorPosition>;
  headings: LaidOutHeading[];
  openLevels?: number;
  comments: ReportComment[];
  placements: CommentPlacement[];
  noteX?: number;
  /** Changes the pages' boxes before the parts are added (the same in both builds). */
  shapePages?: (pdf: PDFDocument) => void;
}

/** Builds the document with the real parts or with the reference, and returns what each step said. */
async function build(parts: Parts, way: 'real' | 'reference'): Promise<{ pdf: PDFDocument; results: unknown[] }> {
  // No text: pdf-lib names a page's fonts with random suffixes, which would differ between two builds.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const size of parts.pages) pdf.addPage(size);
  parts.shapePages?.(pdf);
  const real = way === 'real';
  const results = [
    (real ? addLinks : referenceLinks)(pdf, parts.links, parts.anchors),
    (real ? addOutline : referenceOutline)(pdf, parts.headings, { openLevels: parts.openLevels }),
    (real ? addCommentNotes : referenceCommentNotes)(pdf, parts.comments, parts.placements, { x: parts.noteX }),
  ];
  return { pdf, results };
}

/** Both builds, saved as the export saves (object streams, zlib) and as a classic file; every object's text. */
async function bothWays(parts: Parts) {
  const out = await Promise.all(
    (['real', 'reference'] as const).map(async (way) => {
      const { pdf, results } = await build(parts, way);
      const texts = pdf.context.enumerateIndirectObjects().map(([ref, object]) => `${ref.toString()}: ${object.toString()}`);
      const streams = await savePdf(pdf);
      const classic = await (await build(parts, way)).pdf.save({ useObjectStreams: false });
      return { results, texts, streams: Buffer.from(streams), classic: Buffer.from(classic) };
    }),
  );
  return { real: out[0], reference: out[1] };
}

const comment = (id: string, over: Partial<ReportComment> = {}): ReportComment => ({
  id,
  itemId: null,
  anchorBlockId: 'block-1',
  author: { name: 'Anna de Vries', role: 'senior adviseur' },
  initials: 'AV',
  date: '2026-02-03T10:11:12.345Z',
  body: 'Klopt dit cijfer?\r\nBron "CBS" & <GGD> (2024) \\ 🚲',
  quote: '',
  replies: [
    { id: `${id}-r1`, author: { name: 'Bram Jansen', role: 'beleidsadviseur' }, initials: 'BJ', date: '2026-02-04T09:00:00Z', body: 'Ja,\nzie tabel 3.' },
    { id: `${id}-r2`, author: { name: '', role: '' }, initials: 'CK', date: 'geen datum', body: 'Akkoord.' },
  ],
  ...over,
});

/** Any text: any code points, or any UTF-16 code units (lone surrogates too). */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((units) => String.fromCharCode(...units)),
);

const h = (level: 1 | 2 | 3, text: string, pageIndex: number, y: number): LaidOutHeading => ({ level, text, anchor: `a-${text}`, pageIndex, y });

const uri = (pageIndex: number, y: number, target: string, x = 72): LinkPlacement => ({ pageIndex, x, y, width: 120.333, height: 14, target: { kind: 'uri', uri: target } });
const toAnchor = (pageIndex: number, y: number, anchor: string): LinkPlacement => ({ pageIndex, x: 72.1, y, width: 80, height: 12.05, target: { kind: 'anchor', anchor } });

const fixed: Parts = {
  pages: [[A4.width, A4.height], [A4.width, A4.height], [A4.height, A4.width], [300.5, 400.25], [A4.width, A4.height]],
  shapePages(pdf) {
    // A box that does not start at 0, and a page whose box is inherited from the page tree.
    pdf.getPage(3).setMediaBox(0, 50, 300.5, 350.25);
    const inherits = pdf.getPage(4).node;
    inherits.delete(PDFName.of('MediaBox'));
    pdf.catalog.Pages().set(PDFName.of('MediaBox'), pdf.context.obj([0, 0, 500, 700.5]));
  },
  links: [
    uri(0, 100, 'https://www.rotterdam.nl/fietsen'),
    uri(0, 120, 'http://example.org/wiki/Fiets_(vervoermiddel)'),
    uri(0, 140, 'https://example.org/a)b(c\\d'),
    uri(1, 160, 'mailto:info@gemeente.nl?subject=Fietsen naar school'),
    uri(1, 180, 'https://bücher.example/straße?q=één'),
    uri(1, 200, 'javascript:alert(1)'),
    uri(2, 220, 'https://www.rotterdam.nl/fietsen'),
    uri(3, -30.5, 'https://example.org/boven-de-pagina', -10),
    uri(3, 390, 'https://example.org/onder', 0.1 + 0.2),
    uri(7, 10, 'https://example.org/geen-pagina'),
    { ...uri(0, 10, 'https://example.org/leeg'), width: 0 },
    toAnchor(0, 300, 'sec-advies'),
    toAnchor(1, 320, 'sec-advies'),
    toAnchor(2, 340, 'sec-bijlage'),
    toAnchor(2, 360, 'bestaat-niet'),
    toAnchor(3, 380, 'sec-buiten'),
    toAnchor(3, 200, 'sec-hoog'),
    uri(4, 600, 'https://example.org/geerfd'),
    toAnchor(4, 100, 'sec-geerfd'),
  ],
  anchors: new Map([
    ['sec-advies', { pageIndex: 2, y: 150.126 }],
    ['sec-bijlage', { pageIndex: 3, y: 0 }],
    ['sec-buiten', { pageIndex: 9, y: 10 }],
    ['sec-hoog', { pageIndex: 1, y: 5000 }],
    ['sec-geerfd', { pageIndex: 4, y: 40.5 }],
  ]),
  headings: [
    h(1, '1 Aanleiding & uitdaging', 0, 72),
    h(2, '1.1 Achtergrond', 0, 300.555),
    h(2, '1.2 Onderzoeksvragen', 1, 90),
    h(3, '1.2.1 Wie fietst er?', 1, 400),
    h(1, '2 Doelgroep "ouders" <gedrag>\n(regel\ttwee)', 2, 72),
    h(3, '2.0.1 Direct niveau 3 — één \ud800 los', 2, 500),
    h(1, '3 Advies 🚲', 3, -20),
    h(2, '3.1 Onder de pagina', 3, 9000),
    h(1, '4 Bijlage', 4, 650),
  ],
  comments: [comment('c1'), comment('c2', { author: { name: 'Dirk', role: '' }, replies: [], body: 'Tweede', date: 'geen' }), comment('zonder-plek'), comment('c3'), comment('c4')],
  placements: [
    { commentId: 'c1', pageIndex: 1, x: 500, y: 100 },
    { commentId: 'c1', pageIndex: 0, x: 10, y: 10 },
    { commentId: 'c2', pageIndex: 0, x: 590, y: 900 },
    { commentId: 'zonder-plek', pageIndex: 9, x: 1, y: 1 },
    { commentId: 'c3', pageIndex: 3, x: 33.333, y: 55.555 },
    { commentId: 'c4', pageIndex: 4, x: 490, y: 690 },
  ],
};

describe('links, bookmarks and notes are written as pdf-lib writes their dictionaries', () => {
  it('gives the same bytes as building every dictionary with context.obj', async () => {
    const { real, reference } = await bothWays(fixed);
    expect(real.results).toEqual(reference.results);
    expect(real.results[0]).toEqual({ added: 14, dropped: 5 });
    expect(real.results[2]).toEqual({ added: 4, unplaced: ['zonder-plek'] });
    // Flipped with the heights of those boxes: 350.25 and the inherited 700.5.
    const pageFour = (await build(fixed, 'real')).pdf;
    expect(pageFour.getPage(3).getHeight()).toBe(350.25);
    expect(pageFour.getPage(4).node.get(PDFName.of('MediaBox'))).toBeUndefined();
    expect(pageFour.getPage(4).getHeight()).toBe(700.5);
    expect(real.texts).toEqual(reference.texts);
    expect(real.streams.equals(reference.streams)).toBe(true);
    expect(real.classic.equals(reference.classic)).toBe(true);
    // The bookmarks and all three kinds of annotation are in the file.
    const classic = real.classic.toString('latin1');
    for (const part of ['/Subtype /Link', '/S /URI', '/Dest [ ', '/Subtype /Text', '/Subtype /Popup', '/Title <FEFF', '/Count -1', '/CreationDate (D:20260203101112Z)']) {
      expect(classic).toContain(part);
    }
  });

  it('gives the same bytes for any links, headings and notes', async () => {
    const coordinate = fc.oneof(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.integer({ min: -50, max: 900 }), fc.constantFrom(0, -0, 1e-7, 0.005, Number.NaN));
    const text = fc.oneof(anyText, fc.constantFrom('', 'Één (twee) \\ drie', '🚲\u0000\r\n x'));
    const parts = fc.record({
      pageCount: fc.integer({ min: 1, max: 4 }),
      links: fc.array(
        fc.record({
          pageIndex: fc.integer({ min: -1, max: 4 }),
          x: coordinate,
          y: coordinate,
          width: coordinate,
          height: coordinate,
          target: fc.oneof(
            fc.record({ kind: fc.constant('uri' as const), uri: fc.oneof(fc.webUrl(), fc.constantFrom('mailto:a@b.nl', 'ftp://x.nl', 'https://x.nl/(a)\\b')) }),
            fc.record({ kind: fc.constant('anchor' as const), anchor: fc.constantFrom('a', 'b', 'c') }),
          ),
        }),
        { maxLength: 12 },
      ),
      anchors: fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.record({ pageIndex: fc.integer({ min: -1, max: 4 }), y: coordinate })), { maxLength: 2 }),
      headings: fc.array(fc.record({ level: fc.constantFrom(1 as const, 2 as const, 3 as const), text, y: fc.double({ min: -100, max: 1000, noNaN: true }), page: fc.nat() }), { maxLength: 10 }),
      openLevels: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      comments: fc.array(fc.record({ body: text, name: text, date: fc.constantFrom('2026-02-03T10:11:12Z', '', 'x'), x: coordinate, y: coordinate, page: fc.integer({ min: -1, max: 4 }) }), { maxLength: 3 }),
      noteX: fc.option(coordinate, { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(parts, async (p) => {
        const built: Parts = {
          pages: Array.from({ length: p.pageCount }, (_, i) => [A4.width - i * 10.5, A4.height + i * 3.25]),
          links: p.links,
          anchors: new Map(p.anchors),
          headings: p.headings.map((x, i) => h(x.level, x.text, x.page % p.pageCount, x.y + i)),
          openLevels: p.openLevels,
          comments: p.comments.map((c, i) => comment(`c${i}`, { body: c.body, author: { name: c.name, role: '' }, date: c.date })),
          placements: p.comments.map((c, i) => ({ commentId: `c${i}`, pageIndex: c.page, x: c.x, y: c.y })),
          noteX: p.noteX,
        };
        const { real, reference } = await bothWays(built);
        expect(real.results).toEqual(reference.results);
        expect(real.texts).toEqual(reference.texts);
        expect(real.streams.equals(reference.streams)).toBe(true);
        expect(real.classic.equals(reference.classic)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('raw objects and their parts', () => {
  it('formats numbers as PDFNumber does', () => {
    const values = [0, -0, 1, -1, 0.1 + 0.2, 841.89, -30.5, 1e-6, 9.99e-7, 1e-7, -2.5e-9, 123456789.125, 1e20, 1e21, 1.5e300, Number.MIN_VALUE];
    for (const value of values) expect(pdfNumber(value), String(value)).toBe(PDFNumber.of(value).toString());
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => pdfNumber(value) === PDFNumber.of(value).toString()));
  });

  it('writes text strings with the digits of PDFHexString.fromText and byte strings in lower-case hex', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(textHex(value)).toBe(PDFHexString.fromText(metadataText(value)).asString());
        expect(textString(value).toString()).toBe(`<${textHex(value)}>`);
      }),
    );
    expect(textHex('a\ud800b')).toBe('FEFF0061FFFD0062');
    expect(textHex('één\ntwee', { multiline: true })).toBe(PDFHexString.fromText('één\ntwee').asString());
    expect(asciiHex('A)b\\')).toBe('4129625c');
    expect(asciiString('A)b\\').toString()).toBe('<4129625c>');
    expect(() => asciiHex('é')).toThrow(AppError);
  });

  it('is sized, copied, printed and cloned as its text, and refuses what is not ASCII', () => {
    const raw = new RawPdfObject('<<\n/Type /Annot\n/P 3 0 R\n>>');
    const buffer = new Uint8Array(40).fill(0x2e);
    expect(raw.sizeInBytes()).toBe(27);
    expect(raw.copyBytesInto(buffer, 5)).toBe(27);
    expect(Buffer.from(buffer).toString('latin1')).toBe(`.....${raw.toString()}........`);
    expect(raw.clone().toString()).toBe(raw.toString());
    expect(raw.clone()).not.toBe(raw);
    const wide = new RawPdfObject('<<\n/T (é)\n>>');
    expect(() => wide.copyBytesInto(new Uint8Array(40), 0)).toThrow(AppError);
  });
});
