// Our Liang pass (liang.ts) against the hyphen package it reads its patterns
// from: the same hyphen positions as the package's `hyphenateSync` for every
// distinct word of both sample projects and the large test project, in both
// languages, for the package's exceptions in any case, and for random words
// with diacritics, capitals, apostrophes and combining marks; and the rules of
// hyphenate.ts on top of it give exactly the points they gave on top of the
// package (reference-hyphenate.ts). A changed pattern value or exception is
// caught by the same comparison.

import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlProjectText } from '../../../../../scripts/fixture-xl/build-project';
import { reportDocFor } from '../../../../../src/main/export/export-report';
import { hyphenPatterns } from '../../../../../src/main/export/pdf/layout/hyphen-patterns';
import { hyphenationPoints } from '../../../../../src/main/export/pdf/layout/hyphenate';
import { createHyphenator, isNotLetter, type Hyphenator, type PatternData, type PatternTrie } from '../../../../../src/main/export/pdf/layout/liang';
import { readProjectFile } from '../../../../../src/main/store/read-project-file';
import type { Language } from '../../../../../src/shared/language';
import { loadProjectText } from '../../../../../src/shared/project-file/load';
import type { Project } from '../../../../../src/shared/model/project';
import { packageHyphenate, packageOffsets, referencePoints, SOFT_HYPHEN } from './reference-hyphenate';

const languages: Language[] = ['nl', 'en'];
const samples = resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'samples');

/** The exceptions as the package shipped them, copied before the package adds the words it hyphenates to them. */
const pristine: Record<Language, Record<string, readonly number[]>> = { nl: {}, en: {} };
const ours: Partial<Record<Language, Hyphenator>> = {};
let tokens: string[] = [];

function strings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const token of value.split(/\s+/u)) if (token !== '') out.add(token);
  } else if (Array.isArray(value)) {
    for (const item of value) strings(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) strings(item, out);
  }
}

beforeAll(async () => {
  // Our hyphenators are made (and copy the exceptions) before the package is used in this process.
  for (const language of languages) {
    const data = hyphenPatterns(language);
    pristine[language] = { ...(data[2] ?? {}) };
    ours[language] = createHyphenator(data);
    hyphenationPoints('organisatie', language);
  }
  const projects: Project[] = [
    (await readProjectFile(resolve(samples, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project,
    (await readProjectFile(resolve(samples, 'ouderbetrokkenheid-voorschool.en.drijfveer'))).loaded.project,
    loadProjectText(xlProjectText()).project,
  ];
  const found = new Set<string>();
  for (const project of projects) {
    strings(project, found);
    for (const language of languages) strings(reportDocFor(project, language), found);
  }
  // The exceptions, as they stand and capitalised.
  for (const language of languages) {
    for (const word of Object.keys(pristine[language])) {
      found.add(word);
      found.add(word[0].toUpperCase() + word.slice(1));
      found.add(word.toUpperCase());
      found.add(`(${word}),`);
    }
  }
  tokens = [...found];
}, 60_000);

/** Texts within the Liang pass's contract (the package reads "<" as HTML and U+00AD as a hyphen already there). */
const inContract = (text: string) => !text.includes('<') && !text.includes(SOFT_HYPHEN);

/** Letter runs as hyphenate.ts hands them to the Liang pass. */
const cores = (text: string) => text.match(/[\p{L}\p{M}'’]+/gu) ?? [];

function mismatches(hyphenator: Hyphenator, language: Language, texts: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    if (!inContract(text)) continue;
    const got = hyphenator(text);
    const want = packageOffsets(text, language);
    if (got.length !== want.length || got.some((offset, i) => offset !== want[i])) wrong.push(`${language} ${text}: ${got.join(',')} ≠ ${want.join(',')}`);
  }
  return wrong;
}

describe('the Liang pass gives the hyphen package’s positions', () => {
  it('for every distinct word of both sample projects and the large project, in both languages', () => {
    expect(tokens.length).toBeGreaterThan(5000);
    const texts = [...new Set([...tokens, ...tokens.flatMap(cores)])];
    let hyphenated = 0;
    for (const language of languages) {
      expect(mismatches(ours[language]!, language, texts)).toEqual([]);
      hyphenated += texts.filter((text) => packageHyphenate[language](text).includes(SOFT_HYPHEN)).length;
    }
    // The comparison covers real work, not only words too short to hyphenate.
    expect(hyphenated).toBeGreaterThan(texts.length / 2);
  });

  it('for the package’s exceptions in any case', () => {
    for (const language of languages) {
      const words = Object.keys(pristine[language]);
      expect(words.length).toBeGreaterThan(0);
      const variants = words.flatMap((word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1), `${word}’s`, `d’${word}`]);
      expect(mismatches(ours[language]!, language, variants)).toEqual([]);
    }
    expect(ours.nl!('Meestal')).toEqual([5]);
  });

  it('for random words with diacritics, capitals, apostrophes, marks and punctuation', () => {
    const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'ij', 'oe', 'ui', 'aa', 'ee', 'b', 'c', 'ch', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'ng', 'p', 'q', 'r', 's', 'sch', 'st', 't', 'v', 'w', 'x', 'z',
      'ë', 'ï', 'ö', 'ü', 'é', 'è', 'ê', 'à', 'â', 'ç', 'ñ', 'î', 'û', 'E', 'A', 'I', 'IJ', 'Ö', 'Ë', 'É', 'Ç', 'B', 'S', 'T', 'Q', "'", '’', 'e\u0301', 'tion', 'ing', 'heid', 'ver', 'be', 'ge', 're', 'con', 'pre', 'ment', 'ß', 'ø', 'å', 'ł'];
    const word = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
    const token = fc.tuple(fc.constantFrom('', '(', '"', '‘'), word, fc.constantFrom('', ',', '.', ')', '’', '),', '-', ' ', '’’’’’'), fc.option(word, { nil: undefined })).map(
      ([before, first, after, second]) => before + first + after + (second ?? ''),
    );
    fc.assert(
      fc.property(token, fc.constantFrom<Language>('nl', 'en'), (text, language) => {
        for (const piece of [text, ...cores(text)]) expect(ours[language]!(piece), piece).toEqual(packageOffsets(piece, language));
        expect(hyphenationPoints(text, language), text).toEqual(referencePoints(text, language));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a word whose lower case is longer (İ): as a fresh instance of the package gives it', () => {
    const createPackageHyphenator = createRequire(import.meta.url)('hyphen/hyphen.js') as (data: PatternData) => (text: string, options: { hyphenChar: string }) => string;
    for (const language of languages) {
      const data = hyphenPatterns(language);
      for (const text of ['İstanbulse', 'KONİNKLİJKE', 'İnternationalisation', 'bİİİİİİİİİİİİİİİİİİİİİİng']) {
        // The package memoises per lower-case word, so its answer for such a word depends on what it saw before: a fresh instance for each.
        const fresh = createPackageHyphenator([data[0], data[1], { ...pristine[language] }]);
        const marked = fresh(text, { hyphenChar: SOFT_HYPHEN });
        const want: number[] = [];
        for (let i = 0, inserted = 0; i < marked.length; i += 1) if (marked[i] === SOFT_HYPHEN) want.push(i - inserted++);
        expect(ours[language]!(text), `${language} ${text}`).toEqual(want);
      }
    }
  });

  it('reads characters as the package does: white space, ASCII punctuation and digits but the apostrophe, U+2013–U+203C end a word', () => {
    const packageNotLetter = /\s|(?!')[!-@[-`{-~\u2013-\u203C]/u;
    for (let code = 0; code <= 0xffff; code += 1) expect(isNotLetter(code), code.toString(16)).toBe(packageNotLetter.test(String.fromCharCode(code)));
  });
});

describe('the comparison catches a changed pattern', () => {
  /** Levels rows by how many trie entries use them, most used first. */
  function rowsByUse(trie: PatternTrie): number[] {
    const uses = new Map<number, number>();
    const walk = (node: PatternTrie) => {
      for (const entry of Object.values(node)) {
        if (typeof entry === 'number') uses.set(entry, (uses.get(entry) ?? 0) + 1);
        else if (Array.isArray(entry)) {
          const [deeper, row] = entry as readonly [PatternTrie, number];
          uses.set(row, (uses.get(row) ?? 0) + 1);
          walk(deeper);
        } else if (entry) walk(entry as PatternTrie);
      }
    };
    walk(trie);
    return [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([row]) => row);
  }

  it('one level value changed in any of the most used rows gives other positions', () => {
    for (const language of languages) {
      const [rows, trie] = hyphenPatterns(language);
      const texts = tokens.flatMap(cores).filter((text) => text.length >= 6).slice(0, 4000);
      for (const row of rowsByUse(trie).slice(0, 5)) {
        const values = rows[row];
        const at = values.findIndex((value) => value > 0);
        const changed = values.map((value, i) => (i === at ? (value === 9 ? 8 : value + 1) : value));
        const mutated = createHyphenator([rows.map((original, i) => (i === row ? changed : original)), trie, pristine[language]]);
        expect(mismatches(mutated, language, texts).length, `${language} row ${row}`).toBeGreaterThan(0);
      }
    }
  });

  it('a changed exception gives other positions', () => {
    const exceptions = { ...pristine.nl, meestal: [2] };
    const [rows, trie] = hyphenPatterns('nl');
    expect(mismatches(createHyphenator([rows, trie, exceptions]), 'nl', ['meestal', 'Meestal'])).toHaveLength(2);
  });
});

describe('hyphenate.ts on top of the Liang pass', () => {
  it('gives the points it gave on top of the package, for every distinct word of the three projects', () => {
    const wrong: string[] = [];
    for (const language of languages) {
      for (const token of tokens) {
        const got = hyphenationPoints(token, language);
        const want = referencePoints(token, language);
        if (got.length !== want.length || got.some((point, i) => point !== want[i])) wrong.push(`${language} ${token}: ${got.join(',')} ≠ ${want.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the points it gave for words with any character below U+0250 or of common punctuation (its path without regular expressions)', () => {
    const codes = [...Array.from({ length: 0x250 }, (_, code) => code), 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x250, 0x300, 0x301, 0x2010];
    const wrong: string[] = [];
    let hyphenated = 0;
    for (const code of codes) {
      const ch = String.fromCharCode(code);
      for (const word of [`${ch}organisatie`, `organisatie${ch}`, `organi${ch}satie`, `${ch}${ch}beleidsmedewerkers${ch}${ch}`, `ouder${ch}`, ch]) {
        for (const language of languages) {
          const got = hyphenationPoints(word, language);
          const want = referencePoints(word, language);
          if (want.length > 0) hyphenated += 1;
          if (got.length !== want.length || got.some((point, i) => point !== want[i])) wrong.push(`${language} ${JSON.stringify(word)}: ${got.join(',')} ≠ ${want.join(',')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(hyphenated).toBeGreaterThan(codes.length);
  });
});
