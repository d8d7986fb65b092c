// Shapes as outlines for the figure rasteriser: straight segments in pixel
// coordinates with their bounding box. Curves (glyph outlines, rounded
// corners, circles) are flattened within a tenth of a pixel; a shape drawn
// after mark() and turned by reverseSince() winds the other way, which makes
// it a hole in a fill (the inside of a stroke).

/** How far a flattened curve may stray from the true curve, in pixels. */
const TOLERANCE = 0.1;

/**
 * An outline in pixel coordinates as line segments (x0, y0, x1, y1, …), with
 * its bounding box. Sub-paths are closed implicitly, as in a fill.
 */
export class Outline {
  segments = new Float64Array(256);
  count = 0;
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  private startX = 0;
  private startY = 0;
  private penX = 0;
  private penY = 0;
  private open = false;

  /** Forgets every segment, so one outline can be reused. */
  reset(): this {
    this.count = 0;
    this.minX = this.minY = Infinity;
    this.maxX = this.maxY = -Infinity;
    this.open = false;
    return this;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  moveTo(x: number, y: number): void {
    this.close();
    this.startX = this.penX = x;
    this.startY = this.penY = y;
    this.open = true;
    this.extend(x, y);
  }

  lineTo(x: number, y: number): void {
    if (!this.open) {
      this.moveTo(x, y);
      return;
    }
    this.segment(this.penX, this.penY, x, y);
    this.penX = x;
    this.penY = y;
    this.extend(x, y);
  }

  quadTo(cx: number, cy: number, x: number, y: number): void {
    const x0 = this.penX;
    const y0 = this.penY;
    const deviation = Math.hypot(x0 - 2 * cx + x, y0 - 2 * cy + y) / 4;
    const steps = Math.max(1, Math.ceil(Math.sqrt(deviation / TOLERANCE)));
    for (let step = 1; step <= steps; step += 1) {
      const t = step / steps;
      const u = 1 - t;
      this.lineTo(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
    }
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    const x0 = this.penX;
    const y0 = this.penY;
    const deviation = Math.max(Math.hypot(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + x, c1y - 2 * c2y + y)) * 0.75;
    const steps = Math.max(1, Math.ceil(Math.sqrt(deviation / TOLERANCE)));
    for (let step = 1; step <= steps; step += 1) {
      const t = step / steps;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      this.lineTo(a * x0 + b * c1x + c * c2x + d * x, a * y0 + b * c1y + c * c2y + d * y);
    }
  }

  /** Closes the current sub-path back to where it started. */
  close(): void {
    if (this.open && (this.penX !== this.startX || this.penY !== this.startY)) this.segment(this.penX, this.penY, this.startX, this.startY);
    this.penX = this.startX;
    this.penY = this.startY;
    this.open = false;
  }

  /** Where the next segment goes: pass it to reverseSince() to turn what follows into a hole. */
  get mark(): number {
    return this.count;
  }

  /** Winds every segment added since `mark` the other way, so a closed shape drawn after the mark cuts a hole. */
  reverseSince(mark: number): void {
    const s = this.segments;
    for (let at = mark; at < this.count; at += 4) {
      const x0 = s[at];
      const y0 = s[at + 1];
      s[at] = s[at + 2];
      s[at + 1] = s[at + 3];
      s[at + 2] = x0;
      s[at + 3] = y0;
    }
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.polygon([x, y, x + width, y, x + width, y + height, x, y + height]);
  }

  /** A rectangle with quarter-circle corners of radius `r`. */
  roundedRect(x: number, y: number, width: number, height: number, r: number): void {
    const radius = Math.min(r, width / 2, height / 2);
    if (!(radius > 0)) {
      this.rect(x, y, width, height);
      return;
    }
    const right = x + width;
    const bottom = y + height;
    this.moveTo(x + radius, y);
    this.lineTo(right - radius, y);
    this.arc(right - radius, y + radius, radius, -Math.PI / 2, 0);
    this.lineTo(right, bottom - radius);
    this.arc(right - radius, bottom - radius, radius, 0, Math.PI / 2);
    this.lineTo(x + radius, bottom);
    this.arc(x + radius, bottom - radius, radius, Math.PI / 2, Math.PI);
    this.lineTo(x, y + radius);
    this.arc(x + radius, y + radius, radius, Math.PI, (3 * Math.PI) / 2);
    this.close();
  }

  circle(cx: number, cy: number, r: number): void {
    if (!(r > 0)) return;
    const steps = arcSteps(r, 2 * Math.PI);
    for (let step = 0; step < steps; step += 1) {
      const angle = (step / steps) * 2 * Math.PI;
      const px = cx + r * Math.cos(angle);
      const py = cy + r * Math.sin(angle);
      if (step === 0) this.moveTo(px, py);
      else this.lineTo(px, py);
    }
    this.close();
  }

  /** A closed polygon from flat x, y pairs. */
  polygon(points: number[]): void {
    for (let at = 0; at + 1 < points.length; at += 2) {
      if (at === 0) this.moveTo(points[0], points[1]);
      else this.lineTo(points[at], points[at + 1]);
    }
    this.close();
  }

  /** Continues the sub-path along an arc (angles in radians, y downwards, so increasing angles turn clockwise). */
  private arc(cx: number, cy: number, r: number, from: number, to: number): void {
    const steps = arcSteps(r, Math.abs(to - from));
    for (let step = 1; step <= steps; step += 1) {
      const angle = from + ((to - from) * step) / steps;
      this.lineTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }
  }

  private segment(x0: number, y0: number, x1: number, y1: number): void {
    // Horizontal segments sweep no area; a segment from a bad number has none to sweep.
    if (y0 === y1 || !Number.isFinite(x0 + y0 + x1 + y1)) return;
    if (this.count + 4 > this.segments.length) {
      const grown = new Float64Array(this.segments.length * 2);
      grown.set(this.segments);
      this.segments = grown;
    }
    this.segments[this.count] = x0;
    this.segments[this.count + 1] = y0;
    this.segments[this.count + 2] = x1;
    this.segments[this.count + 3] = y1;
    this.count += 4;
  }

  private extend(x: number, y: number): void {
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
    if (y < this.minY) this.minY = y;
    if (y > this.maxY) this.maxY = y;
  }
}

/** Enough straight steps for an arc of radius r that the chords stay within the tolerance. */
function arcSteps(r: number, sweep: number): number {
  const perStep = r > TOLERANCE ? 2 * Math.acos(1 - TOLERANCE / r) : Math.PI / 2;
  return Math.max(4, Math.ceil(sweep / perStep));
}
