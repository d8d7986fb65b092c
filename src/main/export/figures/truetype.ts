// Just enough of a TrueType reader to draw figure texts: character → glyph
// (cmap formats 4 and 12), advance widths (hmtx), outlines (glyf, simple and
// composite glyphs) and pair kerning (the GPOS 'kern' feature, pair
// adjustment formats 1 and 2, through extension lookups). A general font
// engine costs far more to load than the few hundred words of a report's
// figures take to draw; this reads only the tables it is asked about, lazily.

/** One glyph outline in font units (y up): contours of points, on or off the curve (quadratic control points). */
export interface GlyphOutline {
  xs: number[];
  ys: number[];
  onCurve: boolean[];
  /** Index of the last point of each contour. */
  ends: number[];
}

interface Table {
  offset: number;
  length: number;
}

interface PairSubtable {
  format: 1 | 2;
  /** Offset of the subtable in the file. */
  at: number;
  coverage: number;
  valueFormat1: number;
  valueFormat2: number;
}

/** A pair subtable that covers a given first glyph: its coverage index and (format 2) class. */
interface CoveredPair {
  subtable: PairSubtable;
  covered: number;
  class1: number;
}

const EMPTY: GlyphOutline = { xs: [], ys: [], onCurve: [], ends: [] };
const MAX_COMPONENT_DEPTH = 8;

/** Bytes taken by a GPOS value record of the given format. */
function valueSize(format: number): number {
  let bits = 0;
  for (let flag = format & 0xff; flag; flag >>= 1) bits += flag & 1;
  return bits * 2;
}

/** Offset of XAdvance inside a value record, or -1 when the format has none. */
function xAdvanceAt(format: number): number {
  if (!(format & 0x4)) return -1;
  return ((format & 0x1) ? 2 : 0) + ((format & 0x2) ? 2 : 0);
}

export class TrueTypeFont {
  readonly unitsPerEm: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, Table>();
  private readonly numGlyphs: number;
  private readonly numHMetrics: number;
  private readonly longLoca: boolean;
  private readonly cmapLookup: (codePoint: number) => number;
  private readonly glyphs = new Map<number, number>();
  private readonly outlines = new Map<number, GlyphOutline>();
  /** Per first glyph: the pair subtables that cover it, and the kerning found per second glyph. */
  private readonly kerns = new Map<number, { covering: CoveredPair[][]; values: Map<number, number> }>();
  private pairSubtables: PairSubtable[][] | null = null;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = this.u16(4);
    for (let index = 0; index < count; index += 1) {
      const record = 12 + index * 16;
      const tag = String.fromCharCode(bytes[record], bytes[record + 1], bytes[record + 2], bytes[record + 3]);
      this.tables.set(tag, { offset: this.u32(record + 8), length: this.u32(record + 12) });
    }
    const head = this.table('head');
    this.unitsPerEm = this.u16(head + 18);
    this.longLoca = this.i16(head + 50) === 1;
    this.numGlyphs = this.u16(this.table('maxp') + 4);
    this.numHMetrics = this.u16(this.table('hhea') + 34);
    this.cmapLookup = this.readCmap();
  }

  /** The glyph for a code point, 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let id = this.glyphs.get(codePoint);
    if (id === undefined) {
      id = this.cmapLookup(codePoint);
      if (id >= this.numGlyphs) id = 0;
      this.glyphs.set(codePoint, id);
    }
    return id;
  }

  /** Advance width of a glyph in font units. */
  advance(glyph: number): number {
    const hmtx = this.table('hmtx');
    return this.u16(hmtx + 4 * Math.min(glyph, this.numHMetrics - 1));
  }

  /** Kerning between two glyphs in font units, added to the first one's advance. */
  kerning(left: number, right: number): number {
    let first = this.kerns.get(left);
    if (!first) {
      // Which subtables of each lookup cover the first glyph is looked up once per glyph, not once per pair.
      const covering = this.kernLookups().map((subtables) =>
        subtables.flatMap((subtable): CoveredPair[] => {
          const covered = this.coverageIndex(subtable.coverage, left);
          if (covered < 0) return [];
          const class1 = subtable.format === 2 ? this.classOf(subtable.at + this.u16(subtable.at + 8), left) : 0;
          return [{ subtable, covered, class1 }];
        }),
      );
      first = { covering, values: new Map() };
      this.kerns.set(left, first);
    }
    let value = first.values.get(right);
    if (value === undefined) {
      value = 0;
      for (const lookup of first.covering) value += this.pairValue(lookup, right);
      first.values.set(right, value);
    }
    return value;
  }

  /** The glyph's outline (read once). */
  outline(glyph: number): GlyphOutline {
    let outline = this.outlines.get(glyph);
    if (!outline) {
      outline = this.readGlyph(glyph, 0);
      this.outlines.set(glyph, outline);
    }
    return outline;
  }

  private u16(at: number): number {
    return this.view.getUint16(at);
  }

  private i16(at: number): number {
    return this.view.getInt16(at);
  }

  private u32(at: number): number {
    return this.view.getUint32(at);
  }

  private table(tag: string): number {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`font has no ${tag} table`);
    return table.offset;
  }

  private readCmap(): (codePoint: number) => number {
    const cmap = this.table('cmap');
    const count = this.u16(cmap + 2);
    let format4 = -1;
    let format12 = -1;
    for (let index = 0; index < count; index += 1) {
      const record = cmap + 4 + index * 8;
      const platform = this.u16(record);
      const encoding = this.u16(record + 2);
      const subtable = cmap + this.u32(record + 4);
      const format = this.u16(subtable);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      if (format === 12 && format12 < 0) format12 = subtable;
      if (format === 4 && format4 < 0) format4 = subtable;
    }
    if (format12 >= 0) {
      const groups = this.u32(format12 + 12);
      return (codePoint) => {
        let low = 0;
        let high = groups - 1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const group = format12 + 16 + middle * 12;
          if (codePoint < this.u32(group)) high = middle - 1;
          else if (codePoint > this.u32(group + 4)) low = middle + 1;
          else return this.u32(group + 8) + codePoint - this.u32(group);
        }
        return 0;
      };
    }
    if (format4 >= 0) {
      const segments = this.u16(format4 + 6) / 2;
      const ends = format4 + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      return (codePoint) => {
        if (codePoint > 0xffff) return 0;
        let low = 0;
        let high = segments - 1;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (this.u16(ends + middle * 2) < codePoint) low = middle + 1;
          else high = middle;
        }
        if (this.u16(starts + low * 2) > codePoint || this.u16(ends + low * 2) < codePoint) return 0;
        const delta = this.u16(deltas + low * 2);
        const rangeOffset = this.u16(rangeOffsets + low * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = this.u16(rangeOffsets + low * 2 + rangeOffset + (codePoint - this.u16(starts + low * 2)) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      };
    }
    return () => 0;
  }

  private readGlyph(glyph: number, depth: number): GlyphOutline {
    if (glyph >= this.numGlyphs || depth > MAX_COMPONENT_DEPTH) return EMPTY;
    const loca = this.table('loca');
    const start = this.longLoca ? this.u32(loca + glyph * 4) : this.u16(loca + glyph * 2) * 2;
    const end = this.longLoca ? this.u32(loca + glyph * 4 + 4) : this.u16(loca + glyph * 2 + 2) * 2;
    if (end <= start) return EMPTY;
    const at = this.table('glyf') + start;
    const contours = this.i16(at);
    return contours >= 0 ? this.simpleGlyph(at, contours) : this.compositeGlyph(at, depth);
  }

  private simpleGlyph(at: number, contours: number): GlyphOutline {
    const ends: number[] = [];
    for (let index = 0; index < contours; index += 1) ends.push(this.u16(at + 10 + index * 2));
    const points = contours > 0 ? ends[contours - 1] + 1 : 0;
    let cursor = at + 10 + contours * 2;
    cursor += 2 + this.u16(cursor);
    const flags: number[] = [];
    while (flags.length < points) {
      const flag = this.view.getUint8(cursor);
      cursor += 1;
      flags.push(flag);
      if (flag & 0x8) {
        const repeat = this.view.getUint8(cursor);
        cursor += 1;
        for (let times = 0; times < repeat && flags.length < points; times += 1) flags.push(flag);
      }
    }
    const read = (short: number, same: number): number[] => {
      const values: number[] = [];
      let value = 0;
      for (const flag of flags) {
        if (flag & short) {
          const step = this.view.getUint8(cursor);
          cursor += 1;
          value += flag & same ? step : -step;
        } else if (!(flag & same)) {
          value += this.i16(cursor);
          cursor += 2;
        }
        values.push(value);
      }
      return values;
    };
    const xs = read(0x2, 0x10);
    const ys = read(0x4, 0x20);
    return { xs, ys, onCurve: flags.map((flag) => (flag & 1) === 1), ends };
  }

  private compositeGlyph(at: number, depth: number): GlyphOutline {
    const out: GlyphOutline = { xs: [], ys: [], onCurve: [], ends: [] };
    let cursor = at + 10;
    for (;;) {
      const flags = this.u16(cursor);
      const component = this.u16(cursor + 2);
      cursor += 4;
      let dx = 0;
      let dy = 0;
      if (flags & 0x1) {
        if (flags & 0x2) {
          dx = this.i16(cursor);
          dy = this.i16(cursor + 2);
        }
        cursor += 4;
      } else {
        if (flags & 0x2) {
          dx = this.view.getInt8(cursor);
          dy = this.view.getInt8(cursor + 1);
        }
        cursor += 2;
      }
      let a = 1;
      let b = 0;
      let c = 0;
      let d = 1;
      const f2dot14 = (offset: number) => this.i16(offset) / 16384;
      if (flags & 0x8) {
        a = d = f2dot14(cursor);
        cursor += 2;
      } else if (flags & 0x40) {
        a = f2dot14(cursor);
        d = f2dot14(cursor + 2);
        cursor += 4;
      } else if (flags & 0x80) {
        a = f2dot14(cursor);
        b = f2dot14(cursor + 2);
        c = f2dot14(cursor + 4);
        d = f2dot14(cursor + 6);
        cursor += 8;
      }
      const part = this.readGlyph(component, depth + 1);
      const base = out.xs.length;
      for (let index = 0; index < part.xs.length; index += 1) {
        out.xs.push(a * part.xs[index] + c * part.ys[index] + dx);
        out.ys.push(b * part.xs[index] + d * part.ys[index] + dy);
        out.onCurve.push(part.onCurve[index]);
      }
      for (const end of part.ends) out.ends.push(base + end);
      if (!(flags & 0x20)) break;
    }
    return out;
  }

  /** The pair adjustment subtables of each lookup of the 'kern' feature (Latin script, else default), read once. */
  private kernLookups(): PairSubtable[][] {
    if (this.pairSubtables) return this.pairSubtables;
    this.pairSubtables = [];
    const gpos = this.tables.get('GPOS');
    if (!gpos) return this.pairSubtables;
    const base = gpos.offset;
    const scriptList = base + this.u16(base + 4);
    const featureList = base + this.u16(base + 6);
    const lookupList = base + this.u16(base + 8);
    let script = -1;
    for (let index = 0; index < this.u16(scriptList); index += 1) {
      const record = scriptList + 2 + index * 6;
      const tag = this.tag(record);
      if (tag === 'latn' || (tag === 'DFLT' && script < 0)) script = scriptList + this.u16(record + 4);
    }
    if (script < 0 || this.u16(script) === 0) return this.pairSubtables;
    const langSys = script + this.u16(script);
    const lookups = new Set<number>();
    for (let index = 0; index < this.u16(langSys + 4); index += 1) {
      const feature = this.u16(langSys + 6 + index * 2);
      const record = featureList + 2 + feature * 6;
      if (this.tag(record) !== 'kern') continue;
      const table = featureList + this.u16(record + 4);
      for (let lookup = 0; lookup < this.u16(table + 2); lookup += 1) lookups.add(this.u16(table + 4 + lookup * 2));
    }
    for (const index of [...lookups].sort((x, y) => x - y)) {
      const lookup = lookupList + this.u16(lookupList + 2 + index * 2);
      const type = this.u16(lookup);
      const subtables: PairSubtable[] = [];
      for (let sub = 0; sub < this.u16(lookup + 4); sub += 1) {
        let at = lookup + this.u16(lookup + 6 + sub * 2);
        let subType = type;
        if (type === 9) {
          subType = this.u16(at + 2);
          at += this.u32(at + 4);
        }
        const format = this.u16(at);
        if (subType !== 2 || (format !== 1 && format !== 2)) continue;
        subtables.push({ format, at, coverage: at + this.u16(at + 2), valueFormat1: this.u16(at + 4), valueFormat2: this.u16(at + 6) });
      }
      this.pairSubtables.push(subtables);
    }
    return this.pairSubtables;
  }

  private tag(at: number): string {
    return String.fromCharCode(this.view.getUint8(at), this.view.getUint8(at + 1), this.view.getUint8(at + 2), this.view.getUint8(at + 3));
  }

  /** The XAdvance one lookup gives the first glyph of the pair (the first subtable that applies decides). */
  private pairValue(covering: CoveredPair[], right: number): number {
    for (const { subtable, covered, class1 } of covering) {
      const advanceAt = xAdvanceAt(subtable.valueFormat1);
      const recordSize = valueSize(subtable.valueFormat1) + valueSize(subtable.valueFormat2);
      if (subtable.format === 1) {
        if (covered >= this.u16(subtable.at + 8)) continue;
        const set = subtable.at + this.u16(subtable.at + 10 + covered * 2);
        const entry = 2 + recordSize;
        let low = 0;
        let high = this.u16(set) - 1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const record = set + 2 + middle * entry;
          const second = this.u16(record);
          if (second < right) low = middle + 1;
          else if (second > right) high = middle - 1;
          else return advanceAt < 0 ? 0 : this.i16(record + 2 + advanceAt);
        }
        continue;
      }
      const class2 = this.classOf(subtable.at + this.u16(subtable.at + 10), right);
      const class1Count = this.u16(subtable.at + 12);
      const class2Count = this.u16(subtable.at + 14);
      if (class1 >= class1Count || class2 >= class2Count || advanceAt < 0) return 0;
      return this.i16(subtable.at + 16 + (class1 * class2Count + class2) * recordSize + advanceAt);
    }
    return 0;
  }

  private coverageIndex(coverage: number, glyph: number): number {
    const format = this.u16(coverage);
    const count = this.u16(coverage + 2);
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (format === 1) {
        const value = this.u16(coverage + 4 + middle * 2);
        if (value < glyph) low = middle + 1;
        else if (value > glyph) high = middle - 1;
        else return middle;
      } else {
        const range = coverage + 4 + middle * 6;
        if (glyph < this.u16(range)) high = middle - 1;
        else if (glyph > this.u16(range + 2)) low = middle + 1;
        else return this.u16(range + 4) + glyph - this.u16(range);
      }
    }
    return -1;
  }

  private classOf(classDef: number, glyph: number): number {
    const format = this.u16(classDef);
    if (format === 1) {
      const start = this.u16(classDef + 2);
      const count = this.u16(classDef + 4);
      return glyph >= start && glyph < start + count ? this.u16(classDef + 6 + (glyph - start) * 2) : 0;
    }
    if (format !== 2) return 0;
    let low = 0;
    let high = this.u16(classDef + 2) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = classDef + 4 + middle * 6;
      if (glyph < this.u16(range)) high = middle - 1;
      else if (glyph > this.u16(range + 2)) low = middle + 1;
      else return this.u16(range + 4);
    }
    return 0;
  }
}
