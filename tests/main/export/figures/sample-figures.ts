// The figures of the Dutch sample project, built the way the export builds
// its ReportDoc, plus the checks every figure drawing must pass: each label
// of the data is drawn, and nothing reaches outside the drawing.

import { join, resolve } from 'node:path';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { type Drawing, type TextShape, shapeBounds } from '../../../../src/main/export/figures/drawing';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Figure } from '../../../../src/shared/report/figures';
import { docBlocks } from '../../../../src/shared/report/walk';

const samplesDir = resolve(__dirname, '..', '..', '..', '..', 'resources', 'samples');

export interface SampleFigures {
  accent: string;
  figures: Figure[];
}

export async function sampleFigures(): Promise<SampleFigures> {
  const project = (await readProjectFile(join(samplesDir, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
  const doc = reportDocFor(project, 'nl');
  const figures = docBlocks(doc).flatMap((block) => (block.type === 'figure' ? [block.figure] : []));
  return { accent: doc.meta.accentColor, figures };
}

/** Every text a reader should find in the figure: names, labels, descriptions, axis titles. */
export function figureLabels(figure: Figure): string[] {
  switch (figure.kind) {
    case 'bar-chart':
      return [...figure.categories, ...figure.series.map((series) => series.name), figure.valueLabel];
    case 'grid':
      return [figure.xAxis.label, figure.yAxis.label, ...figure.quadrants.map((name) => name.toUpperCase()), ...figure.points.map((point) => point.label)];
    case 'scale':
      return figure.levels.flatMap((level) => [level.label, level.description]);
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** All texts of the drawing in order, lines joined by spaces (wrapped labels read whole again). */
export function drawnText(drawing: Drawing): string {
  return squash(
    drawing.shapes
      .filter((shape): shape is TextShape => shape.kind === 'text')
      .map((shape) => shape.text)
      .join(' '),
  );
}

/** Labels of the figure that the drawing does not show in full. */
export function missingLabels(figure: Figure, drawing: Drawing): string[] {
  const text = drawnText(drawing);
  return figureLabels(figure).filter((label) => squash(label) !== '' && !text.includes(squash(label)));
}

/** Shapes (with their bounds) that reach outside the drawing by more than `tolerance`. */
export function shapesOutside(drawing: Drawing, tolerance = 0.01): string[] {
  return drawing.shapes
    .map((shape) => ({ shape, bounds: shapeBounds(shape) }))
    .filter(({ bounds }) => bounds.left < -tolerance || bounds.top < -tolerance || bounds.right > drawing.width + tolerance || bounds.bottom > drawing.height + tolerance)
    .map(({ shape, bounds }) => `${JSON.stringify(shape)} → ${JSON.stringify(bounds)}`);
}
