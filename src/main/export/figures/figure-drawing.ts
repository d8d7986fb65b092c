// Every figure kind of the report laid out as one vector Drawing in the accent
// colour. The text measure decides where labels wrap: the PDF passes its real
// font metrics, the SVG pictures use the Source Sans 3 approximation.

import type { Figure } from '../../../shared/report/figures';
import { barChartDrawing } from './bar-chart-drawing';
import type { Drawing, Measure } from './drawing';
import { gridDrawing } from './grid-drawing';
import { scaleDrawing } from './scale-drawing';
import { textWidth } from './svg-kit';

export function figureDrawing(figure: Figure, accent: string, measure: Measure = textWidth): Drawing {
  switch (figure.kind) {
    case 'bar-chart':
      return barChartDrawing(figure, accent, measure);
    case 'grid':
      return gridDrawing(figure, accent, measure);
    case 'scale':
      return scaleDrawing(figure, accent, measure);
  }
}
