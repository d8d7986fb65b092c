// Paints a figure Drawing into a page's content as native vectors: scaled
// uniformly into its box (centred where the box's proportions differ),
// rectangles and lines as the page content writes them, circles and rounded
// corners with pdf-lib's operator helpers (the same operators its draw
// methods emit).
// Texts go to the caller's text painter, already scaled and with their start
// resolved from the anchor, so the drawing's fonts are the report's fonts.
// Upright texts are painted inside a quarter-turned coordinate system, so the
// text painter must draw synchronously into the page content while it is called.

import { type Color, degrees, drawEllipse, drawSvgPath, rgb } from 'pdf-lib';
import { type Drawing, type Measure, type RectShape, type TextShape, textStart } from '../../figures/drawing';
import type { PageItem, Rgb, TextMeasurer } from '../layout/types';
import type { PageContent } from './content';

/** A box on the page in pt, origin at the top left of the page. */
export interface DrawingBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One text of the drawing, placed on the page (top-left origin, pt), starting at x. */
export interface DrawingText {
  x: number;
  baseline: number;
  text: string;
  size: number;
  bold: boolean;
  color: Rgb;
  /** The advance width the drawing was laid out with, scaled to the page. */
  width: number;
}

export type DrawingTextPainter = (text: DrawingText) => void;

/** The figure measure from the report's measurer: figures use the regular and bold faces. */
export function figureMeasure(measurer: TextMeasurer): Measure {
  return (text, size, bold) => measurer.width(text, bold ? 'bold' : 'regular', size);
}

/** A drawing's text as the page text item the report's text painter sets. */
export function drawingTextItem(text: DrawingText): Extract<PageItem, { kind: 'text' }> {
  return {
    kind: 'text',
    x: text.x,
    baseline: text.baseline,
    text: text.text,
    style: { face: text.bold ? 'bold' : 'regular', size: text.size, color: text.color },
    width: text.width,
  };
}

/** '#rrggbb' as 0..1 channels; anything else is black. */
export function hexToRgb(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return [0, 0, 0];
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as unknown as Rgb;
}

const pdfColour = (hex: string): Color => {
  const [r, g, b] = hexToRgb(hex);
  return rgb(r, g, b);
};

/** A rounded rectangle as an SVG path in top-left page coordinates (corners as cubic Béziers). */
function roundedRectPath(left: number, top: number, width: number, height: number, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  const k = r * (1 - 0.5523);
  const right = left + width;
  const bottom = top + height;
  return [
    `M ${left + r} ${top}`,
    `H ${right - r}`,
    `C ${right - k} ${top} ${right} ${top + k} ${right} ${top + r}`,
    `V ${bottom - r}`,
    `C ${right} ${bottom - k} ${right - k} ${bottom} ${right - r} ${bottom}`,
    `H ${left + r}`,
    `C ${left + k} ${bottom} ${left} ${bottom - k} ${left} ${bottom - r}`,
    `V ${top + r}`,
    `C ${left} ${top + k} ${left + k} ${top} ${left + r} ${top}`,
    'Z',
  ].join(' ');
}

export function paintDrawing(content: PageContent, drawing: Drawing, box: DrawingBox, text: DrawingTextPainter): void {
  if (!(drawing.width > 0 && drawing.height > 0 && box.width > 0 && box.height > 0)) return;
  const pageHeight = content.height;
  const scale = Math.min(box.width / drawing.width, box.height / drawing.height);
  const originX = box.x + (box.width - drawing.width * scale) / 2;
  const originY = box.y + (box.height - drawing.height * scale) / 2;
  const px = (x: number) => originX + x * scale;
  const top = (y: number) => originY + y * scale;
  const pdfY = (y: number) => pageHeight - top(y);

  const paintRect = (shape: RectShape) => {
    if (!shape.fill && !shape.stroke) return;
    const borderWidth = shape.stroke ? (shape.strokeWidth ?? 1) * scale : 0;
    if (shape.radius && shape.radius > 0) {
      // The path flips y about the given origin: with origin (0, pageHeight) top-left coordinates land in place.
      const path = roundedRectPath(px(shape.x), top(shape.y), shape.width * scale, shape.height * scale, shape.radius * scale);
      content.operators(
        drawSvgPath(path, {
          x: 0,
          y: pageHeight,
          scale: undefined,
          rotate: degrees(0),
          color: shape.fill ? pdfColour(shape.fill) : undefined,
          borderColor: shape.stroke ? pdfColour(shape.stroke) : undefined,
          borderWidth,
        }),
      );
      return;
    }
    content.rectangle({
      x: px(shape.x),
      y: pdfY(shape.y + shape.height),
      width: shape.width * scale,
      height: shape.height * scale,
      fill: shape.fill ? hexToRgb(shape.fill) : undefined,
      stroke: shape.stroke ? hexToRgb(shape.stroke) : undefined,
      borderWidth,
    });
  };

  const paintText = (shape: TextShape) => {
    if (shape.text === '') return;
    const placed: DrawingText = {
      x: px(textStart(shape)),
      baseline: top(shape.y),
      text: shape.text,
      size: shape.size * scale,
      bold: shape.bold,
      color: hexToRgb(shape.color),
      width: shape.width * scale,
    };
    if (!shape.upright) {
      text(placed);
      return;
    }
    // Turn the page a quarter counter-clockwise about the anchor point; the text is set as if level.
    const ax = px(shape.x);
    const ay = pdfY(shape.y);
    content.save([0, 1, -1, 0, ax + ay, ay - ax]);
    text(placed);
    content.restore();
  };

  for (const shape of drawing.shapes) {
    switch (shape.kind) {
      case 'rect':
        paintRect(shape);
        break;
      case 'line':
        content.line(px(shape.x1), pdfY(shape.y1), px(shape.x2), pdfY(shape.y2), shape.width * scale, hexToRgb(shape.color));
        break;
      case 'circle':
        if (!shape.fill && !shape.stroke) break;
        content.operators(
          drawEllipse({
            x: px(shape.cx),
            y: pdfY(shape.cy),
            xScale: shape.r * scale,
            yScale: shape.r * scale,
            color: shape.fill ? pdfColour(shape.fill) : undefined,
            borderColor: shape.stroke ? pdfColour(shape.stroke) : undefined,
            borderWidth: shape.stroke ? (shape.strokeWidth ?? 1) * scale : 0,
          }),
        );
        break;
      case 'text':
        paintText(shape);
        break;
    }
  }
}
