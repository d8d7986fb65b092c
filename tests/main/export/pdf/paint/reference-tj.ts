// The reference the painter's TJ arrays are held to: the array body for a text
// walked glyph by glyph over the shaper's glyphs of the whole text (kerning and
// mark offsets as numbers between literal strings of glyph codes).

import type { ShapedGlyph } from '../../../../../src/main/export/pdf/layout/shaper';
import { literalCode, pdfNumber } from '../../../../../src/main/export/pdf/paint/content';

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function referenceArray(shaper: { unitsPerEm: number; shape(text: string): readonly ShapedGlyph[] }, text: string): string {
  const scale = 1000 / shaper.unitsPerEm;
  let out = '';
  let run = '';
  let pending = 0;
  for (const glyph of shaper.shape(text)) {
    const before = round(pending - glyph.xOffset * scale);
    if (before !== 0) {
      if (run !== '') out += `(${run}) `;
      run = '';
      out += `${pdfNumber(before)} `;
    }
    run += literalCode(glyph.id);
    pending = (glyph.width - glyph.advance) * scale + glyph.xOffset * scale;
  }
  return run === '' ? out : `${out}(${run}) `;
}
