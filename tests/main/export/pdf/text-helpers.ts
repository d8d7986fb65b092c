// Shared by the PDF text-layer tests: real prose from the sample projects and
// checks on broken lines.

import { readdirSync, readFileSync } from 'node:fs';
import type { Line, TextMeasurer } from '../../../../src/main/export/pdf/layout/types';

/** Dutch and English prose from the sample projects: a realistic stream of words. */
export function sampleText(): string {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of readdirSync('resources/samples').filter((name) => name.endsWith('.drijfveer')).sort()) {
    collect(JSON.parse(readFileSync(`resources/samples/${file}`, 'utf8')));
  }
  return strings.filter((value) => value.length > 30 && !/^[A-Za-z0-9+/=]{200,}$/.test(value)).join(' ');
}

/** The visible text of a line. */
export const lineText = (line: Line): string => line.runs.map((run) => run.text).join('');

/** Checks every line against the width and its runs against the measurer; returns the widest line. */
export function checkLines(lines: readonly Line[], measurer: TextMeasurer, width: number): number {
  let widest = 0;
  for (const line of lines) {
    let x = 0;
    for (const run of line.runs) {
      if (Math.abs(run.x - x) > 1e-6) throw new Error(`run at ${run.x}, expected ${x}: ${JSON.stringify(run.text)}`);
      const measured = measurer.width(run.text, run.style.face, run.style.size);
      if (Math.abs(measured - run.width) > 1e-6) throw new Error(`run width ${run.width} is not its measure ${measured}`);
      x += run.width;
    }
    if (Math.abs(line.width - x) > 1e-6) throw new Error(`line width ${line.width}, runs add up to ${x}`);
    widest = Math.max(widest, line.width);
    if (line.width > width + 1e-6) throw new Error(`line ${JSON.stringify(lineText(line))} is ${line.width} pt, wider than ${width}`);
  }
  return widest;
}
