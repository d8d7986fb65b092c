// When the recovery copy is written. Writing it serialises the whole project
// on the renderer's main thread, which for a large project takes longer than a
// frame: so it waits for a pause in typing (or, while typing goes on, for a
// maximum wait) and then for an idle moment, so it never lands in the middle of
// handling a keystroke. The idle wait is bounded too, counted from the maximum
// wait, so a stream of edits can never postpone the copy indefinitely.
// While the user is typing in a field (it holds typed text), an idle moment is
// just the gap before the next keystroke, and the write would delay that
// keystroke: so it then starts right after the next keystroke has been
// painted, which leaves it the whole gap, or after a short bound.

import { pendingEdits } from './pending-edits';

/** A recovery copy is written this long after the last edit… */
export const RECOVERY_DEBOUNCE_MS = 1000;
/** …but never later than this after the first unsaved edit, even while typing goes on… */
export const RECOVERY_MAX_WAIT_MS = 5000;
/** …plus, at most, this wait for the browser to be idle… */
export const RECOVERY_IDLE_TIMEOUT_MS = 1000;
/** …plus, while the user is typing, at most this wait for the next keystroke to be painted. */
export const RECOVERY_TYPING_WAIT_MS = 300;

export interface RecoveryTimers {
  now(): number;
  setTimeout(task: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  /** Runs `task` when idle, at the latest after `timeoutMs`; absent: a zero timeout stands in. */
  requestIdle?: (task: () => void, timeoutMs: number) => number;
  cancelIdle?: (handle: number) => void;
  /** Whether the user is typing right now (a field holds typed text). */
  typing?: () => boolean;
  /** Runs `task` right after the next keystroke was handled and painted, at the latest after `timeoutMs`; returns the cancel function. */
  afterKeystroke?: (task: () => void, timeoutMs: number) => () => void;
}

/**
 * Schedules the write after an edit; `firstPending` is when the oldest unwritten edit happened.
 * Returns the cancel function (a newer edit cancels and schedules again).
 */
export function scheduleRecovery(firstPending: number, timers: RecoveryTimers, write: () => void): () => void {
  const delay = Math.max(0, Math.min(RECOVERY_DEBOUNCE_MS, firstPending + RECOVERY_MAX_WAIT_MS - timers.now()));
  let cancelIdle: (() => void) | null = null;
  const timer = timers.setTimeout(() => {
    const idleTimeout = Math.max(1, Math.min(RECOVERY_IDLE_TIMEOUT_MS, firstPending + RECOVERY_MAX_WAIT_MS + RECOVERY_IDLE_TIMEOUT_MS - timers.now()));
    const done = () => {
      cancelIdle = null;
      if (timers.typing?.() && timers.afterKeystroke) {
        cancelIdle = timers.afterKeystroke(() => {
          cancelIdle = null;
          write();
        }, RECOVERY_TYPING_WAIT_MS);
        return;
      }
      write();
    };
    if (timers.requestIdle && timers.cancelIdle) {
      const { cancelIdle: cancel } = timers;
      const handle = timers.requestIdle(done, idleTimeout);
      cancelIdle = () => cancel(handle);
    } else {
      const handle = timers.setTimeout(done, 0);
      cancelIdle = () => timers.clearTimeout(handle);
    }
  }, delay);
  return () => {
    timers.clearTimeout(timer);
    cancelIdle?.();
  };
}

/** The browser's timers, idle callbacks included where the browser has them. */
export function browserTimers(): RecoveryTimers {
  const idle = typeof window.requestIdleCallback === 'function';
  return {
    typing: () => pendingEdits.size > 0,
    afterKeystroke: afterNextKeystrokePainted,
    now: () => Date.now(),
    setTimeout: (task, ms) => window.setTimeout(task, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
    requestIdle: idle ? (task, timeoutMs) => window.requestIdleCallback(task, { timeout: timeoutMs }) : undefined,
    cancelIdle: idle ? (handle) => window.cancelIdleCallback(handle) : undefined,
  };
}

/** Runs `task` once the next input event was handled and its frame painted, or after `timeoutMs`. */
function afterNextKeystrokePainted(task: () => void, timeoutMs: number): () => void {
  let frame = 0;
  let posted = 0;
  let timer = 0;
  const cancel = () => {
    document.removeEventListener('input', onInput, true);
    window.clearTimeout(timer);
    window.cancelAnimationFrame(frame);
    window.clearTimeout(posted);
  };
  const run = () => {
    cancel();
    task();
  };
  // The frame that shows the keystroke runs the animation-frame callbacks, then paints; a task posted from there runs after the paint.
  const onInput = () => {
    window.clearTimeout(timer);
    frame = window.requestAnimationFrame(() => {
      posted = window.setTimeout(run, 0);
    });
  };
  document.addEventListener('input', onInput, { capture: true, once: true });
  timer = window.setTimeout(run, timeoutMs);
  return cancel;
}
