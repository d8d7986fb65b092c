// The text painter puts each TJ array together from pieces worked out once
// per word with its space. The report fonts rarely need what makes that hard
// (a space that leaves kerning pending, a word whose first glyph is offset),
// so here the shaper's glyphs are given made-up advances and mark offsets —
// the same for a word wherever it stands, as the real shaper's are, since it
// kerns nothing across a space — and the painted array must still be exactly
// the glyph-by-glyph array of the whole text.

import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import type * as Fonts from '../../../../../src/main/export/pdf/layout/fonts';
import type { ShapedGlyph } from '../../../../../src/main/export/pdf/layout/shaper';
import { A4, type FontFace } from '../../../../../src/main/export/pdf/layout/types';
import { PageContent, pdfNumber } from '../../../../../src/main/export/pdf/paint/content';
import { PdfFonts } from '../../../../../src/main/export/pdf/paint/text';
import { referenceArray as referenceTj } from './reference-tj';

/** A small deterministic hash of a word, to vary its glyphs' metrics. */
function hashOf(word: string): number {
  let hash = 7;
  for (let index = 0; index < word.length; index += 1) hash = (hash * 31 + word.charCodeAt(index)) >>> 0;
  return hash;
}

/**
 * The real glyphs with made-up advances and offsets; spaces advance 37 units past their width
 * and sit 11 units left, and a zero-width space is set as no glyph at all.
 */
function oddGlyphs(real: (text: string) => ShapedGlyph[], text: string): ShapedGlyph[] {
  const out: ShapedGlyph[] = [];
  for (const [index, word] of text.split(' ').entries()) {
    if (index > 0) {
      const [space] = real(' ');
      out.push({ ...space, advance: space.width + 37, xOffset: -11 });
    }
    if (word === '' || word === '\u200b') continue;
    const hash = hashOf(word);
    real(word).forEach((glyph, at) => {
      const wobble = (hash >>> at) % 7;
      out.push({ ...glyph, advance: glyph.width + (wobble - 3) * 9.5, xOffset: wobble === 2 ? 0 : (wobble - 3) * 13.25 });
    });
  }
  return out;
}

vi.mock('../../../../../src/main/export/pdf/layout/fonts', async (importOriginal) => {
  const original = await importOriginal<typeof Fonts>();
  const odd = new Map<string, ReturnType<typeof original.faceShaper>>();
  return {
    ...original,
    faceShaper(face: Parameters<typeof original.faceShaper>[0]) {
      let shaper = odd.get(face);
      if (!shaper) {
        const real = original.faceShaper(face);
        shaper = Object.create(real) as typeof real;
        shaper.shape = (text: string) => oddGlyphs((part) => real.shape(part), text);
        odd.set(face, shaper);
      }
      return shaper;
    },
  };
});

const { faceShaper } = await import('../../../../../src/main/export/pdf/layout/fonts');

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The TJ array body for `text`, glyph by glyph over the (odd) shaper's glyphs of the whole text. */
const referenceArray = (text: string, face: FontFace): string => referenceTj(faceShaper(face), text);

describe('the TJ array put together from word pieces', () => {
  it('is the glyph-by-glyph array of the whole text, whatever the glyphs\' advances and offsets', async () => {
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc);
    const words = ['Ouder', 'AV', 'To', 'effect', 'één', 'x', 'ij', '2026', '', 'coördinatie', 'P.', '\u200b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }), fc.constantFrom<FontFace>('regular', 'bold', 'italic'), (parts, face) => {
        const text = parts.join(' ');
        if (text === '') return;
        const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
        fonts.drawText(content, { kind: 'text', x: 72, baseline: 100, text, style: { face, size: 10, color: [0, 0, 0] }, width: 100 });
        const arrays = content
          .source()
          .split('\n')
          .filter((line) => line.endsWith('] TJ'))
          .map((line) => line.slice(2, -4));
        expect(arrays).toEqual([referenceArray(text, face)]);
      }),
      { numRuns: 300 },
    );
  });

  it('sees the made-up metrics: a space leaves an adjustment before the next word', async () => {
    const doc = await PDFDocument.create();
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    new PdfFonts(doc).drawText(content, { kind: 'text', x: 72, baseline: 100, text: 'AV To', style: { face: 'regular', size: 10, color: [0, 0, 0] }, width: 100 });
    const scale = 1000 / faceShaper('regular').unitsPerEm;
    // The space's glyph advances 37 units past its width: the next glyph moves right by that much (less its own offset).
    expect(content.source()).toContain(`${pdfNumber(round(-37 * scale + -11 * scale - faceShaper('regular').shape('To')[0].xOffset * scale))} `);
  });
});
