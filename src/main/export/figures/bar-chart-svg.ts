// The bar chart as horizontal stacked bars: one row per category (themes read
// well as row labels, even long ones), one segment per series in related
// tints of the accent colour, the total at the end of each bar and a legend on top.

import type { BarChartFigure } from '../../../shared/report/figures';
import { INK, MUTED, RULE, fit, seriesColours, svgDocument, text, textWidth, wrap } from './svg-kit';

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

export function barChartSvg(figure: BarChartFigure, accent: string): string {
  const colours = seriesColours(accent, figure.series.length);
  const body: string[] = [];

  // Legend: swatch + name, flowing over as many lines as needed.
  let x = 0;
  let y = 14;
  for (const [index, series] of figure.series.entries()) {
    const name = fit(series.name, 260, 12);
    const width = 18 + textWidth(name, 12) + 22;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += 20;
    }
    body.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" rx="2" fill="${colours[index]}"/>`);
    body.push(text(x + 18, y, name, { size: 12, fill: INK }));
    x += width;
  }

  const labelWidth = Math.min(210, Math.max(80, ...figure.categories.map((category) => textWidth(category, 12) + 8)));
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
    body.push(`<line x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${bottom}" stroke="${tick === 0 ? MUTED : RULE}" stroke-width="${tick === 0 ? 1 : 0.75}"/>`);
    body.push(text(tx, bottom + 16, String(tick), { size: 11, fill: MUTED, anchor: 'middle' }));
  }

  for (const [row, category] of figure.categories.entries()) {
    const rowTop = top + row * ROW;
    const lines = wrap(category, labelWidth, 12).slice(0, 2);
    const labelY = rowTop + ROW / 2 + 4 - (lines.length - 1) * 7.5;
    body.push(text(labelWidth, labelY, lines.map((line) => fit(line, labelWidth, 12)), { size: 12, anchor: 'end' }));
    let at = plotLeft;
    for (const [index, series] of figure.series.entries()) {
      const value = Math.max(0, series.values[row] ?? 0);
      if (value === 0) continue;
      const width = scale(value);
      body.push(`<rect x="${at.toFixed(1)}" y="${(rowTop + (ROW - BAR) / 2).toFixed(1)}" width="${width.toFixed(1)}" height="${BAR}" fill="${colours[index]}" stroke="#ffffff" stroke-width="0.75"/>`);
      at += width;
    }
    body.push(text(at + 5, rowTop + ROW / 2 + 4, String(totals[row]), { size: 11, fill: MUTED }));
  }

  body.push(text((plotLeft + plotRight) / 2, bottom + 34, figure.valueLabel, { size: 12, fill: MUTED, anchor: 'middle' }));
  return svgDocument(WIDTH, bottom + 42, body);
}
