// The level scale as a staircase: one step per level, rising and darkening
// with the rank, the rank number on the step, the label and the description
// underneath, so the order reads at a glance and the words stay legible.

import type { ScaleFigure } from '../../../shared/report/figures';
import { textLines, type Drawing, type Measure, type Shape } from './drawing';
import { MUTED, shade, wrap } from './svg-kit';

const WIDTH = 640;
const GAP = 8;

export function scaleDrawing(figure: ScaleFigure, accent: string, measure: Measure): Drawing {
  const levels = [...figure.levels].sort((a, b) => a.rank - b.rank);
  const count = Math.max(levels.length, 1);
  const column = (WIDTH - GAP * (count - 1)) / count;
  const stepUnit = Math.min(22, 110 / count);
  const stairTop = 8;
  const base = stairTop + stepUnit * count + 24;
  const shapes: Shape[] = [];
  let bottom = base;

  for (const [index, level] of levels.entries()) {
    const x = index * (column + GAP);
    const height = 24 + stepUnit * (index + 1);
    const fill = count === 1 ? accent : shade(accent, 0.7 - (0.7 * index) / (count - 1));
    const ink = index / Math.max(count - 1, 1) > 0.45 ? '#ffffff' : shade(accent, -0.55);
    shapes.push({ kind: 'rect', x, y: base - height, width: column, height, radius: 2, fill });
    shapes.push(...textLines(measure, x + 10, base - 9, String(level.rank), { size: 16, bold: true, color: ink }));
    const labelLines = wrap(level.label, column - 4, 13, true, measure);
    shapes.push(...textLines(measure, x, base + 20, labelLines, { size: 13, bold: true }));
    const descriptionTop = base + 20 + labelLines.length * 16.25 + 4;
    const descriptionLines = wrap(level.description, column - 4, 11, false, measure);
    if (descriptionLines.length > 0) shapes.push(...textLines(measure, x, descriptionTop, descriptionLines, { size: 11, color: MUTED }));
    bottom = Math.max(bottom, descriptionTop + (descriptionLines.length - 1) * 13.75 + 8);
  }
  return { width: WIDTH, height: bottom, shapes };
}
