// Pagination: slices are stacked onto pages top to bottom. When a slice does
// not fit, the page ends at the latest earlier slice that may be followed by
// a break (headings, first and second-to-last lines, captions keep with what
// follows); when a whole page is one chain of kept slices, the chain breaks
// where it must. Space before a slice is dropped at the top of a page, and a
// page that starts inside a table first repeats the table's header rows.
// Each page is filled once and each backtrack only looks at the current page,
// so the work is linear in the number of slices.

import { moveItem, shiftItem, type Slice } from './slices';
import type { LaidOutHeading, PageFrame, PageGeometry, PageItem } from './types';
import { textHeightOf } from './types';

const EPS = 1e-6;

interface Placed {
  slice: Slice;
  y: number;
  /** A repeated table header: its anchors and comment markers are left out. */
  repeated: boolean;
}

export interface Paginated {
  pages: PageFrame[];
  headings: LaidOutHeading[];
}

export function paginate(slices: readonly Slice[], geometry: PageGeometry): Paginated {
  const pages: PageFrame[] = [];
  const headings: LaidOutHeading[] = [];
  // A slice is placed once, so its items can be moved to their place rather than copied; table
  // header rows are placed again on every page a table continues on, so theirs are copied.
  const repeatable = new Set<Slice>();
  for (const slice of slices) if (slice.repeat) for (const header of slice.repeat) repeatable.add(header);
  const top = geometry.marginTop;
  const bottom = top + textHeightOf(geometry);
  let start = 0;
  while (start < slices.length) {
    const placed: Placed[] = [];
    let y = top;
    let previous: Slice | null = null;
    const put = (slice: Slice, repeated: boolean) => {
      const gap = previous ? Math.max(previous.spaceAfter, slice.spaceBefore) : 0;
      placed.push({ slice, y: y + gap, repeated });
      y += gap + slice.height;
      previous = slice;
    };
    const first = slices[start];
    if (first.repeat && first.repeat.length > 0) for (const header of first.repeat) put(header, true);
    const repeatedCount = placed.length;

    let end = start;
    while (end < slices.length) {
      const slice = slices[end];
      if (end > start && slice.breakBefore) break;
      const gap: number = previous ? Math.max((previous as Slice).spaceAfter, slice.spaceBefore) : 0;
      if (end > start && y + gap + slice.height > bottom + EPS) {
        // Back up to the latest slice after which the page may break.
        let last = end - 1;
        while (last >= start && slices[last].keepWithNext) last -= 1;
        if (last >= start) {
          placed.length = repeatedCount + (last - start + 1);
          end = last + 1;
        }
        break;
      }
      put(slice, false);
      end += 1;
      if (slice.breakAfter) break;
    }

    const index = pages.length;
    const items: PageItem[] = [];
    for (const { slice, y: sliceTop, repeated } of placed) {
      const copy = repeated || repeatable.has(slice);
      for (const item of slice.items) {
        if (repeated && (item.kind === 'anchor' || item.kind === 'comment')) continue;
        items.push(copy ? shiftItem(item, sliceTop) : moveItem(item, sliceTop));
      }
      if (slice.heading && !repeated) headings.push({ ...slice.heading, pageIndex: index, y: sliceTop });
    }
    pages.push({ role: 'body', items });
    start = end;
  }
  return { pages, headings };
}
