// Figures in the report, described in data terms (not pictures): exporters
// draw them as vector graphics and tests compare their numbers with the
// project. Each kind holds exactly what a reader should be able to see.

/** Grouped bars: one value per series per category, e.g. quotes per theme per respondent group. */
export interface BarChartFigure {
  kind: 'bar-chart';
  categories: string[];
  series: { name: string; values: number[] }[];
  /** What the bar length counts, e.g. "Aantal citaten". */
  valueLabel: string;
}

/** Labelled points on a two-axis grid, e.g. stakeholders by influence (y) and interest (x). */
export interface GridFigure {
  kind: 'grid';
  xAxis: { label: string; min: number; max: number };
  yAxis: { label: string; min: number; max: number };
  /** Names of the four quadrants, clockwise from top-left. */
  quadrants: [string, string, string, string];
  points: { label: string; x: number; y: number; itemId: string }[];
}

/** An ordered scale with described levels, lowest first. */
export interface ScaleFigure {
  kind: 'scale';
  name: string;
  levels: { rank: number; label: string; description: string; itemId: string }[];
}

export type Figure = BarChartFigure | GridFigure | ScaleFigure;
