// The measurer against fontkit's own layout: kerning and ligatures counted,
// and the fast pair-table path giving exactly what layout() gives.

import { describe, expect, it } from 'vitest';
import { FONT_FACES, createMeasurer, faceShaper, fontBytes, fontkit } from '../../../../src/main/export/pdf/layout/fonts';
import { FaceShaper } from '../../../../src/main/export/pdf/layout/shaper';
import { sampleText } from './text-helpers';

const layoutWidth = (face: (typeof FONT_FACES)[number], text: string, size: number) => {
  const font = fontkit.create(fontBytes(face));
  const run = font.layout(text);
  return (run.positions.reduce((sum, position) => sum + position.xAdvance, 0) * size) / font.unitsPerEm;
};

function sampleWords(): string[] {
  return [...new Set(sampleText().split(/\s+/u).filter((word) => word.length > 0))];
}

describe('createMeasurer', () => {
  const measurer = createMeasurer();

  it('counts kerning: "AV" and "To" are narrower than their glyphs side by side', () => {
    for (const pair of ['AV', 'To']) {
      const together = measurer.width(pair, 'regular', 12);
      const apart = measurer.width(pair[0], 'regular', 12) + measurer.width(pair[1], 'regular', 12);
      expect(together).toBeLessThan(apart - 0.1);
      expect(together).toBeCloseTo(layoutWidth('regular', pair, 12), 9);
    }
  });

  it('counts ligatures: "ff" and "ft" are set as one glyph each, narrower than two', () => {
    const font = fontkit.create(fontBytes('regular'));
    expect(font.layout('effect heeft').glyphs.map((glyph) => (glyph as unknown as { name: string }).name)).toContain('f_f');
    for (const word of ['effect', 'heeft', 'officieel']) {
      expect(measurer.width(word, 'regular', 10)).toBeCloseTo(layoutWidth('regular', word, 10), 9);
    }
    expect(measurer.width('ff', 'bold', 10)).toBeLessThan(2 * measurer.width('f', 'bold', 10));
  });

  it('scales linearly with the size and has font ascent and descent', () => {
    expect(measurer.width('Gemeente', 'semibold', 20)).toBeCloseTo(2 * measurer.width('Gemeente', 'semibold', 10), 9);
    expect(measurer.ascent('regular', 10)).toBeGreaterThan(6);
    expect(measurer.descent('regular', 10)).toBeGreaterThan(1);
    expect(measurer.descent('regular', 10)).toBeLessThan(measurer.ascent('regular', 10));
  });

  it('gives exactly what layout() gives for real text in every face, also once the pair table answers', () => {
    const words = sampleWords();
    expect(words.length).toBeGreaterThan(300);
    for (const face of FONT_FACES) {
      const shaper = new FaceShaper(fontkit.create(fontBytes(face)));
      const font = fontkit.create(fontBytes(face));
      const exact = (word: string) => font.layout(word).positions.reduce((sum, position) => sum + position.xAdvance, 0);
      // First pass teaches the pair table, the second is answered from it: both must be exact.
      for (const word of words.slice(0, 120)) expect(shaper.width(word)).toBe(exact(word));
      const callsBefore = shaper.layoutCalls;
      const rest = words.slice(120, 240);
      for (const word of rest) expect(shaper.width(word), `${face}: ${word}`).toBe(exact(word));
      // Most later words come from the pair table, not from layout().
      expect(shaper.layoutCalls - callsBefore).toBeLessThan(rest.length * 0.6);
      // Sentences split at spaces measure the same as one layout() of the whole.
      const sentence = rest.slice(0, 12).join(' ');
      expect(shaper.width(sentence)).toBe(exact(sentence));
    }
  });

  it('no face kerns against a space, which splitting text at spaces relies on', () => {
    for (const face of FONT_FACES) {
      const font = fontkit.create(fontBytes(face));
      const plain = (text: string) => font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
      const kerned = (text: string) => font.layout(text).positions.reduce((sum, position) => sum + position.xAdvance, 0);
      const letters = 'AVTYWLPFKXJfrvwy.,;:!?"\'()-«»„“”‘’0123456789ÀÉËÏÖÜé';
      for (const ch of letters) {
        for (const text of [`${ch} `, ` ${ch}`]) expect(kerned(text), `${face} ${JSON.stringify(text)}`).toBe(plain(text));
      }
    }
  });

  it('sets combining marks: composed where the font has the letter, positioned on the letter otherwise', () => {
    const shaper = faceShaper('regular');
    const composed = shaper.shape('coe\u0308rdinatie');
    expect(composed.map((glyph) => glyph.text).join('')).toBe('coërdinatie');
    expect(measurer.width('coe\u0308rdinatie', 'regular', 10)).toBeCloseTo(layoutWidth('regular', 'coërdinatie', 10), 9);
    const marked = shaper.shape('x\u0308y');
    expect(marked.some((glyph) => glyph.xOffset !== 0 && glyph.advance === 0)).toBe(true);
    expect(measurer.width('x\u0308y', 'regular', 10)).toBeCloseTo(layoutWidth('regular', 'x\u0308y', 10), 9);
  });
});
