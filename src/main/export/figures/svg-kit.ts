// Small drawing helpers shared by the figure drawings: safe text for XML,
// approximate text measuring for Source Sans 3 (good enough to wrap labels;
// resvg draws with the real font) and colour tints derived from the accent.

/** The font every figure uses; the PNG rasteriser loads its files. */
export const FIGURE_FONT = 'Source Sans 3';
export const INK = '#2b2f33';
export const MUTED = '#6b7378';
export const RULE = '#d5dadd';

/** Text fit for an XML text node or attribute: no control characters, no lone surrogates, entities escaped. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Average advance of Source Sans 3 in em, per character class; bold is about 5% wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.2;
    else if (/[iljtf.,:;'’|!()[\]]/.test(char)) em += 0.26;
    else if (/[mwMW]/.test(char)) em += 0.78;
    else if (/[A-Z0-9]/.test(char)) em += 0.56;
    else em += 0.48;
  }
  return em * size * (bold ? 1.05 : 1);
}

/** How many leading characters of `chars` fit in the width (at least one). */
function fittingPrefix(chars: string[], maxWidth: number, size: number, bold: boolean): number {
  let width = 0;
  for (let index = 0; index < chars.length; index += 1) {
    width += textWidth(chars[index], size, bold);
    if (width > maxWidth) return Math.max(1, index);
  }
  return chars.length;
}

/** Greedy word wrap to a width; a word longer than a line is cut where it no longer fits. */
export function wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let chars = [...word];
    while (chars.length > 1 && textWidth(chars.join(''), size, bold) > maxWidth) {
      const cut = fittingPrefix(chars, maxWidth, size, bold);
      lines.push(chars.slice(0, cut).join(''));
      chars = chars.slice(cut);
    }
    line = chars.join('');
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Shortens a single line with an ellipsis so it fits the width. */
export function fit(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  const cut = fittingPrefix(chars, maxWidth - textWidth('…', size, bold), size, bold);
  return `${chars.slice(0, cut).join('').trimEnd()}…`;
}

function channels(hex: string): [number, number, number] {
  const clean = /^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1) : '1f6f8b';
  return [0, 2, 4].map((at) => parseInt(clean.slice(at, at + 2), 16)) as [number, number, number];
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((value) => Math.round(Math.max(0, Math.min(255, value))).toString(16).padStart(2, '0')).join('')}`;
}

/** Mixes the colour towards white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const target = amount >= 0 ? 255 : 0;
  const weight = Math.abs(amount);
  return toHex(channels(hex).map((value) => value + (target - value) * weight));
}

/** Distinct but related colours for data series: the accent, then darker and lighter versions, then greys. */
export function seriesColours(accent: string, count: number): string[] {
  const palette = [accent, shade(accent, -0.45), shade(accent, 0.45), shade(accent, 0.72), '#8c9499', '#c3c9cc', shade(accent, -0.7)];
  return Array.from({ length: count }, (_, index) => palette[index % palette.length]);
}

export interface TextOptions {
  size?: number;
  weight?: 400 | 600 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
}

/** One <text> element; lines are stacked at 1.25 line height from the given baseline. */
export function text(x: number, y: number, content: string | string[], options: TextOptions = {}): string {
  const size = options.size ?? 13;
  const lines = Array.isArray(content) ? content : [content];
  const attrs = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${size}"`,
    `fill="${options.fill ?? INK}"`,
    options.weight && options.weight !== 400 ? `font-weight="${options.weight}"` : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.italic ? 'font-style="italic"' : '',
  ].filter(Boolean);
  if (lines.length === 1) return `<text ${attrs.join(' ')}>${xmlText(lines[0])}</text>`;
  const spans = lines.map((line, index) => `<tspan x="${x.toFixed(1)}" dy="${index === 0 ? 0 : (size * 1.25).toFixed(1)}">${xmlText(line)}</tspan>`);
  return `<text ${attrs.join(' ')}>${spans.join('')}</text>`;
}

/** The SVG document around the drawing, with the figure font as default. */
export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" font-family="${FIGURE_FONT}, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
