// Every figure kind of the report as a standalone SVG drawing in the accent
// colour, painted from the same Drawing the PDF draws as native vectors;
// figure-png.ts rasterises it for formats that want pictures (DOCX).

import type { Figure } from '../../../shared/report/figures';
import { drawingToSvg } from './drawing-svg';
import { figureDrawing } from './figure-drawing';

export function figureSvg(figure: Figure, accent: string): string {
  return drawingToSvg(figureDrawing(figure, accent));
}

/** The drawing's size in SVG units, read back from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : { width: 640, height: 400 };
}
