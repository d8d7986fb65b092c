// The TrueType subsetter judged by fontkit, which reads the subset back on
// its own: glyph ids unchanged, the used glyphs' bytes and outlines equal to
// the original's, unused glyphs empty, compound glyphs' components kept,
// loca consistent with glyf, every table checksum and head's
// checkSumAdjustment right. The metrics read for the PDF font descriptor are
// compared with fontkit's own reading of the same fonts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontBytes, fontkit } from '../../../../../src/main/export/pdf/layout/fonts';
import type { ShapingFace } from '../../../../../src/main/export/pdf/layout/types';
import { closeOverComponents, parseTrueType, subsetTrueType, type TrueTypeFont } from '../../../../../src/main/export/pdf/paint/truetype-subset';
import { AppError } from '../../../../../src/shared/errors';

/** The parts of a fontkit font these tests read (fontkit parses every table on its own). */
interface FontkitFont {
  numGlyphs: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  italicAngle: number;
  capHeight: number;
  xHeight: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  head: { indexToLocFormat: number; macStyle: { italic: boolean } };
  hhea: { numberOfMetrics: number };
  maxp: { numGlyphs: number };
  post: { isFixedPitch: number };
  'OS/2': { sFamilyClass: number };
  loca: { offsets: number[] };
  hmtx: { metrics: { toArray(): { advance: number; bearing: number }[] }; bearings: { toArray(): number[] } };
  directory: { tables: Record<string, { checkSum: number; offset: number; length: number }> };
  getGlyph(id: number): { path: { toSVG(): string }; _decode(): { numberOfContours: number; components?: { glyphID: number }[] } | null };
}

/** The TrueType checksum of bytes [start, end): the sum of big-endian 32-bit words, zero-padded. */
function tableChecksum(bytes: Uint8Array, start: number, end: number): number {
  let sum = 0;
  for (let at = start; at < end; at += 4) {
    const word = [0, 1, 2, 3].map((byte) => (at + byte < end ? bytes[at + byte] : 0));
    sum = (sum + word[0] * 0x1000000 + word[1] * 0x10000 + word[2] * 0x100 + word[3]) % 0x100000000;
  }
  return sum;
}

const FACES: ShapingFace[] = ['regular', 'italic', 'bold', 'boldItalic', 'semibold', 'fallback'];
const open = (bytes: Uint8Array): FontkitFont => fontkit.create(bytes) as unknown as FontkitFont;
const originals = new Map<ShapingFace, FontkitFont>();
const original = (face: ShapingFace): FontkitFont => {
  let font = originals.get(face);
  if (!font) {
    font = open(fontBytes(face));
    originals.set(face, font);
  }
  return font;
};

/** Glyph `id`'s bytes in a font, read through fontkit's loca and directory. */
function glyphBytes(bytes: Uint8Array, font: FontkitFont, id: number): Uint8Array {
  const glyf = font.directory.tables.glyf.offset;
  return bytes.subarray(glyf + font.loca.offsets[id], glyf + font.loca.offsets[id + 1]);
}

/** Compound glyphs of a font and their direct components (the first few found). */
function compoundGlyphs(font: FontkitFont, count: number): [number, number[]][] {
  const out: [number, number[]][] = [];
  for (let id = 1; id < font.numGlyphs && out.length < count; id += 1) {
    const decoded = font.getGlyph(id)._decode();
    if (decoded && decoded.numberOfContours < 0) out.push([id, (decoded.components ?? []).map((component) => component.glyphID)]);
  }
  return out;
}

/** Checks a subset as read back by fontkit; returns it. */
function checkSubset(face: ShapingFace, used: number[]): { subset: Uint8Array; back: FontkitFont; kept: Set<number> } {
  const bytes = fontBytes(face);
  const parsed = parseTrueType(bytes, face);
  const subset = subsetTrueType(parsed, used);
  const kept = closeOverComponents(parsed, used);
  const back = open(subset);
  const source = original(face);

  // Ids kept: the glyph count reaches the highest kept glyph, no further.
  expect(back.numGlyphs).toBe(Math.max(...kept) + 1);
  expect(back.maxp.numGlyphs).toBe(back.numGlyphs);
  expect(kept.has(0)).toBe(true);
  for (const id of used) if (Number.isInteger(id) && id >= 0 && id < source.numGlyphs) expect(kept.has(id)).toBe(true);

  // loca: non-decreasing, even, ending at glyf's length.
  const offsets = back.loca.offsets;
  expect(offsets).toHaveLength(back.numGlyphs + 1);
  for (let index = 1; index < offsets.length; index += 1) expect(offsets[index]).toBeGreaterThanOrEqual(offsets[index - 1]);
  expect(offsets[offsets.length - 1]).toBe(back.directory.tables.glyf.length);

  // Kept glyphs: the original bytes (padded) and (for the first hundred) outline; the others empty.
  let outlines = 0;
  for (let id = 0; id < back.numGlyphs; id += 1) {
    const mine = glyphBytes(subset, back, id);
    if (kept.has(id)) {
      const theirs = glyphBytes(bytes, source, id);
      expect(Buffer.from(mine.subarray(0, theirs.length)).equals(Buffer.from(theirs)), `glyph ${id}`).toBe(true);
      expect(mine.length - theirs.length).toBeLessThan(4);
      outlines += 1;
      if (outlines <= 100) expect(back.getGlyph(id).path.toSVG(), `glyph ${id}`).toBe(source.getGlyph(id).path.toSVG());
    } else {
      expect(mine.length, `glyph ${id}`).toBe(0);
    }
  }

  // hmtx: kept glyphs keep their metrics.
  const metricsOf = (font: FontkitFont) => {
    const long = font.hmtx.metrics.toArray();
    const bearings = font.hmtx.bearings.toArray();
    return (id: number) => (id < long.length ? long[id] : { advance: long[long.length - 1].advance, bearing: bearings[id - long.length] });
  };
  const [mineMetrics, theirMetrics] = [metricsOf(back), metricsOf(source)];
  for (const id of kept) expect(mineMetrics(id), `metrics ${id}`).toEqual(theirMetrics(id));

  // Checksums: every table's, and the whole file's with head.checkSumAdjustment.
  for (const [tag, table] of Object.entries(back.directory.tables)) {
    const head = tag === 'head' ? Buffer.from(subset.subarray(table.offset, table.offset + table.length)) : null;
    if (head) head.writeUInt32BE(0, 8);
    const sum = head ? tableChecksum(head, 0, head.length) : tableChecksum(subset, table.offset, table.offset + table.length);
    expect(sum, tag).toBe(table.checkSum);
  }
  expect(tableChecksum(subset, 0, subset.length)).toBe(0xb1b0afba);
  expect(subset.length % 4).toBe(0);
  expect(Object.keys(back.directory.tables).sort()).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
  return { subset, back, kept };
}

describe('parseTrueType', () => {
  it('reads the metrics fontkit reads, for every face', () => {
    for (const face of FACES) {
      const { metrics, numGlyphs, numberOfHMetrics } = parseTrueType(fontBytes(face), face);
      const font = original(face);
      expect(numGlyphs, face).toBe(font.numGlyphs);
      expect(numberOfHMetrics, face).toBe(font.hhea.numberOfMetrics);
      expect(metrics.unitsPerEm, face).toBe(font.unitsPerEm);
      expect(metrics.bbox, face).toEqual([font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY]);
      expect(metrics.ascent, face).toBe(font.ascent);
      expect(metrics.descent, face).toBe(font.descent);
      expect(metrics.italicAngle, face).toBe(font.italicAngle);
      // Null where the OS/2 table is older than version 2 (DejaVu Sans), where fontkit has none.
      expect(metrics.capHeight ?? undefined, face).toBe(font.capHeight);
      expect(metrics.xHeight ?? undefined, face).toBe(font.xHeight);
      expect(metrics.fixedPitch, face).toBe(font.post.isFixedPitch !== 0);
      expect(metrics.familyClass, face).toBe(font['OS/2'].sFamilyClass);
      expect(metrics.italic, face).toBe(font.head.macStyle.italic);
    }
    // The italic faces lean; the upright ones do not.
    expect(parseTrueType(fontBytes('italic')).metrics.italicAngle).toBeLessThan(0);
    expect(parseTrueType(fontBytes('regular')).metrics.italicAngle).toBe(0);
  });

  it('refuses what is no TrueType font with a coded error', () => {
    const bytes = fontBytes('regular');
    const code = (input: Uint8Array): string => {
      try {
        parseTrueType(input, 'broken.ttf');
        return 'none';
      } catch (error) {
        expect((error as AppError).params.fileName).toBe('broken.ttf');
        return error instanceof AppError ? error.code : 'not coded';
      }
    };
    expect(code(new Uint8Array(0))).toBe('EXPORT_FONT_MISSING');
    expect(code(new TextEncoder().encode('OTTO and then some bytes'))).toBe('EXPORT_FONT_MISSING');
    expect(code(bytes.slice(0, 400))).toBe('EXPORT_FONT_MISSING');
    // A table directory pointing past the end of the file.
    const bad = bytes.slice();
    new DataView(bad.buffer).setUint32(12 + 8, bad.length);
    expect(code(bad)).toBe('EXPORT_FONT_MISSING');
    expect(code(bytes)).toBe('none');
  });

  it('refuses a glyph whose loca range lies outside glyf with a coded error', () => {
    const bytes = fontBytes('regular').slice();
    const font = original('regular');
    const loca = font.directory.tables.loca.offset;
    // Glyph 5 ends before it starts.
    if (font.head.indexToLocFormat === 1) new DataView(bytes.buffer).setUint32(loca + 6 * 4, 0);
    else new DataView(bytes.buffer).setUint16(loca + 6 * 2, 0);
    const parsed = parseTrueType(bytes, 'broken.ttf');
    expect(() => subsetTrueType(parsed, [5])).toThrow(AppError);
    expect(() => subsetTrueType(parsed, [5])).toThrow(/broken\.ttf/);
  });
});

describe('subsetTrueType', () => {
  it('keeps the used glyphs of every face at their ids, and nothing else', () => {
    for (const face of FACES) {
      const font = original(face);
      const used = [3, 17, 68, Math.floor(font.numGlyphs / 2)];
      const { kept } = checkSubset(face, used);
      expect(kept.size).toBeLessThan(12);
    }
  });

  it('keeps the components of compound glyphs, transitively', () => {
    for (const face of ['regular', 'fallback'] as const) {
      const compounds = compoundGlyphs(original(face), 3);
      expect(compounds.length, face).toBe(3);
      const { kept } = checkSubset(
        face,
        compounds.map(([id]) => id),
      );
      for (const [, components] of compounds) for (const component of components) expect(kept.has(component), `${face} ${component}`).toBe(true);
    }
  });

  it('ignores ids the font does not have, and always keeps glyph 0', () => {
    const font = original('regular');
    const { back, kept } = checkSubset('regular', [font.numGlyphs + 5, -1, 1.5]);
    expect([...kept]).toEqual([0]);
    expect(back.numGlyphs).toBe(1);
  });

  it('switches to long loca offsets when the kept glyphs need them', () => {
    const font = original('fallback');
    const used = Array.from({ length: font.numGlyphs }, (_, id) => id);
    const { back } = checkSubset('fallback', used);
    expect(back.head.indexToLocFormat).toBe(1);
    const small = checkSubset('fallback', [36, 68]);
    expect(small.back.head.indexToLocFormat).toBe(0);
  });

  it('holds for any set of glyphs', () => {
    const font = original('bold');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: font.numGlyphs - 1 }), { maxLength: 20 }), (used) => {
        checkSubset('bold', used);
      }),
      { numRuns: 15 },
    );
  });

  it('is much smaller than the font and the same for the same glyphs', () => {
    const parsed: TrueTypeFont = parseTrueType(fontBytes('regular'));
    const subset = subsetTrueType(parsed, [68, 69, 70]);
    expect(subset.length).toBeLessThan(fontBytes('regular').length / 10);
    expect(Buffer.from(subsetTrueType(parsed, new Set([70, 69, 68]))).equals(Buffer.from(subset))).toBe(true);
  });
});
