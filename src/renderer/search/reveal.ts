// Revealing one item of the project: the search palette and the checks list
// jump to an item that may be hidden — behind a closed disclosure, on another
// tab of the step, or not rendered at all in long lists that show one open item
// at a time. A jump posts a reveal request here; step editors that keep an
// "open item" subscribe with useRevealItem and open the item (or its tab) if
// it is theirs; then revealInDom waits for the element marked
// data-item-id="<id>" to appear, scrolls it into view and moves focus into it.

import { useEffect, useRef } from 'react';

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

/** Focuses an item's element: its disclosure toggle, else its first field, else the element itself. */
export function focusItemElement(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  const target =
    element.querySelector<HTMLElement>('.item-toggle') ??
    (element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE));
  if (target) {
    target.focus({ preventScroll: true });
    return;
  }
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * Waits (a frame at a time, at most ~1 s) for the item or, failing that, its
 * parent to be rendered inside root, then scrolls to it and focuses it.
 * Resolves with what got focus: 'item', 'parent' or null.
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
        focusItemElement(item);
        return done('item');
      }
      const parent = scope && request.parentId ? byItemId(scope, request.parentId) : null;
      if (parent && parentSeenAt === -1) parentSeenAt = frames;
      // Give an item inside its parent a few frames to appear, then settle for the parent.
      if (parent && frames - parentSeenAt >= 6) {
        focusItemElement(parent);
        return done('parent');
      }
      if (frames >= 60) {
        if (parent) {
          focusItemElement(parent);
          return done('parent');
        }
        return done(null);
      }
      window.requestAnimationFrame(tick);
    };
    window.requestAnimationFrame(tick);
  });
}
