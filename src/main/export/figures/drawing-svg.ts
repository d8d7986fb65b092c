// A Drawing as a standalone SVG document (white background, the figure font
// as default), the form resvg rasterises for the DOCX pictures. Numbers are
// rounded to hundredths so the same drawing always gives the same bytes.

import type { Drawing, Shape } from './drawing';
import { FIGURE_FONT, xmlText } from './svg-kit';

function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function paint(fill: string | undefined, stroke: string | undefined, strokeWidth: number | undefined): string {
  const parts = [`fill="${fill ?? 'none'}"`];
  if (stroke) parts.push(`stroke="${stroke}"`, `stroke-width="${num(strokeWidth ?? 1)}"`);
  return parts.join(' ');
}

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect': {
      const radius = shape.radius ? ` rx="${num(shape.radius)}"` : '';
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${num(shape.height)}"${radius} ${paint(shape.fill, shape.stroke, shape.strokeWidth)}/>`;
    }
    case 'line':
      return `<line x1="${num(shape.x1)}" y1="${num(shape.y1)}" x2="${num(shape.x2)}" y2="${num(shape.y2)}" stroke="${shape.color}" stroke-width="${num(shape.width)}"/>`;
    case 'circle':
      return `<circle cx="${num(shape.cx)}" cy="${num(shape.cy)}" r="${num(shape.r)}" ${paint(shape.fill, shape.stroke, shape.strokeWidth)}/>`;
    case 'text': {
      const attrs = [
        `x="${num(shape.x)}"`,
        `y="${num(shape.y)}"`,
        `font-size="${num(shape.size)}"`,
        `fill="${shape.color}"`,
        shape.bold ? 'font-weight="700"' : '',
        shape.anchor !== 'start' ? `text-anchor="${shape.anchor}"` : '',
        shape.upright ? `transform="rotate(-90 ${num(shape.x)} ${num(shape.y)})"` : '',
      ].filter(Boolean);
      return `<text ${attrs.join(' ')}>${xmlText(shape.text)}</text>`;
    }
  }
}

export function drawingToSvg(drawing: Drawing): string {
  const width = Math.ceil(drawing.width);
  const height = Math.ceil(drawing.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FIGURE_FONT}, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...drawing.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}
