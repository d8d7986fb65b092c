// Shaping text in one font face, fast enough for a whole report. fontkit's
// layout() applies the font's kerning (GPOS) and ligatures (GSUB) but costs
// about a quarter of a millisecond per call, far too slow for hundreds of
// thousands of words. So a word is set by layout() once, and from every word
// whose glyphs map one-to-one onto its characters we learn the kerning of each
// adjacent character pair. A later word whose pairs are all known is then set
// from the cmap and that pair table alone, which gives exactly what layout()
// would (the fonts' kerning is pair positioning only; ligature pairs such as
// "ff" and "ft" are never learnt, so words holding them always go through
// layout()). Words are set in Unicode's composed form (NFC) when the font
// has the composed letters, so a letter typed with a combining mark gets the
// font's own accented glyph. A word holding a character the font lacks
// (glyph 0) is set from the cmap one glyph per character, each with its own
// text: fontkit keeps one glyph object per id, so the text layout() reports
// for glyph 0 would be that of the first missing character it ever met.
// The fallback face is shaped left to right in the Latin script: no bidi
// reordering and no Arabic joining forms, so glyphs follow the typed order.
// Text is split at spaces: the report fonts kern nothing against a
// space, which the tests check for every face.
// Faster still, and first: a face with a shaping table (shaping-table.ts,
// made from the font file by scripts/font-tables.ts) sets every word made of
// the table's characters from the table alone, ligatures included, without
// any fontkit call, and measures a text made only of them in one pass without
// splitting or remembering it; only words the table cannot set take the way above.

import type { Font, Glyph, GlyphRun, TypeFeatures } from '@pdf-lib/fontkit';
import type { FaceMetrics, ShapingTable } from './shaping-table';

/** One glyph as the painter sets it; all values in font units. */
export interface ShapedGlyph {
  /** Glyph id in the font. */
  id: number;
  /** The characters the glyph stands for (several for a ligature). */
  text: string;
  /** The advance to the next glyph, kerning included. */
  advance: number;
  /** The glyph's own advance width in the font (what a PDF viewer assumes). */
  width: number;
  xOffset: number;
  yOffset: number;
}

const SPACE = 0x20;
/** Bounded memo sizes: beyond them a cache starts afresh (cheap, and memory stays flat). */
const MAX_WORDS = 200_000;
/** Words longer than this (in characters) are learnt in chunks of this size. */
const LONG_WORD = 64;
/** Texts with spaces up to this length are memoised whole. */
const SHORT_TEXT = 40;

interface CharInfo {
  id: number;
  width: number;
}

/** How a face asks fontkit to lay text out: features switched on or off, and a fixed script (set left to right). */
export interface LayoutOptions {
  features?: TypeFeatures;
  script?: string;
}

type LayoutFn = (text: string, features?: TypeFeatures, script?: string, language?: string, direction?: 'ltr' | 'rtl') => GlyphRun;

const pairKey = (a: number, b: number): number => a * 0x110000 + b;

function codePointsOf(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

export class FaceShaper {
  readonly unitsPerEm: number;
  /** Baseline to the top of the tallest glyphs, in font units (positive). */
  readonly ascender: number;
  /** Baseline to the lowest descender, in font units (positive). */
  readonly descender: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly postscriptName: string;

  private readonly chars = new Map<number, CharInfo>();
  /** Kerning added to the first glyph's advance, per learnt character pair. */
  private readonly kerning = new Map<number, number>();
  private readonly wordWidths = new Map<string, number>();
  /** Short texts with spaces ("word ", "of the ") as the line breaker asks for them. */
  private readonly textWidths = new Map<string, number>();
  private readonly wordGlyphs = new Map<string, ShapedGlyph[]>();
  private readonly standalone = new Map<number, string | null>();
  private spaceInfo: CharInfo | null = null;
  /** Coverage of the Basic Multilingual Plane: 0 not yet looked up, 1 has a glyph, 2 has none. */
  private readonly bmpCoverage = new Uint8Array(0x10000);
  /** How many words needed fontkit's layout() (for tests and benchmarks). */
  layoutCalls = 0;

  private readonly load: () => Font;
  private parsed: Font | null;

  /**
   * `font` may be a loader: with a table (which carries the face's metrics) the font is then
   * parsed only when a word needs fontkit, which a Latin report may never do.
   */
  constructor(
    font: Font | (() => Font),
    private readonly options: LayoutOptions = {},
    /** Precomputed shaping of the font file's Latin characters; null sets everything through fontkit. */
    private readonly table: ShapingTable | null = null,
  ) {
    this.load = typeof font === 'function' ? font : () => font;
    this.parsed = typeof font === 'function' ? null : font;
    const metrics = table?.metrics ?? FaceShaper.metricsOf(this.font);
    this.unitsPerEm = metrics.unitsPerEm;
    this.ascender = metrics.ascender;
    this.descender = metrics.descender;
    this.underlinePosition = metrics.underlinePosition;
    this.underlineThickness = metrics.underlineThickness;
    this.postscriptName = metrics.postscriptName;
  }

  /** The face's vertical metrics and name as the shaper reports them (the shaping table stores the same). */
  static metricsOf(font: Font): FaceMetrics {
    const hhea = (font as unknown as { hhea?: { ascent: number; descent: number } }).hhea;
    return {
      unitsPerEm: font.unitsPerEm,
      ascender: hhea?.ascent ?? font.ascent,
      descender: Math.abs(hhea?.descent ?? font.descent),
      underlinePosition: font.underlinePosition,
      underlineThickness: font.underlineThickness,
      postscriptName: font.postscriptName ?? 'SourceSans3',
    };
  }

  /** The parsed font, parsed on first use. */
  private get font(): Font {
    this.parsed ??= this.load();
    return this.parsed;
  }

  /** Whether words of the table's characters are set from a shaping table (else every word goes through fontkit). */
  get hasTable(): boolean {
    return this.table !== null;
  }

  /** Whether the font has a glyph for the code point (cached cmap lookup). */
  readonly covers = (codePoint: number): boolean => {
    if (this.table?.covers(codePoint)) return true;
    if (codePoint > 0xffff) return this.char(codePoint).id !== 0;
    let known = this.bmpCoverage[codePoint];
    if (known === 0) {
      known = this.char(codePoint).id !== 0 ? 1 : 2;
      this.bmpCoverage[codePoint] = known;
    }
    return known === 1;
  };

  /** The face's shaping table (what tableWidth() reads), or null: for sums in font units that must equal width(). */
  get shapingTable(): ShapingTable | null {
    return this.table;
  }

  /** The width from the shaping table alone (one pass, nothing remembered), or null when it cannot set all of `text`. */
  tableWidth(text: string): number | null {
    return this.table ? this.table.textWidth(text) : null;
  }

  /** Advance width of `text` in font units, kerning and ligatures included. */
  width(text: string): number {
    const fromTable = this.tableWidth(text);
    if (fromTable !== null) return fromTable;
    if (text.indexOf(' ') < 0) return this.wordWidth(text);
    const known = this.textWidths.get(text);
    if (known !== undefined) return known;
    let total = 0;
    let start = 0;
    for (let index = 0; index <= text.length; index += 1) {
      if (index === text.length || text.charCodeAt(index) === SPACE) {
        if (index > start) total += this.wordWidth(text.slice(start, index));
        if (index < text.length) total += this.space().width;
        start = index + 1;
      }
    }
    if (text.length <= SHORT_TEXT) {
      if (this.textWidths.size >= MAX_WORDS) this.textWidths.clear();
      this.textWidths.set(text, total);
    }
    return total;
  }

  /** The glyphs of `text` as they are set, in order. */
  shape(text: string): ShapedGlyph[] {
    const out: ShapedGlyph[] = [];
    let start = 0;
    for (let index = 0; index <= text.length; index += 1) {
      if (index === text.length || text.charCodeAt(index) === SPACE) {
        if (index > start) for (const glyph of this.wordShape(text.slice(start, index))) out.push(glyph);
        if (index < text.length) {
          const space = this.space();
          out.push({ id: space.id, text: ' ', advance: space.width, width: space.width, xOffset: 0, yOffset: 0 });
        }
        start = index + 1;
      }
    }
    return out;
  }

  /**
   * The glyph's characters when layout() sets them on their own as exactly
   * this glyph (so a PDF font can be asked to encode them), else null.
   */
  standaloneText(glyph: ShapedGlyph): string | null {
    // Glyph 0 stands for any missing character: it has no text of its own to remember.
    if (glyph.id === 0) return null;
    let known = this.standalone.get(glyph.id);
    // The table sets its characters and ligatures on their own exactly as layout() does.
    const fromTable = known === undefined && glyph.text.length > 0 ? this.table?.shape(codePointsOf(glyph.text)) : null;
    if (fromTable) {
      known = fromTable.length === 1 && fromTable[0].id === glyph.id ? glyph.text : null;
      this.standalone.set(glyph.id, known);
    }
    if (known === undefined) {
      this.layoutCalls += 1;
      const ids = glyph.text.length > 0 ? this.layout(glyph.text).glyphs.map((shaped) => shaped.id) : [];
      known = ids.length === 1 && ids[0] === glyph.id ? glyph.text : null;
      this.standalone.set(glyph.id, known);
    }
    return known;
  }

  /** The word in composed form (NFC) when the font has every composed letter, else as given. */
  private composed(word: string): string {
    const nfc = word.normalize('NFC');
    if (nfc === word) return word;
    for (const codePoint of codePointsOf(nfc)) if (this.char(codePoint).id === 0) return word;
    return nfc;
  }

  /** The space glyph, from the table when it has one (so Latin text never needs the font parsed). */
  private space(): CharInfo {
    if (!this.spaceInfo) {
      const id = this.table?.glyphOf(SPACE) ?? 0;
      this.spaceInfo = id !== 0 && this.table ? { id, width: this.table.glyphWidth(id) } : this.char(SPACE);
    }
    return this.spaceInfo;
  }

  private char(codePoint: number): CharInfo {
    let info = this.chars.get(codePoint);
    if (!info) {
      const glyph = this.font.glyphForCodePoint(codePoint);
      info = { id: glyph.id, width: glyph.advanceWidth };
      this.chars.set(codePoint, info);
    }
    return info;
  }

  private wordWidth(word: string): number {
    const cached = this.wordWidths.get(word);
    if (cached !== undefined) return cached;
    const nfc = this.composed(word);
    const codePoints = codePointsOf(nfc);
    let width = this.table ? this.table.width(codePoints) : null;
    if (width === null) width = this.fromPairs(codePoints);
    if (width === null && codePoints.length > LONG_WORD) {
      // layout() slows down badly on long strings: learn the pairs from overlapping chunks first.
      for (let start = 0; start < codePoints.length - 1; start += LONG_WORD - 1) {
        this.viaLayout(String.fromCodePoint(...codePoints.slice(start, start + LONG_WORD)));
      }
      width = this.fromPairs(codePoints);
    }
    if (width === null) width = this.viaLayout(nfc).reduce((sum, glyph) => sum + glyph.advance, 0);
    if (this.wordWidths.size >= MAX_WORDS) this.wordWidths.clear();
    this.wordWidths.set(word, width);
    return width;
  }

  private wordShape(word: string): ShapedGlyph[] {
    const cached = this.wordGlyphs.get(word);
    if (cached) return cached;
    const nfc = this.composed(word);
    const codePoints = codePointsOf(nfc);
    let glyphs = this.fromTable(codePoints);
    if (!glyphs && this.fromPairs(codePoints) !== null) {
      glyphs = codePoints.map((codePoint, index) => {
        const info = this.char(codePoint);
        const kern = index + 1 < codePoints.length ? (this.kerning.get(pairKey(codePoint, codePoints[index + 1])) ?? 0) : 0;
        return { id: info.id, text: String.fromCodePoint(codePoint), advance: info.width + kern, width: info.width, xOffset: 0, yOffset: 0 };
      });
    }
    glyphs ??= this.viaLayout(nfc);
    if (this.wordGlyphs.size >= MAX_WORDS) this.wordGlyphs.clear();
    this.wordGlyphs.set(word, glyphs);
    return glyphs;
  }

  /** The glyphs from the shaping table, or null when there is none or it cannot set the word. */
  private fromTable(codePoints: number[]): ShapedGlyph[] | null {
    const shaped = this.table?.shape(codePoints);
    if (!shaped) return null;
    return shaped.map((glyph, index) => {
      const end = index + 1 < shaped.length ? shaped[index + 1].start : codePoints.length;
      const text = end - glyph.start === 1 ? String.fromCodePoint(codePoints[glyph.start]) : String.fromCodePoint(...codePoints.slice(glyph.start, end));
      return { id: glyph.id, text, advance: glyph.advance, width: glyph.width, xOffset: 0, yOffset: 0 };
    });
  }

  /** The width from the cmap and learnt pairs, or null when a pair is not known. */
  private fromPairs(codePoints: number[]): number | null {
    let width = 0;
    for (let index = 0; index < codePoints.length; index += 1) {
      width += this.char(codePoints[index]).width;
      if (index + 1 < codePoints.length) {
        const kern = this.kerning.get(pairKey(codePoints[index], codePoints[index + 1]));
        if (kern === undefined) return null;
        width += kern;
      }
    }
    return width;
  }

  /** Sets a word with fontkit's layout() and learns its pairs when glyphs and characters match one-to-one. */
  private viaLayout(word: string): ShapedGlyph[] {
    const codePoints = codePointsOf(word);
    if (codePoints.some((codePoint) => this.char(codePoint).id === 0)) return this.fromCmap(codePoints);
    this.layoutCalls += 1;
    const run = this.layout(word);
    const glyphs: ShapedGlyph[] = run.glyphs.map((glyph: Glyph, index: number) => {
      const position = run.positions[index];
      return {
        id: glyph.id,
        text: String.fromCodePoint(...glyph.codePoints),
        advance: position.xAdvance,
        width: glyph.advanceWidth,
        xOffset: position.xOffset,
        yOffset: position.yOffset,
      };
    });
    const oneToOne =
      glyphs.length === codePoints.length &&
      glyphs.every((glyph, index) => glyph.id === this.char(codePoints[index]).id && glyph.xOffset === 0 && glyph.yOffset === 0) &&
      glyphs[glyphs.length - 1].advance === glyphs[glyphs.length - 1].width;
    if (oneToOne) {
      for (let index = 0; index + 1 < codePoints.length; index += 1) {
        this.kerning.set(pairKey(codePoints[index], codePoints[index + 1]), glyphs[index].advance - glyphs[index].width);
      }
    }
    return glyphs;
  }

  /** One glyph per character from the cmap, unkerned: for words with characters the font lacks. */
  private fromCmap(codePoints: number[]): ShapedGlyph[] {
    return codePoints.map((codePoint) => {
      const info = this.char(codePoint);
      return { id: info.id, text: String.fromCodePoint(codePoint), advance: info.width, width: info.width, xOffset: 0, yOffset: 0 };
    });
  }

  private layout(text: string): GlyphRun {
    const { features, script } = this.options;
    if (!features && !script) return this.font.layout(text);
    const layout = this.font.layout as unknown as LayoutFn;
    return layout.call(this.font, text, features, script, undefined, script ? 'ltr' : undefined);
  }
}
