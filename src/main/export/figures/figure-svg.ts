// Every figure kind of the report as a standalone SVG drawing in the accent
// colour. The SVG is the vector form other exporters can reuse; figure-png.ts
// rasterises it for formats that want pictures (DOCX).

import type { Figure } from '../../../shared/report/figures';
import { barChartSvg } from './bar-chart-svg';
import { gridSvg } from './grid-svg';
import { scaleSvg } from './scale-svg';

export function figureSvg(figure: Figure, accent: string): string {
  switch (figure.kind) {
    case 'bar-chart':
      return barChartSvg(figure, accent);
    case 'grid':
      return gridSvg(figure, accent);
    case 'scale':
      return scaleSvg(figure, accent);
  }
}

/** The drawing's size in SVG units, read back from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : { width: 640, height: 400 };
}
