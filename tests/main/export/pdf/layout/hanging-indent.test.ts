// Reference list entries (ReportDoc paragraphs with hangingIndent) set their
// first line at the column's start and every later line half an inch in, as
// APA asks; ordinary paragraphs keep all lines flush.

import { describe, expect, it } from 'vitest';
import { A4 } from '../../../../../src/main/export/pdf/layout/types';
import { doc, layoutFake, para, section, texts } from './layout-helpers';

const long = 'Andreasen, A. R. (2002). Marketing social change in the social change marketplace. '.repeat(6);

function lineStarts(hanging: boolean): number[] {
  const block = { ...para(long), ...(hanging ? { hangingIndent: true as const } : {}) };
  const [page] = layoutFake(doc([section('Literatuur', [block])])).pages;
  const starts = new Map<number, number>();
  for (const item of texts(page)) starts.set(item.baseline, Math.min(starts.get(item.baseline) ?? Infinity, item.x));
  // The first baseline is the section title's.
  return [...starts.entries()].sort((a, b) => a[0] - b[0]).slice(1).map(([, x]) => x);
}

describe('hanging indent', () => {
  it('indents every line after the first by half an inch', () => {
    const starts = lineStarts(true);
    expect(starts.length).toBeGreaterThan(2);
    expect(starts[0]).toBeCloseTo(A4.marginLeft, 5);
    for (const x of starts.slice(1)) expect(x).toBeCloseTo(A4.marginLeft + 36, 5);
  });

  it('leaves ordinary paragraphs flush left', () => {
    for (const x of lineStarts(false)) expect(x).toBeCloseTo(A4.marginLeft, 5);
  });
});
