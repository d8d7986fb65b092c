// The one-pass text measures behind the column widths give exactly what the
// plain definitions give (words split at white space and after hyphens,
// characters counted as code points), for any text: emoji, lone surrogates,
// every kind of white space JavaScript knows, runs of hyphens.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCount, longestWordLength, words } from '../../../../src/main/export/docx/column-widths';

const tricky = fc.constantFrom(
  'a', 'ë', '-', '--', ' ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff',
  '\u180e', '\u200b', '👩', '\ud83d', '\udc69', 'x-', '-y', 'Ouderbetrokkenheid',
);
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join('')));

describe('column width text measures', () => {
  it('charCount counts code points like the spread operator', () => {
    fc.assert(
      fc.property(texts, (text) => charCount(text) === [...text].length),
      { numRuns: 2000 },
    );
  });

  it('longestWordLength is the length of the longest of words()', () => {
    fc.assert(
      fc.property(texts, (text) => longestWordLength(text) === Math.max(0, ...words(text).map((word) => [...word].length))),
      { numRuns: 2000 },
    );
  });

  it('agrees on the cases that matter for Dutch tables', () => {
    expect(longestWordLength('Vve-locaties en kosten-baten')).toBe('locaties'.length);
    expect(longestWordLength('ouderbetrokkenheid\u00a0x')).toBe(18);
    expect(longestWordLength('')).toBe(0);
    expect(longestWordLength('👩‍👧 ab')).toBe(3);
  });
});
