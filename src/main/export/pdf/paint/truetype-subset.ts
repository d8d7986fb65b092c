// A TrueType subsetter for the fonts embedded in the PDF, reading and writing
// the font with a DataView. Glyph ids stay what they are in the font: every
// glyph up to the highest one used is kept in loca, but only the used glyphs
// (and, transitively, the components of compound glyphs, and always glyph 0)
// keep their outlines; the others become empty entries. With ids unchanged
// the PDF's codes are the glyph ids themselves (Identity-H, CIDToGIDMap
// /Identity), so the painter needs no renumbering. The subset holds the
// tables a PDF reader needs of a CIDFontType2's FontFile2 — head, hhea, maxp,
// hmtx, loca, glyf and the hinting tables cvt, fpgm and prep when present —
// the same set fontkit's subsetter writes; cmap, name, OS/2 and post are not
// read from an embedded CID font. The face's metrics for the PDF font
// descriptor are read here too (head, hhea, OS/2, post).

import { AppError } from '../../../../shared/errors';

/** One table of the font file: where its bytes are. */
interface TableRecord {
  offset: number;
  length: number;
}

/** What the PDF font descriptor needs of a face, in font units (as read from the font). */
export interface TrueTypeMetrics {
  unitsPerEm: number;
  /** head.xMin, yMin, xMax, yMax. */
  bbox: [number, number, number, number];
  /** post.italicAngle in degrees. */
  italicAngle: number;
  /** hhea ascender and descender (the descender negative). */
  ascent: number;
  descent: number;
  /** OS/2 sCapHeight and sxHeight (version 2 and later), else null. */
  capHeight: number | null;
  xHeight: number | null;
  /** post.isFixedPitch != 0. */
  fixedPitch: boolean;
  /** OS/2 sFamilyClass (0 without an OS/2 table). */
  familyClass: number;
  /** head.macStyle's italic bit. */
  italic: boolean;
}

/** A parsed TrueType font: its tables and the numbers the subsetter needs. */
export interface TrueTypeFont {
  /** The font's file name, for errors. */
  name: string;
  bytes: Uint8Array;
  tables: ReadonlyMap<string, TableRecord>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** head.indexToLocFormat: 0 short offsets (halved, 16 bits), 1 long (32 bits). */
  longLoca: boolean;
  metrics: TrueTypeMetrics;
}

/** Tables a PDF reader uses from an embedded TrueType font, in the order of their tags. */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;
const REQUIRED_TABLES = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf'] as const;

/** Compound glyph component flags. */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

const CHECKSUM_MAGIC = 0xb1b0afba;
/** Offset of checkSumAdjustment and indexToLocFormat in head. */
const HEAD_CHECKSUM_ADJUSTMENT = 8;
const HEAD_INDEX_TO_LOC_FORMAT = 50;

const tagAt = (view: DataView, offset: number): string =>
  String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));

const malformed = (fileName: string): AppError => new AppError('EXPORT_FONT_MISSING', { fileName });

/** Reads the table directory and the numbers the subset and the font descriptor need; throws EXPORT_FONT_MISSING on a malformed font. */
export function parseTrueType(bytes: Uint8Array, name = 'font'): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw malformed(name);
  const version = view.getUint32(0);
  // TrueType outlines only: 0x00010000 or 'true' (an 'OTTO' font has CFF outlines).
  if (version !== 0x00010000 && version !== 0x74727565) throw malformed(name);
  const numTables = view.getUint16(4);
  if (12 + numTables * 16 > bytes.byteLength) throw malformed(name);
  const tables = new Map<string, TableRecord>();
  for (let index = 0; index < numTables; index += 1) {
    const at = 12 + index * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.byteLength) throw malformed(name);
    tables.set(tagAt(view, at), { offset, length });
  }
  for (const tag of REQUIRED_TABLES) if (!tables.has(tag)) throw malformed(name);
  const table = (tag: string, minLength: number): number => {
    const record = tables.get(tag) as TableRecord;
    if (record.length < minLength) throw malformed(name);
    return record.offset;
  };
  const head = table('head', 54);
  const hhea = table('hhea', 36);
  const maxp = table('maxp', 6);
  const numGlyphs = view.getUint16(maxp + 4);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const longLoca = view.getInt16(head + HEAD_INDEX_TO_LOC_FORMAT) === 1;
  if (numberOfHMetrics < 1 || numberOfHMetrics > numGlyphs) throw malformed(name);
  table('loca', (numGlyphs + 1) * (longLoca ? 4 : 2));
  table('hmtx', numberOfHMetrics * 4 + (numGlyphs - numberOfHMetrics) * 2);

  const post = tables.get('post');
  const os2 = tables.get('OS/2');
  const os2Version = os2 && os2.length >= 2 ? view.getUint16(os2.offset) : -1;
  const metrics: TrueTypeMetrics = {
    unitsPerEm: view.getUint16(head + 18),
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    italicAngle: post && post.length >= 16 ? view.getInt32(post.offset + 4) / 65536 : 0,
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    capHeight: os2 && os2Version >= 2 && os2.length >= 90 ? view.getInt16(os2.offset + 88) : null,
    xHeight: os2 && os2Version >= 2 && os2.length >= 88 ? view.getInt16(os2.offset + 86) : null,
    fixedPitch: post !== undefined && post.length >= 16 && view.getUint32(post.offset + 12) !== 0,
    familyClass: os2 && os2.length >= 32 ? view.getInt16(os2.offset + 30) : 0,
    italic: (view.getUint16(head + 44) & 0x0002) !== 0,
  };
  if (metrics.unitsPerEm === 0) throw malformed(name);
  return { name, bytes, tables, numGlyphs, numberOfHMetrics, longLoca, metrics };
}

/** Glyph `id`'s byte range in glyf, relative to the table's start. */
function glyphRange(font: TrueTypeFont, view: DataView, id: number): [number, number] {
  const loca = (font.tables.get('loca') as TableRecord).offset;
  if (font.longLoca) return [view.getUint32(loca + id * 4), view.getUint32(loca + id * 4 + 4)];
  return [view.getUint16(loca + id * 2) * 2, view.getUint16(loca + id * 2 + 2) * 2];
}

/** The glyph ids a compound glyph's data refers to (none for a simple or empty glyph). */
function componentIds(view: DataView, start: number, end: number): number[] {
  if (end - start < 10 || view.getInt16(start) >= 0) return [];
  const out: number[] = [];
  let at = start + 10;
  for (;;) {
    if (at + 4 > end) break;
    const flags = view.getUint16(at);
    out.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out;
}

/** The glyphs the subset keeps: the used ones that exist, glyph 0, and every component they are built from. */
export function closeOverComponents(font: TrueTypeFont, used: Iterable<number>): Set<number> {
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const { offset: glyf, length: glyfSize } = font.tables.get('glyf') as TableRecord;
  const kept = new Set<number>([0]);
  const pending: number[] = [0];
  for (const id of used) {
    if (Number.isInteger(id) && id >= 0 && id < font.numGlyphs && !kept.has(id)) {
      kept.add(id);
      pending.push(id);
    }
  }
  while (pending.length > 0) {
    const id = pending.pop() as number;
    const [start, end] = glyphRange(font, view, id);
    if (end < start || end > glyfSize) throw malformed(font.name);
    for (const component of componentIds(view, glyf + start, glyf + end)) {
      if (component < font.numGlyphs && !kept.has(component)) {
        kept.add(component);
        pending.push(component);
      }
    }
  }
  return kept;
}

const pad4 = (length: number): number => (length + 3) & ~3;

/** The checksum of a table written at a four-byte boundary of `view` and zero-padded to four bytes. */
function alignedChecksum(view: DataView, start: number, length: number): number {
  let sum = 0;
  const end = start + pad4(length);
  for (let at = start; at < end; at += 4) sum += view.getUint32(at);
  return sum >>> 0;
}

/**
 * A subset of the font holding the outlines of `used` glyph ids (plus glyph 0 and every
 * component), with all glyph ids unchanged. Ids the font does not have are ignored.
 */
export function subsetTrueType(font: TrueTypeFont, used: Iterable<number>): Uint8Array {
  const source = font.bytes;
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  const kept = closeOverComponents(font, used);
  const ids = [...kept].sort((a, b) => a - b);
  const count = ids[ids.length - 1] + 1;
  const { offset: glyfOffset, length: glyfSize } = font.tables.get('glyf') as TableRecord;

  // glyf: each kept glyph's bytes, padded to four; the others empty.
  const starts = new Uint32Array(ids.length);
  const ends = new Uint32Array(ids.length);
  let glyfLength = 0;
  for (let index = 0; index < ids.length; index += 1) {
    const [start, end] = glyphRange(font, view, ids[index]);
    if (end < start || end > glyfSize) throw malformed(font.name);
    starts[index] = start;
    ends[index] = end;
    glyfLength += pad4(end - start);
  }
  const longLoca = glyfLength > 0x1fffe;
  const numberOfHMetrics = Math.min(font.numberOfHMetrics, count);
  // hmtx: the original's prefix that covers glyphs 0 … count-1, unused glyphs' metrics zeroed
  // (they compress to nothing) except the last long metric, whose advance later glyphs share.
  const hmtxLength = numberOfHMetrics * 4 + (count - numberOfHMetrics) * 2;

  const lengths = new Map<string, number>();
  for (const tag of KEPT_TABLES) {
    const record = font.tables.get(tag);
    if (!record) continue;
    lengths.set(tag, tag === 'glyf' ? glyfLength : tag === 'loca' ? (count + 1) * (longLoca ? 4 : 2) : tag === 'hmtx' ? hmtxLength : record.length);
  }
  const tags = [...lengths.keys()];
  const numTables = tags.length;
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector += 1;
  const searchRange = 2 ** entrySelector * 16;
  const directoryLength = 12 + numTables * 16;
  let total = directoryLength;
  const offsets = new Map<string, number>();
  for (const tag of tags) {
    offsets.set(tag, total);
    total += pad4(lengths.get(tag) as number);
  }

  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  outView.setUint32(0, 0x00010000);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange);

  for (const tag of tags) {
    if (tag === 'glyf' || tag === 'loca') continue;
    const record = font.tables.get(tag) as TableRecord;
    out.set(source.subarray(record.offset, record.offset + (lengths.get(tag) as number)), offsets.get(tag) as number);
  }

  // glyf and loca together: each kept glyph's bytes at the running position; unused ids repeat it.
  const glyf = offsets.get('glyf') as number;
  const loca = offsets.get('loca') as number;
  let position = 0;
  let next = 0;
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index];
    for (; next <= id; next += 1) {
      if (longLoca) outView.setUint32(loca + next * 4, position);
      else outView.setUint16(loca + next * 2, position >> 1);
    }
    out.set(source.subarray(glyfOffset + starts[index], glyfOffset + ends[index]), glyf + position);
    position += pad4(ends[index] - starts[index]);
  }
  if (longLoca) outView.setUint32(loca + count * 4, position);
  else outView.setUint16(loca + count * 2, position >> 1);

  // hmtx: zero the metrics of the ids between kept glyphs.
  const hmtx = offsets.get('hmtx') as number;
  let previous = -1;
  for (let index = 0; index <= ids.length; index += 1) {
    const id = index < ids.length ? ids[index] : count;
    for (let gap = previous + 1; gap < id; gap += 1) {
      if (gap === numberOfHMetrics - 1) continue;
      if (gap < numberOfHMetrics) outView.setUint32(hmtx + gap * 4, 0);
      else outView.setUint16(hmtx + numberOfHMetrics * 4 + (gap - numberOfHMetrics) * 2, 0);
    }
    previous = id;
  }

  const head = offsets.get('head') as number;
  outView.setUint32(head + HEAD_CHECKSUM_ADJUSTMENT, 0);
  outView.setInt16(head + HEAD_INDEX_TO_LOC_FORMAT, longLoca ? 1 : 0);
  outView.setUint16((offsets.get('maxp') as number) + 4, count);
  outView.setUint16((offsets.get('hhea') as number) + 34, numberOfHMetrics);

  // Every table starts at a four-byte boundary and is zero-padded, so the whole file's
  // checksum is the directory's plus the tables'.
  let fileSum = 0;
  tags.forEach((tag, index) => {
    const record = 12 + index * 16;
    const offset = offsets.get(tag) as number;
    const length = lengths.get(tag) as number;
    const sum = alignedChecksum(outView, offset, length);
    outView.setUint32(record, (tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3));
    outView.setUint32(record + 4, sum);
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, length);
    fileSum += sum;
  });
  fileSum += alignedChecksum(outView, 0, directoryLength);
  outView.setUint32(head + HEAD_CHECKSUM_ADJUSTMENT, (CHECKSUM_MAGIC - fileSum) >>> 0);
  return out;
}
