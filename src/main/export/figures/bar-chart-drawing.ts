// The bar chart as horizontal stacked bars: one row per category (themes read
// well as row labels, even long ones), one segment per series in related
// tints of the accent colour, the total at the end of each bar and a legend on top.

import type { BarChartFigure } from '../../../shared/report/figures';
import { textLines, type Drawing, type Measure, type Shape } from './drawing';
import { INK, MUTED, RULE, fit, seriesColours, wrap } from './svg-kit';

const WIDTH = 640;
const ROW = 26;
const BAR = 15;

/** Round tick step (1, 2, 5 × 10^n) giving about five intervals. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return Math.max(step, 1);
}

export function barChartDrawing(figure: BarChartFigure, accent: string, measure: Measure): Drawing {
  const colours = seriesColours(accent, figure.series.length);
  const shapes: Shape[] = [];

  // Legend: swatch + name, flowing over as many lines as needed.
  let x = 0;
  let y = 14;
  for (const [index, series] of figure.series.entries()) {
    const name = fit(series.name, 260, 12, false, measure);
    const width = 18 + measure(name, 12, false) + 22;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += 20;
    }
    shapes.push({ kind: 'rect', x, y: y - 10, width: 12, height: 12, radius: 2, fill: colours[index] });
    shapes.push(...textLines(measure, x + 18, y, name, { size: 12, color: INK }));
    x += width;
  }

  const labelWidth = Math.min(210, Math.max(80, ...figure.categories.map((category) => measure(category, 12, false) + 8)));
  const plotLeft = labelWidth + 12;
  const plotRight = WIDTH - 36;
  const top = y + 22;
  const totals = figure.categories.map((_, row) => figure.series.reduce((sum, series) => sum + Math.max(0, series.values[row] ?? 0), 0));
  const step = tickStep(Math.max(1, ...totals));
  const max = Math.ceil(Math.max(1, ...totals) / step) * step;
  const scale = (value: number) => ((plotRight - plotLeft) * value) / max;
  const bottom = top + figure.categories.length * ROW;

  for (let tick = 0; tick <= max; tick += step) {
    const tx = plotLeft + scale(tick);
    shapes.push({ kind: 'line', x1: tx, y1: top - 4, x2: tx, y2: bottom, color: tick === 0 ? MUTED : RULE, width: tick === 0 ? 1 : 0.75 });
    shapes.push(...textLines(measure, tx, bottom + 16, String(tick), { size: 11, color: MUTED, anchor: 'middle' }));
  }

  for (const [row, category] of figure.categories.entries()) {
    const rowTop = top + row * ROW;
    const lines = wrap(category, labelWidth, 12, false, measure).slice(0, 2);
    const labelY = rowTop + ROW / 2 + 4 - (lines.length - 1) * 7.5;
    shapes.push(...textLines(measure, labelWidth, labelY, lines.map((line) => fit(line, labelWidth, 12, false, measure)), { size: 12, anchor: 'end' }));
    let at = plotLeft;
    for (const [index, series] of figure.series.entries()) {
      const value = Math.max(0, series.values[row] ?? 0);
      if (value === 0) continue;
      const width = scale(value);
      shapes.push({ kind: 'rect', x: at, y: rowTop + (ROW - BAR) / 2, width, height: BAR, fill: colours[index], stroke: '#ffffff', strokeWidth: 0.75 });
      at += width;
    }
    shapes.push(...textLines(measure, at + 5, rowTop + ROW / 2 + 4, String(totals[row]), { size: 11, color: MUTED }));
  }

  shapes.push(...textLines(measure, (plotLeft + plotRight) / 2, bottom + 34, fit(figure.valueLabel, plotRight - plotLeft, 12, false, measure), { size: 12, color: MUTED, anchor: 'middle' }));
  return { width: WIDTH, height: bottom + 42, shapes };
}
