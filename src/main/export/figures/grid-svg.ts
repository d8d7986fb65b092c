// The two-axis grid (e.g. stakeholders by interest and influence): four
// quadrants in faint tints with their names in the corners, each point a
// numbered marker in the accent colour, and the numbers explained in a key to
// the right so long names never collide. Points on the same spot fan out.

import type { GridFigure } from '../../../shared/report/figures';
import { INK, MUTED, RULE, shade, svgDocument, text, wrap } from './svg-kit';

const WIDTH = 640;
const PLOT = 340;
const LEFT = 44;
const TOP = 12;

export function gridSvg(figure: GridFigure, accent: string): string {
  const body: string[] = [];
  const { xAxis, yAxis } = figure;
  const spanX = xAxis.max - xAxis.min || 1;
  const spanY = yAxis.max - yAxis.min || 1;
  // A small margin inside the plot keeps markers on the axis limits fully visible.
  const pad = 42;
  const px = (value: number) => LEFT + pad + ((value - xAxis.min) / spanX) * (PLOT - 2 * pad);
  const py = (value: number) => TOP + PLOT - pad - ((value - yAxis.min) / spanY) * (PLOT - 2 * pad);
  const half = PLOT / 2;

  const tints = [shade(accent, 0.9), shade(accent, 0.8), shade(accent, 0.9), shade(accent, 0.96)];
  const corners: [number, number, 'start' | 'end'][] = [
    [LEFT + 8, TOP + 18, 'start'],
    [LEFT + PLOT - 8, TOP + 18, 'end'],
    [LEFT + PLOT - 8, TOP + PLOT - 10, 'end'],
    [LEFT + 8, TOP + PLOT - 10, 'start'],
  ];
  const origins: [number, number][] = [
    [LEFT, TOP],
    [LEFT + half, TOP],
    [LEFT + half, TOP + half],
    [LEFT, TOP + half],
  ];
  for (const [index, [qx, qy]] of origins.entries()) {
    body.push(`<rect x="${qx}" y="${qy}" width="${half}" height="${half}" fill="${tints[index]}"/>`);
  }
  body.push(`<rect x="${LEFT}" y="${TOP}" width="${PLOT}" height="${PLOT}" fill="none" stroke="${RULE}"/>`);
  body.push(`<line x1="${LEFT + half}" y1="${TOP}" x2="${LEFT + half}" y2="${TOP + PLOT}" stroke="#ffffff" stroke-width="2"/>`);
  body.push(`<line x1="${LEFT}" y1="${TOP + half}" x2="${LEFT + PLOT}" y2="${TOP + half}" stroke="#ffffff" stroke-width="2"/>`);
  for (const [index, name] of figure.quadrants.entries()) {
    const [cx, cy, anchor] = corners[index];
    body.push(text(cx, cy, name.toUpperCase(), { size: 10.5, weight: 600, fill: shade(accent, -0.35), anchor }));
  }

  // Axis ticks at whole numbers when the range is small, and axis titles.
  if (spanX <= 10) for (let v = xAxis.min; v <= xAxis.max; v += 1) body.push(text(px(v), TOP + PLOT + 15, String(v), { size: 11, fill: MUTED, anchor: 'middle' }));
  if (spanY <= 10) for (let v = yAxis.min; v <= yAxis.max; v += 1) body.push(text(LEFT - 8, py(v) + 4, String(v), { size: 11, fill: MUTED, anchor: 'end' }));
  body.push(text(LEFT + half, TOP + PLOT + 34, `${xAxis.label} →`, { size: 12, weight: 600, fill: INK, anchor: 'middle' }));
  const yx = 14;
  const yy = TOP + half;
  body.push(`<g transform="rotate(-90 ${yx} ${yy})">${text(yx, yy, `${yAxis.label} →`, { size: 12, weight: 600, fill: INK, anchor: 'middle' })}</g>`);

  // Markers: points sharing a spot are spread on a small circle around it.
  const bySpot = new Map<string, number[]>();
  figure.points.forEach((point, index) => {
    const key = `${point.x}|${point.y}`;
    bySpot.set(key, [...(bySpot.get(key) ?? []), index]);
  });
  for (const indices of bySpot.values()) {
    for (const [slot, index] of indices.entries()) {
      const point = figure.points[index];
      const angle = (2 * Math.PI * slot) / indices.length;
      const spread = indices.length > 1 ? 12 : 0;
      const cx = px(point.x) + spread * Math.cos(angle);
      const cy = py(point.y) + spread * Math.sin(angle);
      body.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="10" fill="${accent}" stroke="#ffffff" stroke-width="1.5"/>`);
      body.push(text(cx, cy + 4, String(index + 1), { size: 11, weight: 700, fill: '#ffffff', anchor: 'middle' }));
    }
  }

  // The key: number + wrapped name, in the column right of the plot.
  const keyLeft = LEFT + PLOT + 24;
  const keyWidth = WIDTH - keyLeft - 4;
  let y = TOP + 12;
  for (const [index, point] of figure.points.entries()) {
    const lines = wrap(point.label, keyWidth - 24, 12);
    body.push(`<circle cx="${keyLeft + 8}" cy="${y - 4}" r="8" fill="${accent}"/>`);
    body.push(text(keyLeft + 8, y, String(index + 1), { size: 10, weight: 700, fill: '#ffffff', anchor: 'middle' }));
    body.push(text(keyLeft + 24, y, lines, { size: 12 }));
    y += lines.length * 15 + 8;
  }
  return svgDocument(WIDTH, Math.max(TOP + PLOT + 44, y), body);
}
