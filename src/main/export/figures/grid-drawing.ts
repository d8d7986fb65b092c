// The two-axis grid (e.g. stakeholders by interest and influence): four
// quadrants in faint tints with their names in the corners, each point a
// numbered marker in the accent colour, and the numbers explained in a key to
// the right so long names never collide. Points on the same spot fan out.

import type { GridFigure } from '../../../shared/report/figures';
import { textLines, type Drawing, type Measure, type Shape } from './drawing';
import { INK, MUTED, RULE, fit, shade, wrap } from './svg-kit';

const WIDTH = 640;
const PLOT = 340;
const LEFT = 44;
const TOP = 12;

export function gridDrawing(figure: GridFigure, accent: string, measure: Measure): Drawing {
  const shapes: Shape[] = [];
  const { xAxis, yAxis } = figure;
  const spanX = xAxis.max - xAxis.min || 1;
  const spanY = yAxis.max - yAxis.min || 1;
  // A small margin inside the plot keeps markers on the axis limits fully
  // visible; values beyond the limits sit on the limit rather than off the plot.
  const pad = 42;
  const share = (value: number, min: number, span: number) => Math.min(1, Math.max(0, (value - min) / span || 0));
  const px = (value: number) => LEFT + pad + share(value, xAxis.min, spanX) * (PLOT - 2 * pad);
  const py = (value: number) => TOP + PLOT - pad - share(value, yAxis.min, spanY) * (PLOT - 2 * pad);
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
    shapes.push({ kind: 'rect', x: qx, y: qy, width: half, height: half, fill: tints[index] });
  }
  shapes.push({ kind: 'rect', x: LEFT, y: TOP, width: PLOT, height: PLOT, stroke: RULE, strokeWidth: 1 });
  shapes.push({ kind: 'line', x1: LEFT + half, y1: TOP, x2: LEFT + half, y2: TOP + PLOT, color: '#ffffff', width: 2 });
  shapes.push({ kind: 'line', x1: LEFT, y1: TOP + half, x2: LEFT + PLOT, y2: TOP + half, color: '#ffffff', width: 2 });
  for (const [index, name] of figure.quadrants.entries()) {
    const [cx, cy, anchor] = corners[index];
    shapes.push(...textLines(measure, cx, cy, fit(name.toUpperCase(), half - 16, 10.5, true, measure), { size: 10.5, bold: true, color: shade(accent, -0.35), anchor }));
  }

  // Axis ticks at whole numbers when the range is small, and axis titles.
  if (spanX <= 10) for (let v = xAxis.min; v <= xAxis.max; v += 1) shapes.push(...textLines(measure, px(v), TOP + PLOT + 15, String(v), { size: 11, color: MUTED, anchor: 'middle' }));
  if (spanY <= 10) for (let v = yAxis.min; v <= yAxis.max; v += 1) shapes.push(...textLines(measure, LEFT - 8, py(v) + 4, String(v), { size: 11, color: MUTED, anchor: 'end' }));
  const axisTitle = (label: string) => `${fit(label, PLOT - 24, 12, true, measure)} →`;
  shapes.push(...textLines(measure, LEFT + half, TOP + PLOT + 34, axisTitle(xAxis.label), { size: 12, bold: true, color: INK, anchor: 'middle' }));
  shapes.push(...textLines(measure, 14, TOP + half, axisTitle(yAxis.label), { size: 12, bold: true, color: INK, anchor: 'middle', upright: true }));

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
      shapes.push({ kind: 'circle', cx, cy, r: 10, fill: accent, stroke: '#ffffff', strokeWidth: 1.5 });
      shapes.push(...textLines(measure, cx, cy + 4, String(index + 1), { size: 11, bold: true, color: '#ffffff', anchor: 'middle' }));
    }
  }

  // The key: number + wrapped name, in the column right of the plot.
  const keyLeft = LEFT + PLOT + 24;
  const keyWidth = WIDTH - keyLeft - 4;
  let y = TOP + 12;
  for (const [index, point] of figure.points.entries()) {
    const lines = wrap(point.label, keyWidth - 24, 12, false, measure);
    shapes.push({ kind: 'circle', cx: keyLeft + 8, cy: y - 4, r: 8, fill: accent });
    shapes.push(...textLines(measure, keyLeft + 8, y, String(index + 1), { size: 10, bold: true, color: '#ffffff', anchor: 'middle' }));
    shapes.push(...textLines(measure, keyLeft + 24, y, lines, { size: 12 }));
    y += lines.length * 15 + 8;
  }
  return { width: WIDTH, height: Math.max(TOP + PLOT + 44, y), shapes };
}
