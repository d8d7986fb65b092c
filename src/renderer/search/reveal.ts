// Revealing one item of the project: the search palette and the checks list
// jump to an item that may be hidden — behind a closed disclosure, on another
// tab of the step, or not rendered at all in long lists that show one open item
// at a time. A jump posts a reveal request here; step editors that keep an
// "open item" subscribe with useRevealItem and open the item (or its tab) if
// it is theirs; then revealInDom waits for the element marked
// data-item-id="<id>" to appear, scrolls it into view, moves focus into it and
// marks it for a moment (data-revealed, styled in reveal.css) so the eye finds
// it. An element may name the part that should get focus with
// data-reveal-focus (a quote: its themes box, not its comment button). An item
// taller than the pane that scrolls it (an open interview) is shown from its
// top, not centred, so its toggle and title are seen. Long lists may still be
// settling their rows (and their own scrolling) when the item appears, so it
// is scrolled into view again once its place holds still.

import { useEffect, useRef } from 'react';
import { revealAlign } from '../components/virtual-rows';

export interface RevealRequest {
  /** Increases with every request, so the same item can be revealed twice. */
  seq: number;
  itemId: string;
  /** The enclosing item to open when the item itself lives inside it (a quote's interview). */
  parentId: string | null;
}

let pending: RevealRequest | null = null;
let nextSeq = 1;
const listeners = new Set<(request: RevealRequest) => void>();

/** Asks the editors to open the item; returns the request (pass it to revealInDom). */
export function requestReveal(itemId: string, parentId: string | null = null): RevealRequest {
  const request = { seq: nextSeq++, itemId, parentId };
  pending = request;
  for (const listener of [...listeners]) listener(request);
  return request;
}

/** The request still being revealed, if any (an editor mounting after the jump reads it). */
export function pendingReveal(): RevealRequest | null {
  return pending;
}

export function finishReveal(request: RevealRequest): void {
  if (pending?.seq === request.seq) pending = null;
}

/**
 * Calls handler(itemId, parentId) for every reveal request while the calling
 * editor is mounted, including one made just before it mounted (a jump to
 * another step mounts the editor after the request). The handler opens the
 * item if it belongs to this editor and ignores it otherwise.
 */
export function useRevealItem(handler: (itemId: string, parentId: string | null) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    let seen = 0;
    const listener = (request: RevealRequest) => {
      if (request.seq === seen) return;
      seen = request.seq;
      latest.current(request.itemId, request.parentId);
    };
    listeners.add(listener);
    if (pending) listener(pending);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

const FOCUSABLE = 'input:not([type="hidden"]):not(:disabled), textarea:not(:disabled), select:not(:disabled), [contenteditable="true"], button:not(:disabled), a[href]';

const byItemId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);

/** The first focusable element at or inside the element, if any. */
const focusableIn = (element: HTMLElement) => (element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE));

const TEXT_FIELD =
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not(:disabled), textarea:not(:disabled), [contenteditable="true"]';

/**
 * The part an item asks to be focused (data-reveal-focus; not one of an item
 * nested inside it): its text field, else its first focusable element.
 */
function preferredFocus(element: HTMLElement): HTMLElement | null {
  for (const part of element.querySelectorAll<HTMLElement>('[data-reveal-focus]')) {
    if (part.closest('[data-item-id]') !== element) continue;
    const target = (part.matches(TEXT_FIELD) ? part : part.querySelector<HTMLElement>(TEXT_FIELD)) ?? focusableIn(part);
    if (target) return target;
  }
  return null;
}

/**
 * Scrolls the element into the region that scrolls it so that its top is
 * seen: to the middle when it fits, else with its top at the top of the
 * region, below the region's top padding. The browser also nudges the window
 * itself when the page is a little taller than the window; when a region
 * inside the page does the scrolling, the window is put back, so the toolbar
 * stays where it was.
 */
function scrollIntoPane(element: HTMLElement): void {
  const pane = visiblePane(element);
  const margin = topMargin(pane.scroller);
  const box = element.getBoundingClientRect();
  if (revealAlign(box.height, pane.bottom - pane.top, margin) === 'start') {
    const by = box.top - (pane.top + margin);
    if (pane.scroller) pane.scroller.scrollTop += by;
    else window.scrollBy(0, by);
    return;
  }
  const page = document.scrollingElement;
  const before = page ? page.scrollTop : 0;
  element.scrollIntoView({ block: 'center' });
  if (page && page.scrollTop !== before && pane.scroller !== null) page.scrollTop = before;
}

/** Focuses an item's element: the part it names, else its disclosure toggle, else its first field, else the element itself. */
export function focusItemElement(element: HTMLElement): void {
  scrollIntoPane(element);
  const target = preferredFocus(element) ?? element.querySelector<HTMLElement>('.item-toggle') ?? focusableIn(element);
  if (target) {
    target.focus({ preventScroll: true });
    return;
  }
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/** How long a revealed element stays marked (data-revealed), in milliseconds. */
export const REVEAL_MARK_MS = 1600;
const markTimers = new WeakMap<HTMLElement, number>();

/** Marks an element as just revealed for a moment; marking it again starts the moment over. */
export function markRevealed(element: HTMLElement): void {
  const timer = markTimers.get(element);
  if (timer !== undefined) window.clearTimeout(timer);
  element.removeAttribute('data-revealed');
  void element.offsetWidth; // a new layout, so the animation starts again
  element.setAttribute('data-revealed', '');
  markTimers.set(
    element,
    window.setTimeout(() => {
      element.removeAttribute('data-revealed');
      markTimers.delete(element);
    }, REVEAL_MARK_MS),
  );
}

/** The nearest ancestor that scrolls vertically (and has something to scroll), or null for the document. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** The region that scrolls the element (null: the window) and the part of it inside the window, in viewport pixels. */
function visiblePane(element: HTMLElement): { scroller: HTMLElement | null; top: number; bottom: number } {
  const scroller = scrollingAncestor(element);
  const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  return { scroller, top: Math.max(view.top, 0), bottom: Math.min(view.bottom, window.innerHeight) };
}

/** A scrolling region's own top margin (its top padding); the window has none. */
function topMargin(scroller: HTMLElement | null): number {
  const padding = scroller ? Number.parseFloat(getComputedStyle(scroller).paddingTop) : 0;
  return Number.isFinite(padding) ? padding : 0;
}

/** Whether the element is wholly inside the visible part of its scroller (one too tall for that part: whether its top is). */
function isInView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const { scroller, top, bottom } = visiblePane(element);
  if (revealAlign(box.height, bottom - top, topMargin(scroller)) === 'start') return box.top >= top - 1 && box.top < bottom;
  return box.top >= top - 1 && box.bottom <= bottom + 1;
}

/**
 * Keeps a revealed element in view while the page settles around it: a long
 * list may still be measuring its rows or finishing its own scroll to the
 * row that holds the element. Once the element has kept its place for a few
 * frames it is scrolled into view again if it is outside the view. Stops
 * after ~1.5 s, when it is in view and still, when a newer jump starts or
 * when focus has left it.
 */
function keepInView(element: HTMLElement, request: RevealRequest): void {
  let frames = 0;
  let still = 0;
  let lastTop = Number.NaN;
  const tick = () => {
    frames += 1;
    if (frames > 90 || !element.isConnected) return;
    if (pending && pending.seq !== request.seq) return;
    const active = document.activeElement;
    if (active && active !== document.body && !element.contains(active)) return;
    const top = element.getBoundingClientRect().top;
    still = Math.abs(top - lastTop) < 1 ? still + 1 : 0;
    lastTop = top;
    if (still >= 4) {
      if (isInView(element)) return;
      scrollIntoPane(element);
      still = 0;
    }
    window.requestAnimationFrame(tick);
  };
  window.requestAnimationFrame(tick);
}

/** Focuses a found element, marks it and keeps it in view while the page settles. */
function showFound(element: HTMLElement, request: RevealRequest): void {
  focusItemElement(element);
  markRevealed(element);
  keepInView(element, request);
}

/**
 * Waits (a frame at a time, at most ~1 s) for the item or, failing that, its
 * parent to be rendered inside root, then scrolls to it, focuses it and marks
 * it. Resolves with what got focus: 'item', 'parent' or null.
 */
export function revealInDom(root: () => ParentNode | null, request: RevealRequest): Promise<'item' | 'parent' | null> {
  return new Promise((resolve) => {
    let frames = 0;
    let parentSeenAt = -1;
    const done = (result: 'item' | 'parent' | null) => {
      finishReveal(request);
      resolve(result);
    };
    const tick = () => {
      frames += 1;
      if (pending && pending.seq !== request.seq) return resolve(null); // a newer jump took over
      const scope = root();
      const item = scope ? byItemId(scope, request.itemId) : null;
      if (item) {
        showFound(item, request);
        return done('item');
      }
      const parent = scope && request.parentId ? byItemId(scope, request.parentId) : null;
      if (parent && parentSeenAt === -1) parentSeenAt = frames;
      // Give an item inside its parent a few frames to appear, then settle for the parent.
      if (parent && frames - parentSeenAt >= 6) {
        showFound(parent, request);
        return done('parent');
      }
      if (frames >= 60) {
        if (parent) {
          showFound(parent, request);
          return done('parent');
        }
        return done(null);
      }
      window.requestAnimationFrame(tick);
    };
    window.requestAnimationFrame(tick);
  });
}
