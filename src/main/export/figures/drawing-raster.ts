// A Drawing painted straight into pixels, the way an SVG renderer would paint
// drawingToSvg() of it (white background, shapes in order, fill before
// stroke, centred strokes, butt line ends, texts in Source Sans 3 anchored by
// their real advance), without an SVG, a WebAssembly renderer or a font
// engine in between: shapes become outlines and raster.ts fills them.

import type { Drawing, Shape, TextShape } from './drawing';
import { Outline } from './outline';
import { Raster, parseColour } from './raster';
import { SUBPIXELS, addTextOutline, glyphMask, setText } from './text-outlines';

/** Pixel size of a drawing at `scale` pixels per unit (the SVG's size is the drawing's, rounded up). */
export function rasterSize(drawing: Drawing, scale: number): { width: number; height: number; naturalWidth: number; naturalHeight: number } {
  const naturalWidth = Number.isFinite(drawing.width) ? Math.max(1, Math.ceil(drawing.width)) : 1;
  const naturalHeight = Number.isFinite(drawing.height) ? Math.max(1, Math.ceil(drawing.height)) : 1;
  return { width: Math.ceil(naturalWidth * scale), height: Math.ceil(naturalHeight * scale), naturalWidth, naturalHeight };
}

/** A centred stroke of `width` around the outline drawn by `trace(grow)`, where grow widens the shape outwards. */
function strokeRing(outline: Outline, width: number, trace: (grow: number) => void): void {
  trace(width / 2);
  const mark = outline.mark;
  trace(-width / 2);
  outline.reverseSince(mark);
}

function paintText(raster: Raster, outline: Outline, shape: TextShape, scale: number): void {
  const set = setText(shape.text, shape.bold, shape.size * scale);
  const shift = shape.anchor === 'middle' ? -set.width / 2 : shape.anchor === 'end' ? -set.width : 0;
  const x = shape.x * scale;
  const y = shape.y * scale;
  const colour = parseColour(shape.color);
  if (shape.upright) {
    // Turned a quarter counter-clockwise: the advance runs up the page, "up" in the glyphs points left.
    addTextOutline(outline, set, x, y - shift, 0, -1, -1, 0);
    raster.fill(outline, colour);
    outline.reset();
    return;
  }
  // Level text: each glyph's coverage comes from the per-process glyph cache, placed to a quarter pixel on a whole-pixel baseline.
  const baseline = Math.round(y);
  for (const glyph of set.glyphs) {
    const column = Math.round((x + shift + glyph.x) * SUBPIXELS);
    const left = Math.floor(column / SUBPIXELS);
    raster.paintMask(glyphMask(glyph, column - left * SUBPIXELS), left, baseline, colour);
  }
}

/**
 * A filled rounded rectangle: the pixel rows holding its corners are filled
 * from the outline, the rows between them (where it is a plain box) as a box,
 * which covers them exactly as the outline would, at a fraction of the work.
 */
function roundedBox(raster: Raster, outline: Outline, x: number, y: number, w: number, h: number, r: number, colour: number): void {
  const radius = Math.min(r, w / 2, h / 2);
  const straightFrom = Math.ceil(y + radius);
  const straightTo = Math.floor(y + h - radius);
  outline.roundedRect(x, y, w, h, r);
  if (straightTo <= straightFrom) {
    raster.fill(outline, colour);
  } else {
    raster.fill(outline, colour, 0, straightFrom);
    raster.paintBox(x, straightFrom, x + w, straightTo, colour);
    raster.fill(outline, colour, straightTo);
  }
  outline.reset();
}

function paintShape(raster: Raster, outline: Outline, shape: Shape, scale: number): void {
  const fill = (colour: string | undefined, trace: () => void) => {
    if (!colour) return;
    trace();
    raster.fill(outline, parseColour(colour));
    outline.reset();
  };
  switch (shape.kind) {
    case 'rect': {
      const x = shape.x * scale;
      const y = shape.y * scale;
      const w = shape.width * scale;
      const h = shape.height * scale;
      const r = (shape.radius ?? 0) * scale;
      if (!(w > 0 && h > 0)) return;
      const stroke = shape.stroke ? (shape.strokeWidth ?? 1) * scale : 0;
      if (r > 0) {
        if (shape.fill) roundedBox(raster, outline, x, y, w, h, r, parseColour(shape.fill));
        if (stroke > 0)
          fill(shape.stroke, () =>
            strokeRing(outline, stroke, (grow) => {
              if (w + 2 * grow > 0 && h + 2 * grow > 0) outline.roundedRect(x - grow, y - grow, w + 2 * grow, h + 2 * grow, Math.max(0, r + grow));
            }),
          );
        return;
      }
      // Square corners: painted as boxes, with exact coverage at the edges.
      if (shape.fill) raster.paintBox(x, y, x + w, y + h, parseColour(shape.fill));
      if (shape.stroke && stroke > 0) {
        const half = stroke / 2;
        const hole = w > stroke && h > stroke ? ([x + half, y + half, x + w - half, y + h - half] as const) : undefined;
        raster.paintBox(x - half, y - half, x + w + half, y + h + half, parseColour(shape.stroke), hole);
      }
      return;
    }
    case 'line': {
      const x1 = shape.x1 * scale;
      const y1 = shape.y1 * scale;
      const x2 = shape.x2 * scale;
      const y2 = shape.y2 * scale;
      const length = Math.hypot(x2 - x1, y2 - y1);
      const half = (shape.width * scale) / 2;
      if (!(length > 0 && half > 0)) return;
      // Level and plumb lines (butt ends) are boxes.
      if (y1 === y2) {
        raster.paintBox(Math.min(x1, x2), y1 - half, Math.max(x1, x2), y1 + half, parseColour(shape.color));
        return;
      }
      if (x1 === x2) {
        raster.paintBox(x1 - half, Math.min(y1, y2), x1 + half, Math.max(y1, y2), parseColour(shape.color));
        return;
      }
      const nx = (-(y2 - y1) / length) * half;
      const ny = ((x2 - x1) / length) * half;
      fill(shape.color, () => outline.polygon([x1 + nx, y1 + ny, x2 + nx, y2 + ny, x2 - nx, y2 - ny, x1 - nx, y1 - ny]));
      return;
    }
    case 'circle': {
      const cx = shape.cx * scale;
      const cy = shape.cy * scale;
      const r = shape.r * scale;
      fill(shape.fill, () => outline.circle(cx, cy, r));
      const stroke = (shape.strokeWidth ?? 1) * scale;
      if (stroke > 0)
        fill(shape.stroke, () =>
          strokeRing(outline, stroke, (grow) => {
            if (r + grow > 0) outline.circle(cx, cy, r + grow);
          }),
        );
      return;
    }
    case 'text':
      if (shape.text.trim() !== '') paintText(raster, outline, shape, scale);
      return;
  }
}

/** Whether every number of the shape is finite (a shape placed from a bad value is left out, not drawn at the origin). */
function finite(shape: Shape): boolean {
  for (const value of Object.values(shape)) if (typeof value === 'number' && !Number.isFinite(value)) return false;
  return true;
}

/** The drawing as opaque pixels at `scale` pixels per unit. */
export function rasteriseDrawing(drawing: Drawing, scale: number): Raster {
  const size = rasterSize(drawing, scale);
  const raster = new Raster(size.width, size.height, 0xffffff);
  const outline = new Outline();
  for (const shape of drawing.shapes) if (finite(shape)) paintShape(raster, outline, shape, scale);
  return raster;
}
