// The one vector model behind every report figure. A figure is laid out once
// into a Drawing (shapes in abstract units, treated as pt, origin top-left,
// y downwards); the SVG for the DOCX pictures and the native PDF vectors are
// both painted from it, so the two exports cannot drift apart. Texts carry
// their measured width, so a painter never has to measure to honour an anchor.

import { INK } from './svg-kit';

/** A colour as '#rrggbb'. */
export type Colour = string;

/** Width of `text` set at `size` (bold or regular), in the drawing's units. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Colour;
  stroke?: Colour;
  strokeWidth?: number;
  /** Corner radius (0 or absent: square corners). */
  radius?: number;
}

export interface LineShape {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Colour;
  width: number;
}

export interface CircleShape {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: Colour;
  stroke?: Colour;
  strokeWidth?: number;
}

export interface TextShape {
  kind: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: Colour;
  anchor: 'start' | 'middle' | 'end';
  /** Advance width of the text as measured when the drawing was laid out. */
  width: number;
  /** A quarter turn counter-clockwise about (x, y): reads upwards (vertical axis titles). */
  upright?: boolean;
}

export type Shape = RectShape | LineShape | CircleShape | TextShape;

export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far glyphs may reach above and below the baseline, as a share of the size (Source Sans 3 with accents). */
const ASCENT = 0.92;
const DESCENT = 0.28;

/** Where a text's advance starts, given its anchor. */
export function textStart(shape: Pick<TextShape, 'x' | 'anchor' | 'width'>): number {
  if (shape.anchor === 'middle') return shape.x - shape.width / 2;
  if (shape.anchor === 'end') return shape.x - shape.width;
  return shape.x;
}

/** The area a shape may ink, strokes and glyph extents included. */
export function shapeBounds(shape: Shape): Bounds {
  switch (shape.kind) {
    case 'rect': {
      const half = shape.stroke ? (shape.strokeWidth ?? 1) / 2 : 0;
      return { left: shape.x - half, top: shape.y - half, right: shape.x + shape.width + half, bottom: shape.y + shape.height + half };
    }
    case 'line': {
      const half = shape.width / 2;
      return {
        left: Math.min(shape.x1, shape.x2) - half,
        top: Math.min(shape.y1, shape.y2) - half,
        right: Math.max(shape.x1, shape.x2) + half,
        bottom: Math.max(shape.y1, shape.y2) + half,
      };
    }
    case 'circle': {
      const reach = shape.r + (shape.stroke ? (shape.strokeWidth ?? 1) / 2 : 0);
      return { left: shape.cx - reach, top: shape.cy - reach, right: shape.cx + reach, bottom: shape.cy + reach };
    }
    case 'text': {
      const start = textStart(shape) - shape.x;
      const along = { from: start, to: start + shape.width };
      const across = { from: -ASCENT * shape.size, to: DESCENT * shape.size };
      if (!shape.upright) return { left: shape.x + along.from, right: shape.x + along.to, top: shape.y + across.from, bottom: shape.y + across.to };
      // Turned a quarter counter-clockwise: the advance runs up the page, the ascent to the left.
      return { left: shape.x + across.from, right: shape.x + across.to, top: shape.y - along.to, bottom: shape.y - along.from };
    }
  }
}

/** Text fit for any painter: no control characters or lone surrogates, whitespace runs as one space. */
export function cleanLabel(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/\s+/g, ' ')
  );
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: Colour;
  anchor?: 'start' | 'middle' | 'end';
  upright?: boolean;
}

/** Text shapes for one or more lines, stacked at 1.25 line height from the first baseline. */
export function textLines(measure: Measure, x: number, y: number, content: string | string[], options: TextOptions = {}): TextShape[] {
  const size = options.size ?? 13;
  const bold = options.bold ?? false;
  const lines = (Array.isArray(content) ? content : [content]).map(cleanLabel);
  return lines.map((line, index) => ({
    kind: 'text',
    x,
    y: y + index * size * 1.25,
    text: line,
    size,
    bold,
    color: options.color ?? INK,
    anchor: options.anchor ?? 'start',
    width: measure(line, size, bold),
    ...(options.upright ? { upright: true } : {}),
  }));
}
