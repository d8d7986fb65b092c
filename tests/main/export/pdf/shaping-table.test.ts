// The shaping tables against fontkit's layout(): the table path must set every
// word glyph for glyph as layout() does (ids, advances, offsets, characters),
// for the sample reports' text and for generated words full of ligature
// letters and accents; a word the table cannot set must fall back to fontkit,
// and a table made from other font bytes must not be used at all.

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Font } from '@pdf-lib/fontkit';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { fontDir } from '../../../../src/main/export/figures/assets';
import { FONT_FACES, FONT_FILES, TABLE_DIR, faceShaper, fontBytes, fontkit, shapingTable } from '../../../../src/main/export/pdf/layout/fonts';
import { FaceShaper, type ShapedGlyph } from '../../../../src/main/export/pdf/layout/shaper';
import { ShapingTable, ShapingTableFileSchema, loadShapingTable, sha256Hex } from '../../../../src/main/export/pdf/layout/shaping-table';
import type { FontFace } from '../../../../src/main/export/pdf/layout/types';
import { loadProjectText } from '../../../../src/shared/project-file/load';

const tablePath = (face: FontFace) => path.join(fontDir(), TABLE_DIR, `${face}.json`);
const tableFile = (face: FontFace) => ShapingTableFileSchema.parse(JSON.parse(readFileSync(tablePath(face), 'utf8')));

/** layout() as the reference: each glyph with the characters it stands for, cut from the word in order. */
function reference(font: Font, word: string): ShapedGlyph[] {
  const run = font.layout(word);
  const chars = [...word];
  let at = 0;
  return run.glyphs.map((glyph, index) => {
    const count = glyph.codePoints.length;
    const text = chars.slice(at, at + count).join('');
    at += count;
    const position = run.positions[index];
    return { id: glyph.id, text, advance: position.xAdvance, width: glyph.advanceWidth, xOffset: position.xOffset, yOffset: position.yOffset };
  });
}

interface FaceKit {
  font: Font;
  table: ShapingTable;
  shaper: FaceShaper;
}

const kits = new Map<FontFace, FaceKit>();
function kit(face: FontFace): FaceKit {
  let found = kits.get(face);
  if (!found) {
    const table = shapingTable(face);
    if (!table) throw new Error(`no shaping table for ${face}`);
    found = { font: fontkit.create(fontBytes(face)), table, shaper: new FaceShaper(fontkit.create(fontBytes(face)), {}, table) };
    kits.set(face, found);
  }
  return found;
}

/** Sets the word from the table and checks it against layout(); no fontkit call may be needed. */
function expectSameAsLayout(face: FontFace, word: string): void {
  const { font, shaper } = kit(face);
  const callsBefore = shaper.layoutCalls;
  const expected = reference(font, word);
  expect(shaper.shape(word), `${face}: ${JSON.stringify(word)}`).toEqual(expected);
  expect(shaper.width(word), `${face}: ${JSON.stringify(word)}`).toBe(expected.reduce((sum, glyph) => sum + glyph.advance, 0));
  expect(shaper.layoutCalls - callsBefore, `${face}: ${JSON.stringify(word)} went through layout()`).toBe(0);
}

let reportStringsOnce: string[] | null = null;

/** Every string of the sample projects' report documents, as the PDF sets them (built once: citations are slow). */
function reportStrings(): string[] {
  if (reportStringsOnce) return reportStringsOnce;
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of ['ouderbetrokkenheid-voorschool.nl.drijfveer', 'ouderbetrokkenheid-voorschool.en.drijfveer']) {
    const project = loadProjectText(readFileSync(path.join('resources/samples', file), 'utf8')).project;
    collect(reportDocFor(project, project.assignment.reportLanguage));
  }
  reportStringsOnce = strings.filter((value) => !/^[A-Za-z0-9+/=]{200,}$/.test(value));
  return reportStringsOnce;
}

describe('the committed shaping tables', () => {
  it('were made from the committed font files, and every report face uses its table', () => {
    for (const face of FONT_FACES) {
      const file = tableFile(face);
      expect(file.font).toBe(FONT_FILES[face]);
      expect(file.sha256).toBe(sha256Hex(fontBytes(face)));
      expect(faceShaper(face).hasTable, face).toBe(true);
    }
    expect(faceShaper('fallback').hasTable).toBe(false);
  });

  it('carry the metrics the font itself gives, so the font is parsed only when a word needs fontkit', () => {
    for (const face of FONT_FACES) {
      expect(tableFile(face).metrics, face).toEqual(FaceShaper.metricsOf(fontkit.create(fontBytes(face))));
      let parsed = 0;
      const shaper = new FaceShaper(
        () => {
          parsed += 1;
          return fontkit.create(fontBytes(face));
        },
        {},
        kit(face).table,
      );
      const eager = new FaceShaper(fontkit.create(fontBytes(face)));
      for (const key of ['unitsPerEm', 'ascender', 'descender', 'underlinePosition', 'underlineThickness', 'postscriptName'] as const) {
        expect(shaper[key], `${face} ${key}`).toBe(eager[key]);
      }
      expect(shaper.width('Effectieve oudercommunicatie: “heeft” 12,5 %')).toBe(eager.width('Effectieve oudercommunicatie: “heeft” 12,5 %'));
      shaper.shape('Officiële l·l');
      expect(parsed, face).toBe(0);
      expect(shaper.shape('Ωmega')).toEqual(eager.shape('Ωmega'));
      expect(shaper.width('α β')).toBe(eager.width('α β'));
      expect(parsed, face).toBe(1);
    }
  });

  it('cover Latin text, punctuation and symbols of a report, with the ligatures the fonts form', () => {
    for (const face of FONT_FACES) {
      const { table } = kit(face);
      for (const ch of 'aAzZ09ëéïöüçñßØøÆæŒœĳ.,;:!?\'"()[]{}-–—‘’“”„«»…•·€$£%&@#*/\\+=<>|~^_→←≤≥±×÷−°§©®™ \u00A0') {
        expect(table.covers(ch.codePointAt(0) ?? 0), `${face} ${JSON.stringify(ch)}`).toBe(true);
      }
      expect(tableFile(face).ligatures.length, face).toBeGreaterThan(0);
    }
  });
});

describe('shaping from the table', () => {
  it('sets every word of the sample reports exactly as layout() does, in every face', () => {
    const words = new Set<string>();
    for (const value of reportStrings()) for (const word of value.split(' ')) if (word.length > 0) words.add(word.normalize('NFC'));
    const covered = [...words].filter((word) => [...word].every((ch) => kit('regular').table.covers(ch.codePointAt(0) ?? 0)));
    expect(words.size).toBeGreaterThan(1500);
    // Nearly all report words are set from the table.
    expect(covered.length).toBeGreaterThan(words.size * 0.97);
    for (const face of FONT_FACES) {
      const { font, shaper } = kit(face);
      const callsBefore = shaper.layoutCalls;
      // Every word in the body face; in the others every third word and all with a ligature letter (layout() is slow).
      const corpus = face === 'regular' ? covered : covered.filter((word, index) => index % 3 === 0 || /[fl]/.test(word));
      for (const word of corpus) {
        const expected = reference(font, word);
        const shaped = shaper.shape(word);
        if (JSON.stringify(shaped) !== JSON.stringify(expected)) expect(shaped, `${face}: ${JSON.stringify(word)}`).toEqual(expected);
        expect(shaper.width(word)).toBe(expected.reduce((sum, glyph) => sum + glyph.advance, 0));
      }
      expect(shaper.layoutCalls - callsBefore, face).toBe(0);
    }
  }, 240_000);

  it('sets ligatures and the words around them as layout() does', () => {
    const words = ['effect', 'heeft', 'officieel', 'afft', 'fff', 'ffft', 'fftf', 'ftft', 'fft', 'l·l', 'col·lecció', 'L·L', 'PAL·LA', 'll·ll·l', 'l·l·l', 'Aftreden', 'ff.', '(ff)'];
    for (const face of FONT_FACES) {
      for (const word of words) expectSameAsLayout(face, word);
      const ligature = kit(face).shaper.shape('heeft');
      expect(ligature.some((glyph) => glyph.text === 'ft'), face).toBe(true);
    }
  });

  it('equals layout() on generated words of covered characters, ligature letters and accents', () => {
    const { table } = kit('regular');
    const covered: string[] = [];
    for (let codePoint = 0x21; codePoint < 0x2800; codePoint += 1) if (table.covers(codePoint)) covered.push(String.fromCodePoint(codePoint));
    const ligatureLetters = ['f', 'f', 'f', 't', 'l', 'L', '·', 'i', 'j'];
    const accents = [...'áàâäãåéèêëíìîïóòôöõúùûüýÿçñčšžłøđŕőűĳ'];
    const char = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ligatureLetters) },
      { weight: 3, arbitrary: fc.constantFrom(...accents) },
      { weight: 3, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAVTWYPLKF.,;:-–—’”)(0123456789') },
      { weight: 2, arbitrary: fc.constantFrom(...covered) },
    );
    const word = fc.array(char, { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, fc.constantFrom(...FONT_FACES), (text, face) => {
        expectSameAsLayout(face, text);
      }),
      { numRuns: 1500, seed: 20261123 },
    );
  }, 60_000);

  it('measures whole texts in one pass exactly as the word-by-word fontkit path does', () => {
    const texts = reportStrings().filter((value) => value.length > 0 && kit('regular').table.textWidth(value) !== null);
    expect(texts.length).toBeGreaterThan(1000);
    const slow = new FaceShaper(fontkit.create(fontBytes('regular')));
    for (const text of texts) {
      const fast = kit('regular').table.textWidth(text);
      if (fast !== slow.width(text)) expect(fast, JSON.stringify(text)).toBe(slow.width(text));
    }
    const words = fc.array(fc.constantFrom('effect', 'heeft', 'l·l', 'Officiële', 'AV', 'To', '“quote”', '€ 12,50', 'ff', 'fft', 'Wij', 'y.', ''), { minLength: 1, maxLength: 8 });
    const slowOf = new Map(FONT_FACES.map((face) => [face, new FaceShaper(fontkit.create(fontBytes(face)))]));
    fc.assert(
      fc.property(words, fc.constantFrom(...FONT_FACES), (parts, face) => {
        const text = parts.join(' ');
        expect(kit(face).table.textWidth(text), JSON.stringify(text)).toBe(slowOf.get(face)?.width(text));
      }),
      { numRuns: 400, seed: 7 },
    );
  }, 240_000);

  it('answers which characters a glyph stands for alone, as layout() does', () => {
    for (const face of FONT_FACES) {
      const withTable = kit(face).shaper;
      const without = new FaceShaper(fontkit.create(fontBytes(face)));
      const glyphs = withTable.shape('Officiële effecten, heeft € 12,50 – “l·l” ⇒ 3× L·L fft');
      expect(glyphs.filter((glyph) => glyph.text.length > 1).map((glyph) => glyph.text)).toEqual(['ff', 'ff', 'ft', 'l·l', 'L·L', 'fft']);
      const callsBefore = withTable.layoutCalls;
      for (const glyph of glyphs) {
        expect(withTable.standaloneText(glyph), `${face} ${JSON.stringify(glyph.text)}`).toBe(without.standaloneText(glyph));
      }
      expect(withTable.layoutCalls - callsBefore, face).toBe(0);
    }
  });
});

describe('falling back to fontkit', () => {
  it('sets a word with a character the table lacks through layout(), exactly as before', () => {
    for (const word of ['Ωmega', 'αβγ', 'x\u0308y', 'a\u00ADb', 'ṭest', 'ﬁne', '1\u20442']) {
      const { table } = kit('regular');
      expect(
        [...word].some((ch) => !table.covers(ch.codePointAt(0) ?? 0)),
        word,
      ).toBe(true);
      const face = 'regular';
      const shaper = new FaceShaper(fontkit.create(fontBytes(face)), {}, table);
      const plain = new FaceShaper(fontkit.create(fontBytes(face)));
      expect(shaper.shape(word), word).toEqual(plain.shape(word));
      expect(shaper.width(word), word).toBe(plain.width(word));
      expect(shaper.layoutCalls, word).toBeGreaterThan(0);
    }
  });

  it('measures word by word when a glyph sits in two ligature lookups, as the one-pass width assumes it does not', () => {
    const face = 'regular';
    const file = tableFile(face);
    const [first] = file.ligatures;
    const table = new ShapingTable({ ...file, ligatures: [...file.ligatures, { ...first, lookup: first.lookup + 1000 }] });
    expect(table.textWidth('effect heeft')).toBeNull();
    expect(kit(face).table.textWidth('effect heeft')).not.toBeNull();
    const shaper = new FaceShaper(fontkit.create(fontBytes(face)), {}, table);
    expect(shaper.width('effect heeft')).toBe(kit(face).table.textWidth('effect heeft'));
  });

  it('sends a word with a pair the table lists as special through layout()', () => {
    const face = 'bold';
    const file = tableFile(face);
    const font = fontkit.create(fontBytes(face));
    const [e, k] = [font.glyphForCodePoint(0x65).id, font.glyphForCodePoint(0x6b).id];
    const table = new ShapingTable({ ...file, special: [...file.special, [e, k]] });
    expect(table.width([0x65, 0x6b])).toBeNull();
    expect(table.shape([0x6b, 0x65, 0x6b])).toBeNull();
    expect(table.width([0x6b, 0x65])).not.toBeNull();
    const shaper = new FaceShaper(fontkit.create(fontBytes(face)), {}, table);
    expect(shaper.shape('bekend')).toEqual(reference(font, 'bekend'));
    expect(shaper.layoutCalls).toBeGreaterThan(0);
  });

  describe('a table that does not belong to the font', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shaping-table-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is not used when the font bytes differ from the ones it was made from', () => {
      const file = path.join(dir, 'regular.json');
      copyFileSync(tablePath('regular'), file);
      expect(loadShapingTable(file, fontBytes('regular'))).not.toBeNull();
      expect(loadShapingTable(file, fontBytes('bold'))).toBeNull();
      const changed = new Uint8Array(fontBytes('regular'));
      changed[changed.length - 1] ^= 1;
      expect(loadShapingTable(file, changed)).toBeNull();
    });

    it('is not used when missing, damaged or inconsistent', () => {
      const bytes = fontBytes('regular');
      expect(loadShapingTable(path.join(dir, 'missing.json'), bytes)).toBeNull();
      const damaged = path.join(dir, 'damaged.json');
      writeFileSync(damaged, readFileSync(tablePath('regular'), 'utf8').slice(0, 500));
      expect(loadShapingTable(damaged, bytes)).toBeNull();
      const inconsistent = path.join(dir, 'inconsistent.json');
      const file = tableFile('regular');
      writeFileSync(inconsistent, JSON.stringify({ ...file, widths: file.widths.slice(0, 40) }));
      expect(loadShapingTable(inconsistent, bytes)).toBeNull();
      const wrongFormat = path.join(dir, 'format.json');
      writeFileSync(wrongFormat, JSON.stringify({ ...file, format: 99 }));
      expect(loadShapingTable(wrongFormat, bytes)).toBeNull();
    });
  });
});
