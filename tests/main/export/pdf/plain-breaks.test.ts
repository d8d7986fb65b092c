// The line breaker's scan of plain text against the linebreak package it
// stands in for: the same break positions, none required, on every short
// string of one character per class, on random texts of the whole plain set
// (and of other characters, where the scan must decline), and for every
// character it counts as plain.

import fc from 'fast-check';
import LineBreaker from 'linebreak';
import { describe, expect, it } from 'vitest';
import { plainBreaks } from '../../../../src/main/export/pdf/layout/line-break';

/** The package's breaks, a required one marked with "!". */
function packageBreaks(text: string): string[] {
  const breaker = new LineBreaker(text);
  const out: string[] = [];
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) out.push(`${brk.position}${brk.required ? '!' : ''}`);
  return out;
}

const scanned = (text: string): string[] | null => plainBreaks(text)?.map(String) ?? null;

/** The characters the scan should know, per line-break class; the first of each stands for its class. */
const CLASSES = [
  'aABCXYZbcxyz&@#*=<>^_~\u00D7\u2022\u2190\u2191\u2192\u2193',
  '1023456789',
  ',.:;',
  '-',
  '([',
  ')]',
  '/',
  '\u2013',
  '\u2014',
  '?!',
  '\'"\u2018\u2019\u201C\u201D',
  '%',
  '$+\u20AC',
  ' ',
];
const LATIN = Array.from({ length: 0x250 - 0xc0 }, (_, index) => String.fromCharCode(0xc0 + index)).filter((ch) => ch !== '\u00D7' && ch !== '\u00F7');
const REPRESENTATIVES = CLASSES.map((chars) => chars[0]);

/** Every character the scan counts as plain below U+2200 (it knows none above), with the representative of its class. */
const PLAIN: [string, string][] = [];
for (let code = 0; code < 0x2200; code += 1) {
  const ch = String.fromCharCode(code);
  if (plainBreaks(ch) === null) continue;
  const kind = /[A-Za-z\u00C0-\u024F]/.test(ch) ? 'a' : CLASSES.find((chars) => chars.includes(ch))?.[0] ?? '?';
  PLAIN.push([ch, kind]);
}

function* strings(alphabet: readonly string[], length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of strings(alphabet, length - 1)) for (const ch of alphabet) yield head + ch;
}

describe('plain text breaks', () => {
  it('knows exactly the characters it claims below U+2200', () => {
    const chars = PLAIN.map(([ch]) => ch);
    const expected = [...CLASSES.join(''), ...'defghijklmnopqrstuvwDEFGHIJKLMNOPQRSTUVW', ...LATIN];
    expect([...chars].sort()).toEqual([...new Set(expected)].sort());
    for (const known of 'éëöïêüÇÖışŒſ') expect(chars).toContain(known);
    for (const other of ['\u00F7', '\u00A0', '\u00AD', '\t', '\n', '|', '\\', '}', '{', '\u00B0', '\u2026', '\u2194', '\u00AB']) expect(chars).not.toContain(other);
    expect(plainBreaks('\u2190\u2191\u2192\u2193')).not.toBeNull();
    expect(plainBreaks('\u2100')).toBeNull();
    expect(plainBreaks('een «woord»')).toBeNull();
    expect(plainBreaks('coördinatie 👩‍👧')).toBeNull();
  });

  it('equals the package on every string of up to four characters, one per class', () => {
    let checked = 0;
    for (let length = 0; length <= 4; length += 1) {
      for (const text of strings(REPRESENTATIVES, length)) {
        expect(scanned(text), JSON.stringify(text)).toEqual(packageBreaks(text));
        checked += 1;
      }
    }
    expect(checked).toBe((14 ** 5 - 1) / 13);
  });

  it('gives every plain character the breaks of its class', () => {
    // Each character in place of its class's representative: after each class (with and without a
    // space between, and at the start), and before each class (likewise, and at the end).
    const contexts: [string, string][] = [
      ['', ''],
      ...REPRESENTATIVES.flatMap((ch): [string, string][] => [[ch, ''], [`${ch} `, ''], ['', ch], ['', ` ${ch}`]]),
    ];
    for (const [ch, representative] of PLAIN) {
      for (const [before, after] of contexts) {
        const text = before + ch + after;
        expect(scanned(text), JSON.stringify(text)).toEqual(packageBreaks(before + representative + after));
        expect(scanned(text)).toEqual(packageBreaks(text));
      }
    }
  });

  it('equals the package on random plain texts', () => {
    const plainChar = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(' ', '-') },
      { weight: 4, arbitrary: fc.constantFrom(...CLASSES.join('')) },
      { weight: 4, arbitrary: fc.constantFrom(...PLAIN.map(([ch]) => ch)) },
    );
    fc.assert(
      fc.property(fc.array(plainChar, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(scanned(text)).toEqual(packageBreaks(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('declines any text with another character, and agrees wherever it does not', () => {
    const other = fc.constantFrom('\u00A0', '\u00AD', '\t', '\n', '\r', '|', '\\', '{', '}', '°', '÷', '…', '↔', '«', '\u0301', '\u200B', '\u200D', '\u2060', '😀', '🇳🇱', 'ש', '中', 'ก');
    const anyChar = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN.map(([ch]) => ch)) }, { weight: 1, arbitrary: other });
    fc.assert(
      fc.property(fc.array(anyChar, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const isPlain = [...text].every((ch) => PLAIN.some(([known]) => known === ch));
        const result = scanned(text);
        expect(result === null).toBe(!isPlain);
        if (result !== null) expect(result).toEqual(packageBreaks(text));
      }),
      { numRuns: 3000 },
    );
  });
});
