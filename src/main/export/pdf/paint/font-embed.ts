// One report face embedded as a PDF Type0 font over a CIDFontType2, written
// with pdf-lib's public object model (dictionaries, names, references, and a
// stream class of our own) instead of pdf-lib's embedFont(): that parses the
// whole font with fontkit, subsets it with fontkit's encoder and keeps a
// glyph table per page, which cost the report's export about a fifth of a
// second. The painter already knows every glyph it shows (its id from the
// shaper, the characters it stands for, its advance width), so it tells the
// font here as it paints; the glyph id is the code in the content stream
// (Identity-H, CIDToGIDMap /Identity, ids kept by truetype-subset.ts).
// The dictionaries are registered when the face is embedded; the parts that
// depend on the glyphs used — the W array, the ToUnicode map and the font
// file — are worked out when the document is written (pdf-lib's save, after
// painting), as pdf-lib writes its own fonts then, and again only if more
// glyphs were used since. W holds each used glyph's own advance width as the
// shaper measured it, in thousandths of an em, so text ends where layout said;
// ToUnicode maps each glyph to the first text it was painted for (a ligature
// to its letters, so "ff" and "ft" extract as letters). Glyph 0 stands for
// any missing character and gets no mapping, as before.

import { type PDFContext, type PDFDict, PDFName, PDFNumber, PDFObject, PDFRawStream, type PDFRef, PDFStream, PDFString } from 'pdf-lib';
import type { FontResource } from './content';
import { deflate } from './content';
import { parseTrueType, subsetTrueType, type TrueTypeFont } from './truetype-subset';

/** A face to embed: its font file and the names it is known by. */
export interface FaceFont {
  bytes: Uint8Array;
  /** The file name, for errors. */
  fileName: string;
  /** BaseFont and FontName, subset tag included ("ABCDEF+SourceSans3-Regular"). */
  baseFontName: string;
  /** The resource name every page uses for it, without the slash ("F1"). */
  resourceName: string;
}

/** Each font file parsed once per process (the table directory and a few metrics). */
const parsedFonts = new WeakMap<Uint8Array, TrueTypeFont>();

function parsed(bytes: Uint8Array, fileName: string): TrueTypeFont {
  let font = parsedFonts.get(bytes);
  if (!font) {
    font = parseTrueType(bytes, fileName);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** A value worked out when it is first written, and again when `version` has changed since. */
class Deferred<T> {
  private known: { version: number; value: T } | null = null;

  constructor(
    private readonly version: () => number,
    private readonly make: () => T,
  ) {}

  get value(): T {
    const version = this.version();
    if (!this.known || this.known.version !== version) this.known = { version, value: this.make() };
    return this.known.value;
  }
}

/** A direct PDF object (the W array) built when the document is written. */
class DeferredObject extends PDFObject {
  constructor(private readonly deferred: Deferred<PDFObject>) {
    super();
  }

  override clone(): PDFObject {
    return this.deferred.value.clone();
  }

  override toString(): string {
    return this.deferred.value.toString();
  }

  override sizeInBytes(): number {
    return this.deferred.value.sizeInBytes();
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    return this.deferred.value.copyBytesInto(buffer, offset);
  }
}

/** A stream whose (already encoded) bytes are made when the document is written; `make` may add entries to the dictionary. */
class DeferredStream extends PDFStream {
  private readonly contents: Deferred<Uint8Array>;

  constructor(dict: PDFDict, version: () => number, make: (dict: PDFDict) => Uint8Array) {
    super(dict);
    this.contents = new Deferred(version, () => make(dict));
  }

  override clone(context?: PDFContext): PDFStream {
    return PDFRawStream.of(this.dict.clone(context), this.getContents().slice());
  }

  override getContents(): Uint8Array {
    return this.contents.value;
  }

  override getContentsSize(): number {
    return this.contents.value.length;
  }

  override getContentsString(): string {
    return Buffer.from(this.contents.value).toString('latin1');
  }
}

/** PDF font flags as pdf-lib derives them: symbolic, plus fixed pitch, serif, script and italic from the font's tables. */
function fontFlags(font: TrueTypeFont): number {
  const { fixedPitch, familyClass, italic } = font.metrics;
  let flags = 1 << 2;
  if (fixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (italic) flags |= 1 << 6;
  return flags;
}

const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');

/** The text as UTF-16BE hex digits (surrogate pairs stay pairs). */
function utf16Hex(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += hex4(text.charCodeAt(index));
  return out;
}

/** bfchar entries per block: the CMap format allows at most 100. */
const BFCHAR_BLOCK = 100;

/** A ToUnicode CMap mapping each two-byte code (glyph id) to its text. */
export function toUnicodeCMap(entries: readonly (readonly [number, string])[]): string {
  let out =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
  for (let start = 0; start < entries.length; start += BFCHAR_BLOCK) {
    const block = entries.slice(start, start + BFCHAR_BLOCK);
    out += `${block.length} beginbfchar\n`;
    for (const [code, text] of block) out += `<${hex4(code)}> <${utf16Hex(text)}>\n`;
    out += 'endbfchar\n';
  }
  return `${out}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;
}

/** A used glyph: the text it was first painted for ('' while none) and its advance width in font units. */
interface UsedGlyph {
  text: string;
  width: number;
}

export class EmbeddedFont implements FontResource {
  readonly ref: PDFRef;
  readonly resourceName: string;
  private readonly font: TrueTypeFont;
  private readonly used = new Map<number, UsedGlyph>();
  /** Bumped whenever what the deferred parts depend on changes. */
  private changes = 0;

  constructor(context: PDFContext, face: FaceFont) {
    this.font = parsed(face.bytes, face.fileName);
    this.resourceName = face.resourceName;
    const { metrics } = this.font;
    const scale = 1000 / metrics.unitsPerEm;
    const version = () => this.changes;

    const fontFile = new DeferredStream(context.obj({ Filter: 'FlateDecode' }), version, (dict) => {
      const bytes = subsetTrueType(this.font, this.used.keys());
      dict.set(PDFName.of('Length1'), PDFNumber.of(bytes.length));
      return deflate(bytes);
    });
    const [minX, minY, maxX, maxY] = metrics.bbox;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: face.baseFontName,
      Flags: fontFlags(this.font),
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale],
      ItalicAngle: metrics.italicAngle,
      Ascent: metrics.ascent * scale,
      Descent: metrics.descent * scale,
      CapHeight: (metrics.capHeight || metrics.ascent) * scale,
      XHeight: (metrics.xHeight || 0) * scale,
      StemV: 0,
      FontFile2: context.register(fontFile),
    });
    const widths = new DeferredObject(new Deferred(version, () => context.obj(this.widths(scale))));
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      CIDToGIDMap: 'Identity',
      BaseFont: face.baseFontName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: context.register(descriptor),
    });
    cidFont.set(PDFName.of('W'), widths);
    const toUnicode = new DeferredStream(context.obj({ Filter: 'FlateDecode' }), version, () =>
      deflate(Buffer.from(toUnicodeCMap(this.mappings()), 'latin1')),
    );
    this.ref = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: face.baseFontName,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: context.register(toUnicode),
      }),
    );
  }

  /** The font's units per em (W and the painter's adjustments are in thousandths of it). */
  get unitsPerEm(): number {
    return this.font.metrics.unitsPerEm;
  }

  /** Records a painted glyph: its id (the code), the text it stands for and its own advance width in font units. */
  use(id: number, text: string, width: number): void {
    const known = this.used.get(id);
    if (known) {
      if (known.text === '' && text !== '') {
        known.text = text;
        this.changes += 1;
      }
      return;
    }
    this.used.set(id, { text, width });
    this.changes += 1;
  }

  /** The glyph ids painted so far, in id order. */
  glyphIds(): number[] {
    return [...this.used.keys()].sort((a, b) => a - b);
  }

  /** W: runs of consecutive glyph ids, each `first [w1 w2 …]`, in thousandths of an em. */
  private widths(scale: number): (number | number[])[] {
    const out: (number | number[])[] = [];
    let run: number[] = [];
    let last = -2;
    for (const id of this.glyphIds()) {
      if (id !== last + 1) {
        run = [];
        out.push(id, run);
      }
      run.push((this.used.get(id) as UsedGlyph).width * scale);
      last = id;
    }
    return out;
  }

  /** ToUnicode entries: every used glyph with a text, except glyph 0 (any missing character). */
  private mappings(): [number, string][] {
    const out: [number, string][] = [];
    for (const id of this.glyphIds()) {
      const text = (this.used.get(id) as UsedGlyph).text;
      if (id !== 0 && text !== '') out.push([id, text]);
    }
    return out;
  }
}
