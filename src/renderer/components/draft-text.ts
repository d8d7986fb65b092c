// The typing buffer of a long text field. With a large project open, handing
// every keystroke to the project re-renders the whole window (the step, the
// sidebar's completeness, the comments index), which costs more than a frame.
// So the field shows what is typed right away and hands the text to the
// project after a short pause in typing, at the latest MAX_WAIT after the
// first held keystroke — and at once when the field loses focus, when a
// shortcut is pressed in it, when it goes away, and whenever the document
// acts on the project or is read (it flushes the pending-edits registry).
//
// The hand-over says when its first and last keystrokes were typed, so the
// undo history groups typing exactly as when every keystroke was an edit.
//
// Pure (timers are injected), so the rules are testable without a browser.

import { COALESCE_WINDOW_MS } from '../state/history';
import type { PendingEdit, PendingEdits, TypedSpan } from '../state/pending-edits';

/** Held text goes to the project after this long without a keystroke… */
export const DRAFT_PAUSE_MS = 250;
/** …and never later than this after the first held keystroke. */
export const DRAFT_MAX_WAIT_MS = Math.min(750, COALESCE_WINDOW_MS - 200);

export interface DraftTimers {
  now(): number;
  setTimeout(task: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface DraftBufferOptions {
  /** Hands the text to the project (the field's onChange), with when its keystrokes were typed. */
  commit: (text: string, typed: TypedSpan) => void;
  /** The text the field shows instead of the project's, or null to show the project's again. */
  show: (text: string | null) => void;
  registry: PendingEdits;
  timers: DraftTimers;
}

export interface DraftBuffer {
  /** A keystroke: the field shows `text` now, the project gets it later. */
  change(text: string): void;
  /** Hands any held text to the project now; does nothing when none is held. */
  flush(): void;
  /** Whether typed text is being held back from the project. */
  holding(): boolean;
}

export function createDraftBuffer({ commit, show, registry, timers }: DraftBufferOptions): DraftBuffer {
  let held: string | null = null;
  let typed: TypedSpan = { from: 0, to: 0 };
  let pauseTimer: number | null = null;
  let maxTimer: number | null = null;

  const clearTimers = () => {
    if (pauseTimer !== null) timers.clearTimeout(pauseTimer);
    if (maxTimer !== null) timers.clearTimeout(maxTimer);
    pauseTimer = null;
    maxTimer = null;
  };

  const flush = () => {
    if (held === null) return;
    const text = held;
    const span = typed;
    held = null;
    clearTimers();
    registry.remove(entry);
    // The field shows the project's text again, which now is this text: both land in one render.
    show(null);
    commit(text, span);
  };
  const entry: PendingEdit = { flush };

  return {
    change(text) {
      const now = timers.now();
      typed = held === null ? { from: now, to: now } : { from: typed.from, to: now };
      held = text;
      show(text);
      if (pauseTimer !== null) timers.clearTimeout(pauseTimer);
      pauseTimer = timers.setTimeout(flush, DRAFT_PAUSE_MS);
      maxTimer ??= timers.setTimeout(flush, DRAFT_MAX_WAIT_MS);
      // Last: a listener may flush at once (the first keystroke in a clean document marks it unsaved).
      registry.add(entry);
    },
    flush,
    holding: () => held !== null,
  };
}

/** The browser's timers. */
export function browserDraftTimers(): DraftTimers {
  return {
    now: () => Date.now(),
    setTimeout: (task, ms) => window.setTimeout(task, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
  };
}
