// Line widths summed in font units: the shaping table's join kerning makes
// the sum of two texts' widths exactly the width of the joined text (or
// declines), and the line breaker's runs, which use those sums instead of
// measuring every finished run again, carry the very widths the measurer
// gives their texts, also where ligature letters meet across a soft hyphen,
// a hyphen or a run boundary in one style.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_FACES, createMeasurer, shapingTable } from '../../../../src/main/export/pdf/layout/fonts';
import { breakLines } from '../../../../src/main/export/pdf/layout/line-break';
import type { InlineRun, TextStyle } from '../../../../src/main/export/pdf/layout/types';
import { breakLines as referenceBreakLines } from './reference-line-break';

const measurer = createMeasurer();
const black = [0, 0, 0] as const;

/** Letters that form ligatures or kern (f, i, l, t, T, V, A, o, y), spaces, hyphens, accents, a character no table covers. */
const LETTERS = ['f', 'f', 'i', 'l', 't', 'T', 'V', 'A', 'o', 'y', 'e', 'ö', '.', ',', '-', ' ', '1', '7', 'Ω', '\u00AD'];

describe('joining texts in font units', () => {
  it('adds exactly what the joined text measures, or declines', () => {
    let exact = 0;
    let declined = 0;
    for (const face of FONT_FACES) {
      const table = shapingTable(face);
      expect(table, face).not.toBeNull();
      if (!table) continue;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 }), (left, right) => {
          const a = left.join('');
          const b = right.join('');
          const join = table.joinUnits(a.charCodeAt(a.length - 1), b.charCodeAt(0));
          const wa = table.textWidth(a);
          const wb = table.textWidth(b);
          if (join === null || wa === null || wb === null) {
            declined += 1;
            return;
          }
          exact += 1;
          expect(table.textWidth(a + b)).toBe(wa + join + wb);
        }),
        { numRuns: 400 },
      );
    }
    // Both ways are taken: most joins are exact, ligature letters are declined.
    expect(exact).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(100);
  });

  it('declines where a ligature could form or break, and kerns where only kerning changes', () => {
    const table = shapingTable('regular');
    if (!table) throw new Error('no table for the regular face');
    const code = (ch: string) => ch.charCodeAt(0);
    // "f" + "i" sets the fi ligature: not the two glyphs plus kerning.
    expect(table.joinUnits(code('f'), code('i'))).toBeNull();
    expect(table.joinUnits(code('o'), code('f'))).toBeNull();
    // "T" + "o" kerns; next to a space nothing changes.
    const kern = table.joinUnits(code('T'), code('o'));
    expect(kern).not.toBeNull();
    expect(kern).toBeLessThan(0);
    expect((table.textWidth('To') ?? 0) - (table.textWidth('T') ?? 0) - (table.textWidth('o') ?? 0)).toBe(kern);
    expect(table.joinUnits(code('T'), 32)).toBe(0);
    expect(table.joinUnits(32, code('o'))).toBe(0);
    // A character the table does not cover.
    expect(table.joinUnits(code('T'), code('Ω'))).toBeNull();
  });
});

describe('the line breaker sums run widths in font units', () => {
  const styles: TextStyle[] = [
    { face: 'regular', size: 10, color: black },
    { face: 'italic', size: 10.5, color: black },
    { face: 'bold', size: 7.25, color: [0.1, 0.2, 0.3] },
  ];
  // One style object shared by several runs, so runs join into one placed run mid-word.
  const runArb: fc.Arbitrary<InlineRun> = fc.record({
    text: fc.array(fc.constantFrom(...LETTERS, ' ', ' ', 'office', 'Tafel', 'AVOTY', 'staf\u00ADfel', 'lift-'), { maxLength: 14 }).map((parts) => parts.join('')),
    style: fc.constantFrom(...styles),
  });

  it('gives every placed run the width the measurer gives its text, and the lines of the reference breaker', () => {
    let joined = 0;
    fc.assert(
      fc.property(fc.array(runArb, { maxLength: 6 }), fc.double({ min: 15, max: 300, noNaN: true }), fc.boolean(), (runs, width, hyphenate) => {
        const options = { width, language: 'nl' as const, hyphenate };
        const lines = breakLines(runs, measurer, options);
        expect(lines).toStrictEqual(referenceBreakLines(runs, measurer, options));
        for (const line of lines) {
          let x = 0;
          for (const run of line.runs) {
            expect(run.width).toBe(measurer.width(run.text, run.style.face, run.style.size));
            expect(run.x).toBe(x);
            x += run.width;
            if (/[^ ]\S/.test(run.text)) joined += 1;
          }
          expect(line.width).toBe(x);
        }
      }),
      { numRuns: 500 },
    );
    expect(joined).toBeGreaterThan(100);
  });
});
