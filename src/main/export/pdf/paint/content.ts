// One page's content stream, written as text and compressed once. pdf-lib
// builds content from PDFOperator objects (a PDFNumber per number, each
// formatted by a general routine), wraps every text in its own q/BT … ET/Q
// with its colour and font repeated, and deflates with pako: together that
// cost more than laying the report out. Here the painters append operator
// lines to a string; consecutive texts share one BT … ET, colour and font
// are written only when they change, glyph codes go into literal strings
// (two bytes a glyph instead of four hex digits), and rectangles use `re`.
// Numbers keep their full value, so every glyph and rule lands where pdf-lib
// put it and pages render to the same pixels; the stream is about 40 %
// shorter. finish() deflates it with Node's zlib, native and several times
// faster than pako (its asynchronous form costs the main thread about as much
// as the compression itself for page-sized streams, so it is called
// synchronously). The report's fonts (font-embed.ts) have one resource name
// each, the same on every page, added to the page's font resources when the
// page is finished; fonts embedded by pdf-lib and images get their names
// through the page's own resource dictionary, as pdf-lib's draw methods do.

import { deflateSync } from 'node:zlib';
import { PDFDict, type PDFDocument, PDFFont, type PDFImage, PDFName, type PDFOperator, type PDFPage, PDFRawStream, type PDFRef, numberToString, typedArrayFor } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import type { Rgb } from '../layout/types';

/**
 * zlib level of every stream the report compresses. On the XL report's 2.8 MB of page content,
 * level 3 takes about 25 ms for 538 kB, level 6 (zlib's and pako's default) about 45 ms for
 * 490 kB, level 1 is no faster than 3 and larger: 3 keeps the file as small as it was with
 * pako on the old, longer streams.
 */
export const DEFLATE_LEVEL = 3;

/** Deflates bytes as every stream of the report is compressed (deterministic for the same input). */
export function deflate(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: DEFLATE_LEVEL });
}

/**
 * Makes the streams pdf-lib compresses itself while building the document (embedded font
 * files and their ToUnicode maps, PNG images) use zlib as well, by replacing the document
 * context's flateStream with one of the same contract.
 */
export function compressWithZlib(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) => context.stream(deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' });
}

/**
 * A number as pdf-lib writes it in a content stream: JavaScript's shortest round-trip form,
 * with exponent notation (1e-7, 1e+21) spelt out in digits.
 */
export function pdfNumber(value: number): string {
  const text = String(value);
  return text.indexOf('e') < 0 ? text : numberToString(value);
}

const rgbArgs = (color: Rgb): string => `${pdfNumber(color[0])} ${pdfNumber(color[1])} ${pdfNumber(color[2])}`;

/** Bytes that must be escaped inside a literal string: ( ) \ and CR (a reader would turn CR into LF). */
function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return '\\r';
  return String.fromCharCode(byte);
}

/** A two-byte glyph code (0..0xffff) as the body of a PDF literal string, escaped where needed. */
export function literalCode(code: number): string {
  return literalByte(code >> 8) + literalByte(code & 0xff);
}

/** Hex glyph codes from pdf-lib's encoder ("0012002A") as literal-string bodies, one per glyph. */
export function literalCodesOfHex(hex: string): string[] {
  const out: string[] = [];
  for (let index = 0; index + 4 <= hex.length; index += 4) out.push(literalCode(parseInt(hex.slice(index, index + 4), 16)));
  return out;
}

/** A filled and/or stroked rectangle, in PDF coordinates (origin bottom left). */
export interface RectangleOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Rgb;
  stroke?: Rgb;
  /** Border width; 0 paints no border even when a stroke colour is given. */
  borderWidth: number;
}

/** A font known to the whole document under one resource name (the report's embedded faces). */
export interface FontResource {
  readonly ref: PDFRef;
  /** The name without its slash, e.g. "F1"; the same on every page. */
  readonly resourceName: string;
}

interface TextState {
  fill: string;
  font: string;
}

export class PageContent {
  private text = '';
  private inText = false;
  /** The fill colour and font (with size) in force, as written; '' before the first. */
  private state: TextState = { fill: '', font: '' };
  private readonly saved: TextState[] = [];
  private readonly fontKeys = new Map<PDFFont | FontResource, string>();
  /** The document fonts used on this page, added to its resources by finish(). */
  private readonly resources: FontResource[] = [];
  /** The last colour and font asked for, with what they were written as: a repeat is known without formatting. */
  private lastColor: Rgb | null = null;
  private lastFill = '';
  private lastFont: PDFFont | FontResource | null = null;
  private lastSize = '';
  private lastFontAndSize = '';
  /** The last text's y and what follows its x up to the TJ array's first element. */
  private lastY = Number.NaN;
  private lastYText = '';
  private finished = false;
  /** The page height in pt, to flip layout's top-down y. */
  readonly height: number;

  constructor(
    readonly doc: PDFDocument,
    readonly page: PDFPage,
  ) {
    this.height = page.getHeight();
  }

  /**
   * The resource name (with its slash) of a font on this page: a document font's own name
   * (added to the page's resources when the page is finished), or for a font embedded by
   * pdf-lib a name added to the page's resources on first use.
   */
  fontKey(font: PDFFont | FontResource): string {
    let key = this.fontKeys.get(font);
    if (key === undefined) {
      if (font instanceof PDFFont) key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      else {
        key = `/${font.resourceName}`;
        this.resources.push(font);
      }
      this.fontKeys.set(font, key);
    }
    return key;
  }

  /** Opens a text object unless one is open (consecutive texts share it). */
  beginText(): void {
    if (!this.inText) {
      this.text += 'BT\n';
      this.inText = true;
    }
  }

  /** Closes the open text object, if any: graphics and state changes may not sit inside one. */
  endText(): void {
    if (this.inText) {
      this.text += 'ET\n';
      this.inText = false;
    }
  }

  /** Sets the fill colour for the texts that follow (written only when it changes). */
  textColor(color: Rgb): void {
    // Most texts repeat the colour before them: compare the numbers before formatting them.
    const last = this.lastColor;
    if (last && last[0] === color[0] && last[1] === color[1] && last[2] === color[2] && this.state.fill === this.lastFill) return;
    const fill = rgbArgs(color);
    this.lastColor = color;
    this.lastFill = fill;
    if (fill !== this.state.fill) {
      this.text += `${fill} rg\n`;
      this.state.fill = fill;
    }
  }

  /**
   * Shows one run of glyphs at (x, y): `array` is the TJ array's body, each element followed
   * by a space. Font and size are written only when they change; a text object is opened if none is.
   */
  showText(font: PDFFont | FontResource, size: string, x: number, y: number, array: string): void {
    this.beginText();
    let out = '';
    if (font !== this.lastFont || size !== this.lastSize || this.state.font !== this.lastFontAndSize) {
      const fontAndSize = `${this.fontKey(font)} ${size}`;
      this.lastFont = font;
      this.lastSize = size;
      this.lastFontAndSize = fontAndSize;
      if (fontAndSize !== this.state.font) {
        out = `${fontAndSize} Tf\n`;
        this.state.font = fontAndSize;
      }
    }
    // The texts of one line share their baseline: its number is formatted once.
    if (y !== this.lastY) {
      this.lastY = y;
      this.lastYText = ` ${pdfNumber(y)} Tm\n[ `;
    }
    this.text += `${out}1 0 0 1 ${pdfNumber(x)}${this.lastYText}${array}] TJ\n`;
  }

  /** Saves the graphics state and applies a transformation (undone by restore()). */
  save(matrix: readonly [number, number, number, number, number, number]): void {
    this.endText();
    this.saved.push({ ...this.state });
    this.text += `q\n${matrix.map(pdfNumber).join(' ')} cm\n`;
  }

  restore(): void {
    const state = this.saved.pop();
    if (!state) throw new AppError('INTERNAL', { reason: 'page content restored more often than saved' });
    this.endText();
    this.text += 'Q\n';
    this.state = state;
  }

  /** Appends pdf-lib operators (for rare shapes built with pdf-lib's operation helpers); they must leave the state as found. */
  operators(operators: readonly PDFOperator[]): void {
    this.endText();
    let lines = '';
    for (const operator of operators) lines += `${operator.toString()}\n`;
    this.text += lines;
  }

  /**
   * A filled and/or stroked rectangle, painted as pdf-lib's drawRectangle paints one: the
   * border is stroked when there is a stroke colour and either no fill or a border width
   * (a zero width then strokes the thinnest line the device can show).
   */
  rectangle(options: RectangleOptions): void {
    const { fill, stroke, borderWidth } = options;
    if (!fill && !stroke) return;
    const stroked = stroke !== undefined && (!fill || borderWidth > 0);
    this.endText();
    let out = 'q\n';
    if (fill) out += `${rgbArgs(fill)} rg\n`;
    if (stroked) out += `${rgbArgs(stroke)} RG\n${pdfNumber(borderWidth)} w\n`;
    out += `${pdfNumber(options.x)} ${pdfNumber(options.y)} ${pdfNumber(options.width)} ${pdfNumber(options.height)} re\n`;
    out += fill && stroked ? 'B\n' : fill ? 'f\n' : 'S\n';
    this.text += `${out}Q\n`;
  }

  /** A straight line with butt caps. */
  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: Rgb): void {
    this.endText();
    this.text += `q\n${rgbArgs(color)} RG\n${pdfNumber(thickness)} w\n${pdfNumber(x1)} ${pdfNumber(y1)} m\n${pdfNumber(x2)} ${pdfNumber(y2)} l\nS\nQ\n`;
  }

  /** An image XObject scaled into the box (x, y bottom left). */
  image(image: PDFImage, x: number, y: number, width: number, height: number): void {
    this.endText();
    const key = this.page.node.newXObject('Image', image.ref).toString();
    this.text += `q\n${pdfNumber(width)} 0 0 ${pdfNumber(height)} ${pdfNumber(x)} ${pdfNumber(y)} cm\n${key} Do\nQ\n`;
  }

  /** The content written so far, uncompressed (for tests). */
  source(): string {
    return this.inText ? `${this.text}ET\n` : this.text;
  }

  /** Ends the content and adds it to the page as one /FlateDecode stream; an empty page gets none. */
  finish(): void {
    if (this.finished) return;
    if (this.saved.length > 0) throw new AppError('INTERNAL', { reason: 'page content finished inside a saved state' });
    this.endText();
    this.finished = true;
    const node = this.page.node;
    const context = this.doc.context;
    if (this.resources.length > 0) {
      // Straight into the page's own font resources: pdf-lib's normalizedEntries() would also
      // look up inherited resources and add empty image, graphics-state and annotation entries.
      const resources = node.lookupMaybe(PDFName.Resources, PDFDict) ?? node.normalizedEntries().Resources;
      let fonts = resources.lookupMaybe(PDFName.Font, PDFDict);
      if (!fonts) {
        fonts = context.obj({});
        resources.set(PDFName.Font, fonts);
      }
      for (const font of this.resources) fonts.set(PDFName.of(font.resourceName), font.ref);
    }
    const source = this.text;
    this.text = '';
    if (source.length === 0) return;
    const ref = context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), deflate(Buffer.from(source, 'latin1'))));
    // The page's one content stream; a page that has content already gets this one after it.
    if (node.get(PDFName.Contents) === undefined) node.set(PDFName.Contents, ref);
    else node.addContentStream(ref);
  }
}
