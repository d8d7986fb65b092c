// A small anti-aliased rasteriser for the figure drawings: an opaque picture
// in palette colours on white. Outlines (outline.ts) are filled by
// accumulating the signed area each segment sweeps into a per-cell buffer over
// the outline's bounding box; a running sum along each row turns that into
// exact coverage (non-zero winding, saturated at 1). Axis-aligned boxes, most
// of a figure, get the same coverage computed directly, touching only their
// edge pixels one by one; glyphs are filled once into masks and stamped.
// Plain arithmetic on numbers, so the same drawing gives the same pixels.

import type { Outline } from './outline';

/** A colour as 0xRRGGBB. */
export type Rgb24 = number;

const colours = new Map<string, Rgb24>();

/** '#rrggbb' as 0xRRGGBB; anything else is the figure ink. */
export function parseColour(hex: string): Rgb24 {
  let colour = colours.get(hex);
  if (colour === undefined) {
    colour = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0x2b2f33;
    if (colours.size < 1024) colours.set(hex, colour);
  }
  return colour;
}

/** Coverage is kept to this many steps (0…LEVELS), so edges blend into a bounded set of colours. */
export const LEVELS = 16;

/** Most colours a raster holds (a palette PNG's limit). */
export const MAX_COLOURS = 256;

/** Coverage of an outline as levels (0…LEVELS) over a box, placed relative to an integer origin. */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  levels: Uint8Array;
}

/** The accumulation buffer, shared by every raster (the exporter draws one figure at a time). */
let scratch = new Float32Array(64 * 1024);

/** The outline's signed areas accumulated in the shared buffer: `rows` rows of `stride` cells from (left, top). */
function accumulateOutline(outline: Outline, left: number, top: number, stride: number, rows: number): Float32Array {
  const size = stride * rows;
  if (scratch.length < size) scratch = new Float32Array(Math.max(size, scratch.length * 2));
  const cover = scratch;
  const segments = outline.segments;
  for (let at = 0; at < outline.count; at += 4) {
    accumulate(cover, stride, rows, segments[at] - left, segments[at + 1] - top, segments[at + 2] - left, segments[at + 3] - top);
  }
  return cover;
}

/** The coverage level of an accumulated running sum. */
function levelOf(sum: number): number {
  const area = sum < 0 ? -sum : sum;
  return area >= 1 ? LEVELS : Math.round(area * LEVELS);
}

/**
 * An opaque picture in palette colours: one byte a pixel, the index of its
 * colour. Blending a colour at some coverage over a palette colour gives a
 * palette colour again (remembered per colour, underlying index and level),
 * so compositing never leaves the palette. Should a picture ever need more
 * than 256 colours, a blend takes the nearest colour already in the palette.
 */
export class Raster {
  /**
   * The pixels as PNG scanlines: per row a filter byte (always 0) and the
   * palette index of each pixel, so the encoder hands them to zlib as they are.
   */
  readonly scanlines: Uint8Array;
  /** Bytes per scanline (width + 1). */
  readonly stride: number;
  /** The palette as 0xRRGGBB, in order of first use. */
  readonly palette: Rgb24[] = [];
  private readonly lookup = new Map<Rgb24, number>();
  private readonly blends = new Map<number, Int16Array>();

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb24 = 0xffffff,
  ) {
    this.stride = width + 1;
    this.scanlines = new Uint8Array(this.stride * height);
    this.indexOf(background);
  }

  /** The colour of the pixel at (x, y), as 0xRRGGBB. */
  colourAt(x: number, y: number): Rgb24 {
    return this.palette[this.scanlines[y * this.stride + 1 + x]];
  }

  /**
   * Paints the axis-aligned box [x0, x1] × [y0, y1] in `colour`, less the
   * box `hole` inside it (a stroke around a rectangle), with exact coverage
   * at fractional edges. Only edge pixels are blended one by one; the runs
   * between them are filled natively, so a box costs its height, not its area.
   */
  paintBox(x0: number, y0: number, x1: number, y1: number, colour: Rgb24, hole?: readonly [number, number, number, number]): void {
    const first = Math.max(0, Math.floor(x0));
    const last = Math.min(this.width - 1, Math.ceil(x1) - 1);
    const top = Math.max(0, Math.floor(y0));
    const bottom = Math.min(this.height - 1, Math.ceil(y1) - 1);
    if (!(last >= first && bottom >= top)) return;
    const ink = this.indexOf(colour);
    const table = this.blendTable(ink);
    const scanlines = this.scanlines;
    // Columns first…last: partly covered at most at either end, fully in between.
    const innerFrom = overlap(x0, x1, first) === 1 ? first : first + 1;
    const innerTo = overlap(x0, x1, last) === 1 ? last : last - 1;
    const rightFrom = Math.max(innerTo + 1, innerFrom);
    // The hole's columns, and the run of them it covers fully.
    const hx0 = hole ? hole[0] : 0;
    const hx1 = hole ? hole[2] : 0;
    const holeFirst = hole ? Math.max(first, Math.floor(hx0)) : last + 1;
    const holeLast = hole ? Math.min(last, Math.ceil(hx1) - 1) : last;
    const holeInnerFrom = hole && overlap(hx0, hx1, holeFirst) === 1 ? holeFirst : holeFirst + 1;
    const holeInnerTo = hole && overlap(hx0, hx1, holeLast) === 1 ? holeLast : holeLast - 1;
    // Rows the box covers fully and the hole not at all: the inner run and the two edge pixels, blended straight from the table.
    const leftLevel = innerFrom > first ? Math.round(overlap(x0, x1, first) * LEVELS) : 0;
    const rightLevel = rightFrom <= last ? Math.round(overlap(x0, x1, last) * LEVELS) : 0;
    const solidFrom = overlap(y0, y1, top) === 1 ? top : top + 1;
    const solidTo = overlap(y0, y1, bottom) === 1 ? bottom : bottom - 1;
    const holeTop = hole ? Math.floor(hole[1]) : bottom + 1;
    const holeBottom = hole ? Math.ceil(hole[3]) - 1 : bottom;
    for (let row = top; row <= bottom; row += 1) {
      if (innerTo >= innerFrom && row >= solidFrom && row <= solidTo && (row < holeTop || row > holeBottom)) {
        const end = row < holeTop ? Math.min(solidTo, holeTop - 1) : solidTo;
        for (let line = row * this.stride + 1; line <= end * this.stride + 1; line += this.stride) {
          scanlines.fill(ink, line + innerFrom, line + innerTo + 1);
          if (leftLevel > 0) {
            const under = scanlines[line + first];
            const known = table[under * (LEVELS + 1) + leftLevel];
            scanlines[line + first] = known >= 0 ? known : this.blend(table, ink, under, leftLevel);
          }
          if (rightLevel > 0) {
            const under = scanlines[line + last];
            const known = table[under * (LEVELS + 1) + rightLevel];
            scanlines[line + last] = known >= 0 ? known : this.blend(table, ink, under, rightLevel);
          }
        }
        row = end;
        continue;
      }
      const down = overlap(y0, y1, row);
      const holeDown = hole ? overlap(hole[1], hole[3], row) : 0;
      const line = row * this.stride + 1;
      if (holeDown === 0) {
        if (down === 1 && innerTo >= innerFrom) scanlines.fill(ink, line + innerFrom, line + innerTo + 1);
        else for (let column = innerFrom; column <= innerTo; column += 1) this.cover(table, ink, line + column, down);
        for (let column = first; column < innerFrom; column += 1) this.cover(table, ink, line + column, down * overlap(x0, x1, column));
        for (let column = rightFrom; column <= last; column += 1) this.cover(table, ink, line + column, down * overlap(x0, x1, column));
        continue;
      }
      // A row through the hole: every column's coverage is the box's less the hole's. Where the
      // row lies fully in the box and the hole, only the bands either side and the hole's partly
      // covered edge columns have any; elsewhere (a few rows at the hole's top and bottom) all do.
      const skipFrom = down === 1 && holeDown === 1 ? holeInnerFrom : last + 1;
      const skipTo = down === 1 && holeDown === 1 ? holeInnerTo : last;
      for (let column = first; column <= last; column += 1) {
        if (column === skipFrom && skipTo >= skipFrom) {
          column = skipTo;
          continue;
        }
        const coverage = down * overlap(x0, x1, column) - holeDown * overlap(hx0, hx1, column);
        if (coverage >= 1 && column > first && column < last) scanlines[line + column] = ink;
        else this.cover(table, ink, line + column, coverage);
      }
    }
  }

  /** Blends the ink into one scanline byte at the given coverage (0…1). */
  private cover(table: Int16Array, ink: number, at: number, coverage: number): void {
    const level = coverage >= 1 ? LEVELS : Math.round(coverage * LEVELS);
    if (level <= 0) return;
    this.scanlines[at] = level === LEVELS ? ink : this.blend(table, ink, this.scanlines[at], level);
  }

  /** The palette index of a colour (added when new; the nearest one when the palette is full). */
  indexOf(colour: Rgb24): number {
    const known = this.lookup.get(colour);
    if (known !== undefined) return known;
    let index: number;
    if (this.palette.length < MAX_COLOURS) {
      index = this.palette.length;
      this.palette.push(colour);
    } else index = nearest(this.palette, colour);
    this.lookup.set(colour, index);
    return index;
  }

  /** Fills the outline in `colour`, anti-aliased, over what is already there; only pixel rows fromRow…toRow − 1 when given. */
  fill(outline: Outline, colour: Rgb24, fromRow = 0, toRow = this.height): void {
    if (outline.empty || !Number.isFinite(outline.minX + outline.maxX + outline.minY + outline.maxY)) return;
    // Columns outside the picture are kept to one on either side: what lies further left still covers the row from there on.
    const left = Math.max(-1, Math.floor(outline.minX));
    const top = Math.max(0, fromRow, Math.floor(outline.minY));
    const bottom = Math.min(this.height, toRow, Math.ceil(outline.maxY));
    if (bottom <= top || left >= this.width || outline.maxX <= 0) return;
    const stride = Math.min(this.width + 1, Math.ceil(outline.maxX)) - left + 2;
    const rows = bottom - top;
    const cover = accumulateOutline(outline, left, top, stride, rows);
    const ink = this.indexOf(colour);
    const table = this.blendTable(ink);
    const scanlines = this.scanlines;
    const width = this.width;
    for (let row = 0; row < rows; row += 1) {
      const base = row * stride;
      const line = (top + row) * this.stride + 1;
      let sum = 0;
      for (let cell = 0; cell < stride; cell += 1) {
        const value = cover[base + cell];
        if (value !== 0) {
          sum += value;
          cover[base + cell] = 0;
        }
        if (sum === 0) continue;
        const x = left + cell;
        if (x < 0 || x >= width) continue;
        const area = sum < 0 ? -sum : sum;
        const level = area >= 1 ? LEVELS : Math.round(area * LEVELS);
        if (level === 0) continue;
        scanlines[line + x] = level === LEVELS ? ink : this.blend(table, ink, scanlines[line + x], level);
      }
    }
  }

  /** The outline's coverage as a mask whose box is relative to the outline's own coordinates. */
  static mask(outline: Outline): Mask {
    if (outline.empty || !Number.isFinite(outline.minX + outline.maxX + outline.minY + outline.maxY)) return { left: 0, top: 0, width: 0, height: 0, levels: new Uint8Array(0) };
    const left = Math.floor(outline.minX);
    const top = Math.floor(outline.minY);
    const width = Math.ceil(outline.maxX) - left + 1;
    const height = Math.ceil(outline.maxY) - top;
    const stride = width + 1;
    const cover = accumulateOutline(outline, left, top, stride, height);
    const levels = new Uint8Array(width * height);
    for (let row = 0; row < height; row += 1) {
      let sum = 0;
      for (let cell = 0; cell < stride; cell += 1) {
        sum += cover[row * stride + cell];
        cover[row * stride + cell] = 0;
        if (cell < width) levels[row * width + cell] = levelOf(sum);
      }
    }
    return { left, top, width, height, levels };
  }

  /** Paints a mask in `colour` with its origin at the pixel (x, y). */
  paintMask(mask: Mask, x: number, y: number, colour: Rgb24): void {
    const ink = this.indexOf(colour);
    const table = this.blendTable(ink);
    const scanlines = this.scanlines;
    const levels = mask.levels;
    const width = mask.width;
    // The part of the mask inside the picture.
    const fromRow = Math.max(0, -(y + mask.top));
    const toRow = Math.min(mask.height, this.height - (y + mask.top));
    const fromCell = Math.max(0, -(x + mask.left));
    const toCell = Math.min(width, this.width - (x + mask.left));
    for (let row = fromRow; row < toRow; row += 1) {
      const line = (y + mask.top + row) * this.stride + 1 + x + mask.left;
      const source = row * width;
      for (let cell = fromCell; cell < toCell; cell += 1) {
        const level = levels[source + cell];
        if (level === 0) continue;
        const at = line + cell;
        if (level === LEVELS) {
          scanlines[at] = ink;
          continue;
        }
        const known = table[scanlines[at] * (LEVELS + 1) + level];
        scanlines[at] = known >= 0 ? known : this.blend(table, ink, scanlines[at], level);
      }
    }
  }

  /** The remembered blends of one ink: per underlying index and level, the resulting index (−1 not yet known). */
  private blendTable(ink: number): Int16Array {
    let table = this.blends.get(ink);
    if (!table) {
      table = new Int16Array(MAX_COLOURS * (LEVELS + 1)).fill(-1);
      this.blends.set(ink, table);
    }
    return table;
  }

  private blend(table: Int16Array, ink: number, under: number, level: number): number {
    const key = under * (LEVELS + 1) + level;
    let result = table[key];
    if (result < 0) {
      result = this.indexOf(mix(this.palette[under], this.palette[ink], level));
      table[key] = result;
    }
    return result;
  }
}

/** How much of the pixel [p, p + 1) lies inside [from, to]. */
function overlap(from: number, to: number, p: number): number {
  const inside = Math.min(to, p + 1) - Math.max(from, p);
  return inside > 0 ? inside : 0;
}

/** `over` laid over `under` at level/LEVELS coverage, per 8-bit channel. */
function mix(under: Rgb24, over: Rgb24, level: number): Rgb24 {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const a = (under >>> shift) & 0xff;
    const b = (over >>> shift) & 0xff;
    out |= (a + Math.round(((b - a) * level) / LEVELS)) << shift;
  }
  return out;
}

function nearest(palette: Rgb24[], colour: Rgb24): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach((entry, index) => {
    let distance = 0;
    for (const shift of [16, 8, 0]) {
      const delta = ((entry >>> shift) & 0xff) - ((colour >>> shift) & 0xff);
      distance += delta * delta;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

/**
 * Adds the signed area one segment sweeps to the cells it crosses. In each
 * pixel row the segment's piece is cut at the cell borders; a piece of height
 * dy whose middle lies at fraction f across its cell covers (1 − f)·dy of that
 * cell and all of every cell to its right, so it adds (1 − f)·dy to its cell
 * and f·dy to the next, and the running sum along the row carries the rest.
 * Downward segments add, upward ones subtract. Pieces left of the buffer
 * count as lying on its first cell (they cover the whole row from there on),
 * pieces right of it on its last one.
 */
function accumulate(cover: Float32Array, stride: number, rows: number, x0: number, y0: number, x1: number, y1: number): void {
  let direction = 1;
  let ax = x0;
  let ay = y0;
  let bx = x1;
  let by = y1;
  if (ay > by) {
    direction = -1;
    ax = x1;
    ay = y1;
    bx = x0;
    by = y0;
  }
  const slope = (bx - ax) / (by - ay);
  const first = Math.max(0, Math.floor(ay));
  const last = Math.min(rows, Math.ceil(by));
  for (let row = first; row < last; row += 1) {
    const from = ay > row ? ay : row;
    const to = by < row + 1 ? by : row + 1;
    const dy = to - from;
    if (dy <= 0) continue;
    const limit = stride - 2;
    let xa = ax + (from - ay) * slope;
    let xb = ax + (to - ay) * slope;
    if (xa < 0) xa = 0;
    else if (xa > limit) xa = limit;
    if (xb < 0) xb = 0;
    else if (xb > limit) xb = limit;
    const low = xa < xb ? xa : xb;
    const high = xa < xb ? xb : xa;
    const base = row * stride;
    const firstCell = Math.floor(low);
    const lastCell = Math.floor(high);
    const signed = dy * direction;
    if (firstCell === lastCell || high - low < 1e-9) {
      const f = (low + high) / 2 - firstCell;
      cover[base + firstCell] += signed * (1 - f);
      cover[base + firstCell + 1] += signed * f;
      continue;
    }
    const perUnit = signed / (high - low);
    let start = low;
    for (let cell = firstCell; cell <= lastCell; cell += 1) {
      const end = cell === lastCell ? high : cell + 1;
      const part = (end - start) * perUnit;
      const f = (start + end) / 2 - cell;
      cover[base + cell] += part * (1 - f);
      cover[base + cell + 1] += part * f;
      start = end;
    }
  }
}
