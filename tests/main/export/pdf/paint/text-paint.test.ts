// The text painter's own bookkeeping: the TJ array it puts together from
// memoised word pieces must be exactly the array a glyph-by-glyph walk over
// the whole text gives (kerning, mark offsets, ligatures, runs of spaces,
// texts painted again), and a face must be embedded when text is first set
// in it — never one the pages do not use, also when a text's characters all
// go to the fallback face.

import fc from 'fast-check';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { faceShaper } from '../../../../../src/main/export/pdf/layout/fonts';
import { A4, type FontFace, type TextStyle } from '../../../../../src/main/export/pdf/layout/types';
import { PageContent } from '../../../../../src/main/export/pdf/paint/content';
import { PdfFonts, type TextItem } from '../../../../../src/main/export/pdf/paint/text';
import { referenceArray as referenceTj } from './reference-tj';

/** The TJ array body for `text`, glyph by glyph over the shaper's glyphs of the whole text. */
const referenceArray = (text: string, face: FontFace): string => referenceTj(faceShaper(face), text);

function item(text: string, face: FontFace, baseline = 100): TextItem {
  const style: TextStyle = { face, size: 11, color: [0, 0, 0] };
  return { kind: 'text', x: 72, baseline, text, style, width: 100 };
}

/** The body of every TJ array in the content, in order. */
function arraysOf(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => line.endsWith('] TJ'))
    .map((line) => line.slice(2, -4));
}

/** BaseFont names of the Type0 fonts in the document. */
function embeddedFonts(doc: PDFDocument): string[] {
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Subtype'))?.toString() === '/Type0') names.push(object.get(PDFName.of('BaseFont'))?.toString() ?? '');
  }
  return names.map((name) => name.replace(/^\/[A-Z]{6}\+/, '')).sort();
}

describe('the TJ array of a text', () => {
  // Kerned pairs, ligatures, a combining mark (x has no composed form), accents, digits, punctuation.
  const words = ['AV', 'To', 'Ty', 'effect', 'officieel', 'x\u0308y', '\u0308x', 'coördinatie', 'één', '“Wa”', '2026', 'f', '', 'P.', 'LT', 'ff'];

  it('is the glyph-by-glyph array of the whole text, for texts painted for the first time and again', async () => {
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc);
    const faces: FontFace[] = ['regular', 'italic', 'bold', 'boldItalic', 'semibold'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(' ', '  ', '   '), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(...faces),
        (parts, gaps, face) => {
          // Spaces between the words, and sometimes before the first or after the last.
          const text = parts.map((part, index) => (index === 0 && gaps[7] === '   ' ? ' ' : '') + part).join(gaps[0]) + (gaps[1] === '  ' ? ' ' : '');
          if (text === '') return;
          const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
          fonts.drawText(content, item(text, face));
          fonts.drawText(content, item(text, face, 120));
          const expected = referenceArray(text, face);
          expect(arraysOf(content.source())).toEqual([expected, expected]);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('is kerned and offset where the shaper says (the property above can see adjustments)', async () => {
    const doc = await PDFDocument.create();
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    new PdfFonts(doc).drawText(content, item('AV To x\u0308y', 'regular'));
    const [array] = arraysOf(content.source());
    expect(array).toBe(referenceArray('AV To x\u0308y', 'regular'));
    // Numbers between the literal strings: kerning inside "AV" and "To", the mark's offset.
    expect(array.split(' ').filter((element) => /^-?\d/.test(element)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('embedding faces on first use', () => {
  it('embeds only the faces text is painted in, each once, in the order first used', async () => {
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc);
    expect(embeddedFonts(doc)).toEqual([]);
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    fonts.drawText(content, item('Gewone tekst', 'regular'));
    fonts.drawText(content, item('Nog meer', 'regular', 120));
    expect(embeddedFonts(doc)).toEqual(['SourceSans3-Regular']);
    fonts.drawText(content, item('Vet', 'bold', 140));
    expect(embeddedFonts(doc)).toEqual(['SourceSans3-Bold', 'SourceSans3-Regular']);
    content.finish();
    const resources = doc.getPage(0).node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    expect(resources?.keys().map((key) => key.toString())).toEqual(['/F1', '/F3']);
  });

  it('embeds the fallback face, and not the item\'s own face, for text only the fallback can set', async () => {
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc);
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    fonts.drawText(content, item('שלום', 'italic'));
    expect(embeddedFonts(doc)).toEqual(['DejaVuSans']);
    fonts.drawText(content, item('Tekst שלום', 'italic', 120));
    expect(embeddedFonts(doc)).toEqual(['DejaVuSans', 'SourceSans3-It']);
  });

  it('embeds nothing for an empty text', async () => {
    const doc = await PDFDocument.create();
    const content = new PageContent(doc, doc.addPage([A4.width, A4.height]));
    new PdfFonts(doc).drawText(content, item('', 'semibold'));
    expect(content.source()).toBe('');
    content.finish();
    expect(embeddedFonts(doc)).toEqual([]);
  });
});
