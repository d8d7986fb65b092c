// The unit between block layout and pagination: a slice is a horizontal strip
// of a block that is never split across pages (one line of a paragraph, a
// heading, a figure with its caption, a band of a table row). Blocks express
// their pagination wishes on the slices (keep with the next one, start a new
// page, repeat a table header); the paginator only stacks slices onto pages.

import type { PageItem } from './types';

export interface SliceHeading {
  level: 1 | 2 | 3;
  text: string;
  anchor: string;
}

export interface Slice {
  height: number;
  /** Space above; collapses with the previous slice's spaceAfter and is dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  /** Positioned items; x is absolute on the page, y values are relative to the slice's top. */
  items: PageItem[];
  /** The page may not break between this slice and the next. */
  keepWithNext: boolean;
  /** This slice starts a new page (a chapter, an explicit page break). */
  breakBefore?: boolean;
  /** The next slice starts a new page (an explicit page break after this block). */
  breakAfter?: boolean;
  /** Slices (a table's header rows) to set again at the top of a page that starts with this slice. */
  repeat?: Slice[];
  /** How many text lines this slice counts as for "keep a heading with two lines"; absent means enough on its own. */
  lines?: number;
  /** Set on a heading's slice: what the table of contents and the outline need. */
  heading?: SliceHeading;
}

/** The horizontal space a block is laid out in. */
export interface Column {
  x: number;
  width: number;
}

/** The item moved down by dy (and right by dx). */
export function shiftItem(item: PageItem, dy: number, dx = 0): PageItem {
  switch (item.kind) {
    case 'text':
      return { ...item, x: item.x + dx, baseline: item.baseline + dy };
    case 'line':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'anchor':
      return { ...item, y: item.y + dy };
    default:
      return { ...item, x: item.x + dx, y: item.y + dy };
  }
}

/**
 * The item itself moved down by dy, for an item placed once and never read at its old place
 * again: as shiftItem(item, dy) gives, without a copy (a long report has tens of thousands).
 */
export function moveItem(item: PageItem, dy: number): PageItem {
  switch (item.kind) {
    case 'text':
      item.baseline += dy;
      break;
    case 'line':
      item.y1 += dy;
      item.y2 += dy;
      break;
    default:
      item.y += dy;
  }
  return item;
}

/** One slice made of several stacked slices (their own spacing kept), e.g. a figure and its caption; the parts' items are moved into it. */
export function mergeSlices(parts: Slice[]): Slice | null {
  if (parts.length === 0) return null;
  const items: PageItem[] = [];
  let y = 0;
  parts.forEach((part, index) => {
    if (index > 0) y += Math.max(parts[index - 1].spaceAfter, part.spaceBefore);
    // The parts are used up by the merge: their items move rather than being copied.
    for (const item of part.items) items.push(moveItem(item, y));
    y += part.height;
  });
  return {
    height: y,
    spaceBefore: parts[0].spaceBefore,
    spaceAfter: parts[parts.length - 1].spaceAfter,
    items,
    keepWithNext: parts[parts.length - 1].keepWithNext,
    lines: parts.reduce((sum, part) => sum + (part.lines ?? 2), 0),
  };
}

/**
 * Widows and orphans for a run of line slices: the first line keeps with the
 * second, the one before last with the last, so a page never shows a single
 * line of the run at its bottom or top (2 and 3 lines thus move whole).
 */
export function keepLinesTogether(lines: Slice[]): void {
  const n = lines.length;
  for (let index = 0; index < n; index += 1) lines[index].keepWithNext = n > 1 && (index === 0 || index >= n - 2) && index < n - 1;
}

/**
 * Lines that should stay together (a heading, a caption) as one slice — unless
 * they are taller than a third of a page (absurdly long text): then they stay
 * separate lines under the widow and orphan rule, so they can never run off a page.
 */
export function keepTogether(lines: Slice[], textHeight: number): Slice[] {
  const height = lines.reduce((sum, line) => sum + line.height, 0);
  if (height > textHeight / 3) {
    keepLinesTogether(lines);
    return lines;
  }
  const merged = mergeSlices(lines);
  return merged ? [merged] : [];
}
