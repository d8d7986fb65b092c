// Shaping Latin text from a precomputed table instead of fontkit's layout().
// A table (resources/fonts/tables/<face>.json, written by
// scripts/font-tables.ts) holds, for one font file: the glyph and advance of
// every covered character, the ligatures the default features form from them
// (in the order fontkit applies them), and the kerning of every ordered pair
// of those glyphs, stored as left class × right class. The generator only
// covers a character when it proved, from the font's GSUB and GPOS and by
// layout() itself, that nothing but these ligatures and pair kerning touches
// it; pairs it could not vouch for are listed as special, and a word holding
// one goes through fontkit as before. A table whose font hash differs from
// the font file's is not used at all, so a changed font can never be set
// from stale numbers.
// The generator also checked that normalisation (NFC) leaves any text of
// covered characters unchanged, so the one-pass textWidth() below reads the
// string as it is: no normalising, no splitting, no allocation. It forms the
// ligatures in the same pass, which equals fontkit's lookup-by-lookup order
// because no two lookups share a glyph (checked on loading).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const TABLE_FORMAT = 1;

const SPACE = 0x20;

/** Base64 of little-endian 16-bit numbers: compact in JSON and quick to decode. */
const packed = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** What the shaper reports of a face besides widths: all in font units. */
export const FaceMetricsSchema = z.object({
  unitsPerEm: z.number().int().positive(),
  /** Baseline to the top of the tallest glyphs (positive). */
  ascender: z.number(),
  /** Baseline to the lowest descender (positive). */
  descender: z.number(),
  underlinePosition: z.number(),
  underlineThickness: z.number(),
  postscriptName: z.string().min(1),
});

export type FaceMetrics = z.infer<typeof FaceMetricsSchema>;

export const ShapingTableFileSchema = z.object({
  format: z.literal(TABLE_FORMAT),
  /** The font file the table was made from, and its SHA-256 (hex). */
  font: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  metrics: FaceMetricsSchema,
  numGlyphs: z.number().int().positive().max(0xffff),
  /** Covered characters (all in the Basic Multilingual Plane), ascending, uint16. */
  codePoints: packed,
  /** The glyph of each covered character, uint16. */
  charGlyphs: packed,
  /** Every glyph the table can set (characters' and ligatures'), uint16, with its advance width, uint16. */
  glyphs: packed,
  widths: packed,
  /** Kerning classes of each of those glyphs as the left and as the right glyph of a pair, uint16. */
  leftClasses: packed,
  rightClasses: packed,
  rightClassCount: z.number().int().positive(),
  /** Added to the left glyph's advance: index leftClass × rightClassCount + rightClass, int16. */
  kerning: packed,
  /** Ligatures in the order fontkit applies them: lookup index, input glyphs, the ligature glyph. */
  ligatures: z.array(z.object({ lookup: z.number().int().nonnegative(), input: z.array(z.number().int()).min(2), glyph: z.number().int().positive() })),
  /** Glyph pairs the table cannot set side by side: a word holding one goes through fontkit. */
  special: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export type ShapingTableFile = z.infer<typeof ShapingTableFileSchema>;

/** One glyph set from the table: glyph id, its characters' span in the word, advance and width in font units. */
export interface TableGlyph {
  id: number;
  /** Index of the glyph's first code point in the word; the next glyph's start ends it. */
  start: number;
  advance: number;
  width: number;
}

export function packUint16(values: readonly number[]): string {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((value, index) => bytes.writeUInt16LE(value, index * 2));
  return bytes.toString('base64');
}

export function packInt16(values: readonly number[]): string {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((value, index) => bytes.writeInt16LE(value, index * 2));
  return bytes.toString('base64');
}

function unpack(text: string, signed: boolean): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Int32Array(bytes.length >> 1);
  for (let index = 0; index < out.length; index += 1) {
    const value = bytes[index * 2] | (bytes[index * 2 + 1] << 8);
    out[index] = signed ? (value << 16) >> 16 : value;
  }
  return out;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface Ligature {
  input: Int32Array;
  glyph: number;
}

export class ShapingTable {
  /** Glyph id per code point below `limit`; 0 when the table does not cover it. */
  private readonly glyphOfCode: Uint16Array;
  /** The table's slot of a glyph id, or -1. */
  private readonly slotOf: Int32Array;
  private readonly widths: Int32Array;
  /** Start of the slot's row in the kerning matrix (left class × right class count). */
  private readonly leftRow: Int32Array;
  private readonly rightClass: Int32Array;
  private readonly kerning: Int32Array;
  /** 1 when some ligature starts with the glyph id. */
  private readonly startsLigature: Uint8Array;
  /** 1 when the glyph id is anywhere in some ligature's input. */
  private readonly inLigature: Uint8Array;
  /** Ligatures grouped per lookup, lookups in the order they are applied. */
  private readonly lookups: Ligature[][];
  /** Special pairs as left slot × slot count + right slot; `specialLeft` flags the slots that start one. */
  private readonly special: Set<number>;
  private readonly specialLeft: Uint8Array;
  private readonly slotCount: number;
  /** Per glyph id, the ligatures starting with it in the order they are tried (for the one-pass width). */
  private readonly ligaturesFrom = new Map<number, Ligature[]>();
  /** Whether textWidth() may form ligatures in one pass: no glyph in two lookups, no space in a ligature. */
  private readonly onePass: boolean;
  private readonly spaceWidth: number;
  readonly metrics: FaceMetrics;
  readonly unitsPerEm: number;

  constructor(file: ShapingTableFile) {
    this.metrics = file.metrics;
    this.unitsPerEm = file.metrics.unitsPerEm;
    const codePoints = unpack(file.codePoints, false);
    const charGlyphs = unpack(file.charGlyphs, false);
    const glyphs = unpack(file.glyphs, false);
    const widths = unpack(file.widths, false);
    const leftClasses = unpack(file.leftClasses, false);
    const rightClasses = unpack(file.rightClasses, false);
    const kerning = unpack(file.kerning, true);
    const slots = glyphs.length;
    const leftClassCount = kerning.length / file.rightClassCount;
    const fits =
      codePoints.length === charGlyphs.length &&
      widths.length === slots &&
      leftClasses.length === slots &&
      rightClasses.length === slots &&
      Number.isInteger(leftClassCount) &&
      leftClasses.every((value) => value < leftClassCount) &&
      rightClasses.every((value) => value < file.rightClassCount) &&
      glyphs.every((id) => id > 0 && id < file.numGlyphs);
    if (!fits) throw new Error('shaping table: inconsistent sizes');

    this.slotCount = slots;
    this.slotOf = new Int32Array(file.numGlyphs).fill(-1);
    glyphs.forEach((id, slot) => {
      this.slotOf[id] = slot;
    });
    this.widths = widths;
    this.leftRow = leftClasses.map((value) => value * file.rightClassCount);
    this.rightClass = rightClasses;
    this.kerning = kerning;

    const limit = codePoints.length > 0 ? codePoints[codePoints.length - 1] + 1 : 0;
    this.glyphOfCode = new Uint16Array(limit);
    codePoints.forEach((codePoint, index) => {
      const id = charGlyphs[index];
      if (this.slotOf[id] < 0) throw new Error('shaping table: character glyph without a slot');
      this.glyphOfCode[codePoint] = id;
    });

    this.startsLigature = new Uint8Array(file.numGlyphs);
    this.inLigature = new Uint8Array(file.numGlyphs);
    const grouped = new Map<number, Ligature[]>();
    for (const ligature of file.ligatures) {
      if (ligature.input.some((id) => id <= 0 || id >= file.numGlyphs) || this.slotOf[ligature.glyph] < 0) throw new Error('shaping table: bad ligature');
      this.startsLigature[ligature.input[0]] = 1;
      for (const id of ligature.input) this.inLigature[id] = 1;
      const list = grouped.get(ligature.lookup) ?? [];
      list.push({ input: Int32Array.from(ligature.input), glyph: ligature.glyph });
      grouped.set(ligature.lookup, list);
    }
    this.lookups = [...grouped.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1]);
    const lookupOf = new Map<number, number>();
    let disjoint = true;
    this.lookups.forEach((ligatures, lookup) => {
      for (const ligature of ligatures) {
        for (const id of [...ligature.input, ligature.glyph]) {
          if ((lookupOf.get(id) ?? lookup) !== lookup) disjoint = false;
          lookupOf.set(id, lookup);
        }
        const from = this.ligaturesFrom.get(ligature.input[0]) ?? [];
        from.push(ligature);
        this.ligaturesFrom.set(ligature.input[0], from);
      }
    });
    const space = SPACE < limit ? this.glyphOfCode[SPACE] : 0;
    this.onePass = disjoint && space !== 0 && !lookupOf.has(space);
    this.spaceWidth = space !== 0 ? this.widths[this.slotOf[space]] : 0;

    this.special = new Set();
    this.specialLeft = new Uint8Array(slots);
    for (const [left, right] of file.special) {
      const a = this.slotOf[left] ?? -1;
      const b = this.slotOf[right] ?? -1;
      if (a < 0 || b < 0) throw new Error('shaping table: special pair outside the table');
      this.special.add(a * slots + b);
      this.specialLeft[a] = 1;
    }
  }

  /** Whether the table sets the character. */
  covers(codePoint: number): boolean {
    return codePoint < this.glyphOfCode.length && this.glyphOfCode[codePoint] !== 0;
  }

  /** The glyph id of a covered character, else 0. */
  glyphOf(codePoint: number): number {
    return codePoint < this.glyphOfCode.length ? this.glyphOfCode[codePoint] : 0;
  }

  /** Advance width of a covered glyph (font units). */
  glyphWidth(id: number): number {
    return this.widths[this.slotOf[id]];
  }

  /**
   * Width of a word (no spaces) in font units, kerning and ligatures included,
   * or null when the table cannot set it (a character it does not cover, a special pair).
   */
  width(codePoints: readonly number[]): number | null {
    const count = codePoints.length;
    let total = 0;
    let previous = -1;
    for (let index = 0; index < count; index += 1) {
      const codePoint = codePoints[index];
      const id = codePoint < this.glyphOfCode.length ? this.glyphOfCode[codePoint] : 0;
      if (id === 0) return null;
      if (this.startsLigature[id] === 1) return this.widthOfRun(codePoints);
      const slot = this.slotOf[id];
      total += this.widths[slot];
      if (previous >= 0) {
        const kern = this.kern(previous, slot);
        if (kern === null) return null;
        total += kern;
      }
      previous = slot;
    }
    return total;
  }

  /**
   * Width of a text in font units as the shaper measures it (words kerned and
   * ligated, each space its plain advance), or null when the table cannot set
   * all of it. One pass over the UTF-16 units: every covered character is one.
   */
  textWidth(text: string): number | null {
    if (!this.onePass) return null;
    const limit = this.glyphOfCode.length;
    const count = text.length;
    let total = 0;
    let previous = -1;
    let index = 0;
    while (index < count) {
      const code = text.charCodeAt(index);
      if (code === SPACE) {
        total += this.spaceWidth;
        previous = -1;
        index += 1;
        continue;
      }
      let id = code < limit ? this.glyphOfCode[code] : 0;
      if (id === 0) return null;
      let length = 1;
      if (this.startsLigature[id] === 1) {
        for (const ligature of this.ligaturesFrom.get(id) ?? []) {
          const input = ligature.input;
          if (index + input.length > count) continue;
          let matches = true;
          for (let offset = 1; offset < input.length && matches; offset += 1) {
            const next = text.charCodeAt(index + offset);
            matches = next < limit && this.glyphOfCode[next] === input[offset];
          }
          if (matches) {
            id = ligature.glyph;
            length = input.length;
            break;
          }
        }
      }
      const slot = this.slotOf[id];
      if (previous >= 0) {
        const kern = this.kern(previous, slot);
        if (kern === null) return null;
        total += kern;
      }
      total += this.widths[slot];
      previous = slot;
      index += length;
    }
    return total;
  }

  /**
   * What setting a text that ends in the character `left` right before one that
   * starts with `right` adds, in font units, to textWidth() of the two: their
   * kerning (0 next to a space). Null when that is not all that changes or the
   * table cannot tell: a character it does not cover or that takes part in a
   * ligature (one could form or break across the join), a special pair, or a
   * table textWidth() does not serve. So, when all three are numbers,
   * textWidth(a + b) === textWidth(a) + joinUnits(last of a, first of b) + textWidth(b).
   */
  joinUnits(left: number, right: number): number | null {
    if (!this.onePass) return null;
    const limit = this.glyphOfCode.length;
    const a = left < limit ? this.glyphOfCode[left] : 0;
    const b = right < limit ? this.glyphOfCode[right] : 0;
    if (a === 0 || b === 0 || this.inLigature[a] === 1 || this.inLigature[b] === 1) return null;
    if (left === SPACE || right === SPACE) return 0;
    return this.kern(this.slotOf[a], this.slotOf[b]);
  }

  /** The glyphs of a word (no spaces), or null when the table cannot set it. */
  shape(codePoints: readonly number[]): TableGlyph[] | null {
    const ids: number[] = [];
    const starts: number[] = [];
    for (let index = 0; index < codePoints.length; index += 1) {
      const codePoint = codePoints[index];
      const id = codePoint < this.glyphOfCode.length ? this.glyphOfCode[codePoint] : 0;
      if (id === 0) return null;
      ids.push(id);
      starts.push(index);
    }
    this.ligate(ids, starts);
    const out: TableGlyph[] = [];
    for (let index = 0; index < ids.length; index += 1) {
      const slot = this.slotOf[ids[index]];
      let advance = this.widths[slot];
      if (index + 1 < ids.length) {
        const kern = this.kern(slot, this.slotOf[ids[index + 1]]);
        if (kern === null) return null;
        advance += kern;
      }
      out.push({ id: ids[index], start: starts[index], advance, width: this.widths[slot] });
    }
    return out;
  }

  private widthOfRun(codePoints: readonly number[]): number | null {
    const glyphs = this.shape(codePoints);
    if (!glyphs) return null;
    let total = 0;
    for (const glyph of glyphs) total += glyph.advance;
    return total;
  }

  private kern(left: number, right: number): number | null {
    if (this.specialLeft[left] === 1 && this.special.has(left * this.slotCount + right)) return null;
    return this.kerning[this.leftRow[left] + this.rightClass[right]];
  }

  /** Applies the ligatures as fontkit does: lookup by lookup, left to right, the first matching ligature at each glyph. */
  private ligate(ids: number[], starts: number[]): void {
    for (const ligatures of this.lookups) {
      for (let index = 0; index < ids.length; index += 1) {
        if (this.startsLigature[ids[index]] !== 1) continue;
        for (const ligature of ligatures) {
          const input = ligature.input;
          if (input[0] !== ids[index] || index + input.length > ids.length) continue;
          let matches = true;
          for (let offset = 1; offset < input.length && matches; offset += 1) matches = ids[index + offset] === input[offset];
          if (!matches) continue;
          ids.splice(index, input.length, ligature.glyph);
          starts.splice(index + 1, input.length - 1);
          break;
        }
      }
    }
  }
}

/**
 * The table of one font file, or null when there is none, it cannot be read,
 * or it was made from other font bytes (then everything goes through fontkit).
 */
export function loadShapingTable(file: string, fontBytes: Uint8Array): ShapingTable | null {
  let parsed: ShapingTableFile;
  try {
    const result = ShapingTableFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) return null;
    parsed = result.data;
  } catch {
    return null;
  }
  if (parsed.sha256 !== sha256Hex(fontBytes)) return null;
  try {
    return new ShapingTable(parsed);
  } catch {
    return null;
  }
}
