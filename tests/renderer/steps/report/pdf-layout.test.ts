import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canvasPixels,
  CSS_PX_PER_PT,
  currentPageIndex,
  layoutColumn,
  MAX_ZOOM,
  MIN_ZOOM,
  PAGE_GAP,
  pagesNear,
  scaleFor,
  scrollTopFor,
  stepZoom,
  zoomFactor,
  type PageSize,
} from '../../../../src/renderer/steps/report/pdf-layout';

const A4: PageSize = { width: 595.28, height: 841.89 };
const A4_LANDSCAPE: PageSize = { width: 841.89, height: 595.28 };
const pages = (n: number) => Array.from({ length: n }, () => A4);

describe('pdf preview geometry', () => {
  it('100 % is the printed size and fit width fills the widest page into the view', () => {
    expect(scaleFor(1, [A4], 1000) * A4.width).toBeCloseTo((A4.width / 72) * 96, 5);
    const fit = scaleFor('fit', [A4, A4_LANDSCAPE], 900);
    expect(A4_LANDSCAPE.width * fit).toBeCloseTo(900 - 2 * PAGE_GAP, 5);
    // A hidden viewer (no width yet) falls back to the printed size rather than zero.
    expect(scaleFor('fit', [A4], 0)).toBe(CSS_PX_PER_PT);
    // A tiny or huge viewer stays within the zoom range.
    expect(zoomFactor(scaleFor('fit', [A4], 40))).toBeCloseTo(MIN_ZOOM, 5);
    expect(zoomFactor(scaleFor('fit', [A4], 100_000))).toBeCloseTo(MAX_ZOOM, 5);
  });

  it('zoom steps go to the next step up or down and stop at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.03, 1)).toBe(1.1);
    expect(stepZoom(1.03, -1)).toBe(1);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('stacks pages with gaps, mixed orientations included', () => {
    const layout = layoutColumn([A4, A4_LANDSCAPE, A4], 1);
    expect(layout.tops).toEqual([PAGE_GAP, PAGE_GAP + 842 + PAGE_GAP, PAGE_GAP + 842 + PAGE_GAP + 595 + PAGE_GAP]);
    expect(layout.widths).toEqual([595, 842, 595]);
    expect(layout.maxWidth).toBe(842);
    expect(layout.totalHeight).toBe(layout.tops[2] + 842 + PAGE_GAP);
  });

  it('draws only the pages that overlap the view and its margin, even in a 300-page report', () => {
    const layout = layoutColumn(pages(300), 1);
    expect(pagesNear(layout, 0, 800, 0)).toEqual([0, 0]);
    expect(pagesNear(layout, 0, 900, 0)).toEqual([0, 1]);
    const middle = scrollTopFor(layout, 150);
    const [first, last] = pagesNear(layout, middle, 800, 800);
    expect(first).toBe(149);
    expect(last).toBe(151);
    expect(pagesNear(layout, layout.totalHeight - 800, 800, 800)[1]).toBe(299);
    expect(pagesNear(layoutColumn([], 1), 0, 800, 0)).toEqual([0, -1]);
  });

  it('every visible pixel row belongs to a page in the drawn range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(A4, A4_LANDSCAPE), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 1500 }),
        (sizes, scale, at, height) => {
          const layout = layoutColumn(sizes, scale);
          const top = at * Math.max(0, layout.totalHeight - height);
          const [first, last] = pagesNear(layout, top, height, 0);
          layout.tops.forEach((pageTop, i) => {
            const overlaps = pageTop < top + height && pageTop + layout.heights[i] > top;
            if (overlaps) expect(i >= first && i <= last).toBe(true);
          });
          const current = currentPageIndex(layout, top, height);
          expect(current).toBeGreaterThanOrEqual(0);
          expect(current).toBeLessThan(sizes.length);
        },
      ),
    );
  });

  it('the current page is the one under the upper third of the view, and the last one at the end', () => {
    const layout = layoutColumn(pages(10), 1);
    for (const index of [0, 3, 7]) expect(currentPageIndex(layout, scrollTopFor(layout, index), 800)).toBe(index);
    expect(currentPageIndex(layout, layout.totalHeight - 800, 800)).toBe(9);
    expect(scrollTopFor(layout, 99)).toBe(scrollTopFor(layout, 9));
    expect(scrollTopFor(layout, -1)).toBe(0);
  });

  it('canvases are sharp on dense screens but never larger than the pixel budget', () => {
    expect(canvasPixels(800, 1100, 2)).toEqual({ width: 1600, height: 2200, ratio: 2 });
    expect(canvasPixels(800, 1100, 0.5).ratio).toBe(1);
    const huge = canvasPixels(3200, 4500, 2, 16_000_000);
    expect(huge.width * huge.height).toBeLessThanOrEqual(16_000_000);
    expect(huge.ratio).toBeLessThan(2);
  });
});
