// The geometry of the PDF preview, kept pure so it is tested without a browser:
// where each page sits in the scrolling column at a given zoom, which pages are
// near enough to the visible area to deserve a canvas (a 300-page report must
// not paint 300 canvases), which page counts as "current", and the zoom steps.

/** A page's size in PDF points (1/72 inch). */
export interface PageSize {
  width: number;
  height: number;
}

/** "100 %" shows a page at its printed size: CSS pixels are 1/96 inch. */
export const CSS_PX_PER_PT = 96 / 72;
/** Space between pages and around the column, in CSS pixels. */
export const PAGE_GAP = 16;

export type Zoom = 'fit' | number;

export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];

/**
 * CSS pixels per PDF point for a zoom: a number is a factor of the printed size;
 * 'fit' makes the widest page fill the available width (minus the gaps).
 */
export function scaleFor(zoom: Zoom, pages: readonly PageSize[], availableWidth: number): number {
  if (zoom !== 'fit') return zoom * CSS_PX_PER_PT;
  const widest = pages.reduce((max, page) => Math.max(max, page.width), 0);
  if (widest <= 0 || availableWidth <= 2 * PAGE_GAP) return CSS_PX_PER_PT;
  const scale = (availableWidth - 2 * PAGE_GAP) / widest;
  return clamp(scale, MIN_ZOOM * CSS_PX_PER_PT, MAX_ZOOM * CSS_PX_PER_PT);
}

/** The zoom as a factor of the printed size (what "fit width" amounts to, for the +/− buttons and the label). */
export function zoomFactor(scale: number): number {
  return scale / CSS_PX_PER_PT;
}

/** The next zoom step above (direction 1) or below (-1) the current factor. */
export function stepZoom(factor: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction === 1) return ZOOM_STEPS.find((step) => step > factor + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < factor - epsilon) ?? MIN_ZOOM;
}

export interface ColumnLayout {
  /** Top of each page in the column, CSS pixels. */
  tops: number[];
  /** Height of each page, CSS pixels. */
  heights: number[];
  widths: number[];
  totalHeight: number;
  maxWidth: number;
}

export function layoutColumn(pages: readonly PageSize[], scale: number): ColumnLayout {
  const tops: number[] = [];
  const heights: number[] = [];
  const widths: number[] = [];
  let y = PAGE_GAP;
  let maxWidth = 0;
  for (const page of pages) {
    const height = Math.round(page.height * scale);
    const width = Math.round(page.width * scale);
    tops.push(y);
    heights.push(height);
    widths.push(width);
    maxWidth = Math.max(maxWidth, width);
    y += height + PAGE_GAP;
  }
  return { tops, heights, widths, totalHeight: y, maxWidth };
}

/** Index of the last page whose top is at or above y (0 when y is above the first page). */
function pageAt(layout: ColumnLayout, y: number): number {
  let low = 0;
  let high = layout.tops.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (layout.tops[mid] <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * 0-based indexes [first, last] of the pages that overlap the visible band
 * widened by `margin` pixels above and below; empty (first > last) for no pages.
 */
export function pagesNear(layout: ColumnLayout, scrollTop: number, viewportHeight: number, margin: number): [number, number] {
  const count = layout.tops.length;
  if (count === 0) return [0, -1];
  const first = pageAt(layout, Math.max(0, scrollTop - margin));
  // The page found for the top edge may end above it (we are in the gap after it).
  const start = layout.tops[first] + layout.heights[first] < scrollTop - margin && first < count - 1 ? first + 1 : first;
  const last = pageAt(layout, scrollTop + viewportHeight + margin);
  return [start, Math.max(start, last)];
}

/**
 * The page the reader is on: the one that covers the line a third of the way
 * down the visible area (so a page counts once most of the view shows it),
 * and the last page once the column is scrolled to its end.
 */
export function currentPageIndex(layout: ColumnLayout, scrollTop: number, viewportHeight: number): number {
  const count = layout.tops.length;
  if (count === 0) return 0;
  if (scrollTop + viewportHeight >= layout.totalHeight - 1 && scrollTop > 0) return count - 1;
  return pageAt(layout, scrollTop + viewportHeight / 3);
}

/** Scroll position that puts page `index` at the top of the view. */
export function scrollTopFor(layout: ColumnLayout, index: number): number {
  const at = clamp(index, 0, layout.tops.length - 1);
  return Math.max(0, (layout.tops[at] ?? PAGE_GAP) - PAGE_GAP);
}

/**
 * Canvas backing-store size for a page: sharp on high-density screens, but
 * never above `maxPixels` (browsers refuse or crawl on huge canvases at 400 %).
 */
export function canvasPixels(cssWidth: number, cssHeight: number, devicePixelRatio: number, maxPixels = 16_000_000): { width: number; height: number; ratio: number } {
  let ratio = Math.max(1, devicePixelRatio);
  const area = cssWidth * cssHeight * ratio * ratio;
  if (area > maxPixels) ratio = Math.sqrt(maxPixels / (cssWidth * cssHeight));
  return { width: Math.max(1, Math.floor(cssWidth * ratio)), height: Math.max(1, Math.floor(cssHeight * ratio)), ratio };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
