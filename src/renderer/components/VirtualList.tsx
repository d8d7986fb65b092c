// A list that renders only the rows near the visible part of the page once it
// grows long (hundreds of sources, findings or interviews), so opening a step
// does not paint every row. Short lists render every row, exactly as before.
//
// The list keeps its own markup: the caller renders each <li> and spreads the
// row props onto it (position, measuring, aria-setsize/aria-posinset, so a
// screen reader still hears "12 of 400"). Rows are measured as they render, so
// an opened row may be any height. A row that holds keyboard focus, rows the
// caller asks to keep (an open item, one just added) and an item a search jump
// asks for stay rendered even when scrolled far away, so lookups by
// data-item-id keep working. A jump to a row's own item also scrolls the list
// to it once the row's real height is known: centred when it fits in the
// pane, else with its top at the top of the pane, so an open item taller than
// the pane shows its toggle and title, not its middle. A jump to a part inside
// a row (a quote in an interview) leaves the scrolling to the reveal, which
// brings that part into view; scrolling the whole row first would only move
// the part away again.

import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type JSX,
  type ReactNode,
  type Ref,
} from 'react';
import { useRevealItem } from '../search/reveal';
import { keptIndexes, revealAlign, revealRow, withKeptRows } from './virtual-rows';

/** Below this many items every row is rendered. */
export const virtualThreshold = 40;

export interface VirtualRowProps {
  'data-index': number;
  ref?: (element: HTMLElement | null) => void;
  style?: CSSProperties;
  'aria-setsize'?: number;
  'aria-posinset'?: number;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** Renders one row: an <li> that receives the row props. */
  renderRow: (item: T, index: number, row: VirtualRowProps) => ReactNode;
  as?: 'ol' | 'ul';
  className?: string;
  'aria-label'?: string;
  listRef?: Ref<HTMLElement>;
  /** Keys of rows that stay rendered wherever the list is scrolled (null entries are ignored). */
  keepKeys?: readonly (string | null | undefined)[];
  /** A first guess of a closed row's height in pixels. */
  estimateSize?: number;
  threshold?: number;
}

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** The pane's own top margin (its top padding), which a row aligned to the top stays below. */
function topMarginOf(scroller: HTMLElement): number {
  const padding = Number.parseFloat(getComputedStyle(scroller).paddingTop);
  return Number.isFinite(padding) ? padding : 0;
}

/** Frames after a jump during which a revealed row that grows past the pane is aligned to the top instead. */
const REVEAL_SETTLE_FRAMES = 30;

/** Where the list starts inside the scrolling content, in pixels. */
function offsetIn(list: HTMLElement, scroller: HTMLElement): number {
  return Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}

export function VirtualList<T>(props: VirtualListProps<T>): JSX.Element {
  const { items, getKey, renderRow } = props;
  const virtual = items.length >= (props.threshold ?? virtualThreshold);
  const ownRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const [topMargin, setTopMargin] = useState(0);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // The last jump's item and its parent: kept even while a filter still hides them.
  const [reveal, setReveal] = useState<readonly (string | null)[]>([]);

  const setRefs = useCallback(
    (element: (HTMLOListElement & HTMLUListElement) | null) => {
      ownRef.current = element;
      const target = props.listRef;
      if (typeof target === 'function') target(element);
      else if (target) target.current = element;
    },
    [props.listRef],
  );

  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  const indexOf = useMemo(() => new Map(keys.map((key, index) => [key, index])), [keys]);

  // A jump to one of these items (or to something inside one): render it and scroll to it.
  useRevealItem((itemId, parentId) => setReveal([itemId, parentId]));

  const kept = useMemo(() => {
    return keptIndexes(indexOf, [...(props.keepKeys ?? []), focusedKey, ...reveal]);
  }, [props.keepKeys, focusedKey, reveal, indexOf]);

  const rangeExtractor = useCallback(
    (range: Range) => withKeptRows(defaultRangeExtractor(range), kept),
    [kept],
  );

  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => props.estimateSize ?? 48,
    getItemKey: (index) => keys[index] ?? index,
    overscan: 8,
    scrollMargin: margin,
    scrollPaddingStart: topMargin,
    rangeExtractor,
    enabled: virtual,
  });

  // Find the scrolling ancestor and where the list sits in it before the first paint.
  useLayoutEffect(() => {
    const list = ownRef.current;
    if (!virtual || !list) return;
    const parent = scrollParent(list);
    setScroller(parent);
    setMargin(offsetIn(list, parent));
    setTopMargin(topMarginOf(parent));
  }, [virtual]);

  // Content above the list may grow or shrink (an item opened in another list): follow it.
  useEffect(() => {
    const list = ownRef.current;
    if (!virtual || !list || !scroller) return;
    const update = () => setMargin(offsetIn(list, scroller));
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(scroller.firstElementChild ?? scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [virtual, scroller]);

  const target = revealRow(indexOf, reveal[0] ?? null, reveal[1] ?? null);
  const revealIndex = target?.itself ? target.index : undefined;
  // Scroll once per jump to a row's own item (not again when the list is later reordered).
  const scrolledFor = useRef<readonly (string | null)[] | null>(null);
  useEffect(() => {
    if (!virtual || revealIndex === undefined || !scroller || scrolledFor.current === reveal) return;
    scrolledFor.current = reveal;
    const list = ownRef.current;
    // The row's real height once it is rendered (it is kept, so it is), else what the list knows of it.
    const rowHeight = () => {
      const row = list?.querySelector<HTMLElement>(`:scope > [data-index="${revealIndex}"]`);
      return row ? row.getBoundingClientRect().height : (virtualizer.measurementsCache[revealIndex]?.size ?? 0);
    };
    const alignNow = () => revealAlign(rowHeight(), scroller.clientHeight, topMarginOf(scroller));
    const align = alignNow();
    virtualizer.scrollToIndex(revealIndex, { align });
    if (align === 'start') return;
    // The virtualizer keeps the row centred while rows are measured. Should the row still grow
    // past the pane (its content opening a moment later), align its top instead, once.
    let frames = 0;
    let handle = 0;
    const watch = () => {
      frames += 1;
      if (alignNow() === 'start') virtualizer.scrollToIndex(revealIndex, { align: 'start' });
      else if (frames < REVEAL_SETTLE_FRAMES) handle = window.requestAnimationFrame(watch);
    };
    handle = window.requestAnimationFrame(watch);
    return () => window.cancelAnimationFrame(handle);
  }, [virtual, revealIndex, reveal, scroller, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row && row.parentElement === ownRef.current ? Number(row.dataset['index']) : NaN;
    const key = keys[index];
    if (key !== undefined && key !== focusedKey) setFocusedKey(key);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !ownRef.current?.contains(next)) setFocusedKey(null);
  };

  // The same row props object while a row's place is unchanged, so memoised rows skip rendering.
  const rowCache = useRef(new Map<number, VirtualRowProps>());
  const rowProps = (index: number, start: number | null): VirtualRowProps => {
    const cached = rowCache.current.get(index);
    const transform = start === null ? undefined : `translateY(${start}px)`;
    if (cached && cached.style?.transform === transform && cached['aria-setsize'] === (start === null ? undefined : items.length)) return cached;
    const next: VirtualRowProps =
      start === null
        ? { 'data-index': index }
        : {
            'data-index': index,
            ref: virtualizer.measureElement,
            'aria-setsize': items.length,
            'aria-posinset': index + 1,
            style: { position: 'absolute', top: 0, left: 0, width: '100%', boxSizing: 'border-box', transform },
          };
    rowCache.current.set(index, next);
    return next;
  };

  const Tag = props.as ?? 'ol';
  if (!virtual) {
    return (
      <Tag ref={setRefs} className={props.className} aria-label={props['aria-label']}>
        {items.map((item, index) => renderRow(item, index, rowProps(index, null)))}
      </Tag>
    );
  }
  const rows = virtualizer.getVirtualItems();
  return (
    <Tag
      ref={setRefs}
      className={props.className}
      aria-label={props['aria-label']}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return renderRow(item, row.index, rowProps(row.index, row.start - virtualizer.options.scrollMargin));
      })}
    </Tag>
  );
}
