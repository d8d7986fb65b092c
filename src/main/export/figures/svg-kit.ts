// Small helpers shared by the figure drawings: safe text for XML, an
// approximate text measure for Source Sans 3 (the default when no real font
// metrics are at hand; resvg and the PDF painter draw with the real font),
// wrapping with any measure, and colour tints derived from the accent.

import type { Measure } from './drawing';

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

/** How many leading characters of `chars` fit in the width (at least one); a binary search, as real measures are slow. */
function fittingPrefix(chars: string[], maxWidth: number, size: number, bold: boolean, measure: Measure): number {
  let fits = 1;
  let fails = chars.length + 1;
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2);
    if (measure(chars.slice(0, middle).join(''), size, bold) <= maxWidth) fits = middle;
    else fails = middle;
  }
  return fits;
}

/** Greedy word wrap to a width; a word longer than a line is cut where it no longer fits. */
export function wrap(text: string, maxWidth: number, size: number, bold = false, measure: Measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let chars = [...word];
    while (chars.length > 1 && measure(chars.join(''), size, bold) > maxWidth) {
      const cut = fittingPrefix(chars, maxWidth, size, bold, measure);
      lines.push(chars.slice(0, cut).join(''));
      chars = chars.slice(cut);
    }
    line = chars.join('');
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Shortens a single line with an ellipsis so it fits the width. */
export function fit(text: string, maxWidth: number, size: number, bold = false, measure: Measure = textWidth): string {
  if (measure(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  const cut = fittingPrefix(chars, maxWidth - measure('…', size, bold), size, bold, measure);
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
