// The pagination rules checked with any text tools: paragraphs are made of
// tagged words ("p3w12"), so a line's paragraph is known whatever the line
// breaker does, and the rules are asserted for the fake tools and for the
// real fonts and breaker alike, at many filler lengths around a page's end.

import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../../../../src/main/export/pdf/layout/fonts';
import { layoutBody } from '../../../../../src/main/export/pdf/layout/layout-body';
import { breakLines } from '../../../../../src/main/export/pdf/layout/line-break';
import type { LayoutDeps } from '../../../../../src/main/export/pdf/layout/context';
import { A4, type PageFrame } from '../../../../../src/main/export/pdf/layout/types';
import type { Block } from '../../../../../src/shared/report/doc';
import { doc, expectInsideMargins, fakeDeps, heading, para, section, texts } from './layout-helpers';

const realDeps = (): LayoutDeps => ({ measurer: createMeasurer(), breakLines, geometry: A4, figureSize: () => ({ width: 400, height: 300 }) });

const tagged = (tag: string, words: number): Block => para(Array.from({ length: words }, (_, index) => `${tag}w${index}`).join(' '));

/** For paragraph `tag`: the number of its lines on each page it appears on. */
function linesPerPage(pages: readonly PageFrame[], tag: string): number[] {
  const out: number[] = [];
  for (const page of pages) {
    const baselines = new Set(texts(page).filter((item) => item.text.split(/\s+/).some((word) => word.startsWith(`${tag}w`))).map((item) => item.baseline.toFixed(3)));
    if (baselines.size > 0) out.push(baselines.size);
  }
  return out;
}

describe.each([
  ['fake text tools', fakeDeps],
  ['real fonts and line breaker', realDeps],
])('pagination rules with the %s', (_name, deps) => {
  const fillerLengths = Array.from({ length: 16 }, (_, index) => 330 + index * 9);

  it('never leaves one line of a paragraph alone at a page bottom or top; short paragraphs move whole', () => {
    let split = 0;
    for (const filler of fillerLengths) {
      const report = doc([section('H', [tagged('f', filler), tagged('a', 70), tagged('b', 25), tagged('c', 45), tagged('d', 130)])]);
      const { pages } = layoutBody(report, deps());
      for (const tag of ['a', 'b', 'c', 'd']) {
        const counts = linesPerPage(pages, tag);
        const total = counts.reduce((x, y) => x + y, 0);
        if (total <= 3) expect(counts, `filler ${filler}, ${tag}`).toHaveLength(1);
        for (const count of counts) expect(count, `filler ${filler}, ${tag}: ${counts.join('+')}`).toBeGreaterThanOrEqual(2);
        if (counts.length > 1) split += 1;
      }
      expectInsideMargins(pages);
    }
    expect(split).toBeGreaterThan(0);
  });

  it('keeps every heading with two lines of what follows', () => {
    let nearBottom = 0;
    for (let filler = 560; filler <= 800; filler += 10) {
      const report = doc([section('H', [tagged('f', filler), heading('Tussenkop'), tagged('n', 8), tagged('m', 60)])]);
      const { pages, headings } = layoutBody(report, deps());
      const entry = headings.find((h) => h.text === 'Tussenkop')!;
      const page = pages[entry.pageIndex];
      const after = new Set(
        texts(page)
          .filter((item) => item.baseline > entry.y && /^[nm]w/.test(item.text))
          .map((item) => item.baseline.toFixed(3)),
      );
      expect(after.size, `filler ${filler}`).toBeGreaterThanOrEqual(2);
      // The case that matters: the filler ends near the bottom of a page.
      if (linesPerPage(pages, 'f').length > 1 || entry.y > A4.height / 2) nearBottom += 1;
    }
    expect(nearBottom).toBeGreaterThan(3);
  });
});

describe('the real tools', () => {
  it('set a long Dutch paragraph with the same number of words as it has', () => {
    const report = doc([section('H', [tagged('q', 500)])]);
    const { pages } = layoutBody(report, realDeps());
    const words = pages.flatMap(texts).flatMap((item) => item.text.split(/\s+/)).filter((word) => word.startsWith('qw'));
    expect(words).toHaveLength(500);
  });
});
