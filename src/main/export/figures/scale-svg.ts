// The level scale as a staircase: one step per level, rising and darkening
// with the rank, the rank number on the step, the label and the description
// underneath, so the order reads at a glance and the words stay legible.

import type { ScaleFigure } from '../../../shared/report/figures';
import { MUTED, shade, svgDocument, text, wrap } from './svg-kit';

const WIDTH = 640;
const GAP = 8;

export function scaleSvg(figure: ScaleFigure, accent: string): string {
  const levels = [...figure.levels].sort((a, b) => a.rank - b.rank);
  const count = Math.max(levels.length, 1);
  const column = (WIDTH - GAP * (count - 1)) / count;
  const stepUnit = Math.min(22, 110 / count);
  const stairTop = 8;
  const base = stairTop + stepUnit * count + 24;
  const body: string[] = [];
  let bottom = base;

  for (const [index, level] of levels.entries()) {
    const x = index * (column + GAP);
    const height = 24 + stepUnit * (index + 1);
    const fill = count === 1 ? accent : shade(accent, 0.7 - (0.7 * index) / (count - 1));
    const ink = index / Math.max(count - 1, 1) > 0.45 ? '#ffffff' : shade(accent, -0.55);
    body.push(`<rect x="${x.toFixed(1)}" y="${(base - height).toFixed(1)}" width="${column.toFixed(1)}" height="${height.toFixed(1)}" rx="2" fill="${fill}"/>`);
    body.push(text(x + 10, base - 9, String(level.rank), { size: 16, weight: 700, fill: ink }));
    const labelLines = wrap(level.label, column - 4, 13, true);
    body.push(text(x, base + 20, labelLines, { size: 13, weight: 700 }));
    const descriptionTop = base + 20 + labelLines.length * 16.25 + 4;
    const descriptionLines = wrap(level.description, column - 4, 11);
    if (descriptionLines.length > 0) body.push(text(x, descriptionTop, descriptionLines, { size: 11, fill: MUTED }));
    bottom = Math.max(bottom, descriptionTop + (descriptionLines.length - 1) * 13.75 + 8);
  }
  return svgDocument(WIDTH, bottom, body);
}
