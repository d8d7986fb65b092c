// The recovery copy waits for a pause in typing and an idle moment, but never
// so long that unsaved work goes unprotected: within the maximum wait plus the
// idle bound while typing goes on, and soon after the last edit.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RECOVERY_DEBOUNCE_MS,
  RECOVERY_IDLE_TIMEOUT_MS,
  RECOVERY_MAX_WAIT_MS,
  scheduleRecovery,
  type RecoveryTimers,
} from '../../../src/renderer/state/recovery-schedule';

/** Fake timers; `neverIdle` makes idle callbacks run only at their timeout (a page that is always busy). */
function fakeTimers(options: { neverIdle: boolean; idleAfterMs?: number }): RecoveryTimers & { idleRequests: number[] } {
  const idleRequests: number[] = [];
  return {
    idleRequests,
    now: () => Date.now(),
    setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
    clearTimeout: (handle) => clearTimeout(handle),
    requestIdle: (task, timeoutMs) => {
      idleRequests.push(timeoutMs);
      return setTimeout(task, options.neverIdle ? timeoutMs : Math.min(timeoutMs, options.idleAfterMs ?? 5)) as unknown as number;
    },
    cancelIdle: (handle) => clearTimeout(handle),
  };
}

/** Like useRecoveryAutosave: every edit cancels the pending schedule and schedules again. */
function editor(timers: RecoveryTimers) {
  const writes: number[] = [];
  let firstPending: number | null = null;
  let cancel: (() => void) | null = null;
  return {
    writes,
    edit() {
      cancel?.();
      firstPending ??= Date.now();
      cancel = scheduleRecovery(firstPending, timers, () => {
        firstPending = null;
        cancel = null;
        writes.push(Date.now());
      });
    },
    close() {
      cancel?.();
    },
  };
}

describe('recovery schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, a debounce after the last edit, when the page is idle', () => {
    const timers = fakeTimers({ neverIdle: false });
    const doc = editor(timers);
    doc.edit();
    vi.advanceTimersByTime(400);
    doc.edit();
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS - 1);
    expect(doc.writes).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(doc.writes).toEqual([1_000_000 + 400 + RECOVERY_DEBOUNCE_MS + 5]);
    vi.advanceTimersByTime(20_000);
    expect(doc.writes).toHaveLength(1);
  });

  it('keeps writing during non-stop typing on a page that is never idle', () => {
    const timers = fakeTimers({ neverIdle: true });
    const doc = editor(timers);
    const start = Date.now();
    // A keystroke every 100 ms for 20 s: the debounce alone would never fire.
    for (let i = 0; i < 200; i += 1) {
      doc.edit();
      vi.advanceTimersByTime(100);
    }
    const bound = RECOVERY_MAX_WAIT_MS + RECOVERY_IDLE_TIMEOUT_MS;
    expect(doc.writes.length).toBeGreaterThanOrEqual(3);
    expect(doc.writes[0]! - start).toBeLessThanOrEqual(bound);
    for (let i = 1; i < doc.writes.length; i += 1) expect(doc.writes[i]! - doc.writes[i - 1]!).toBeLessThanOrEqual(bound + 100);
    // The last edits are written too, soon after typing stops.
    const lastEdit = Date.now() - 100;
    vi.advanceTimersByTime(bound);
    expect(doc.writes.at(-1)!).toBeGreaterThan(lastEdit);
    expect(doc.writes.at(-1)! - lastEdit).toBeLessThanOrEqual(RECOVERY_DEBOUNCE_MS + RECOVERY_IDLE_TIMEOUT_MS);
    expect(timers.idleRequests.every((ms) => ms >= 1 && ms <= RECOVERY_IDLE_TIMEOUT_MS)).toBe(true);
  });

  it('writes nothing once cancelled (the document was saved or closed)', () => {
    const doc = editor(fakeTimers({ neverIdle: true }));
    doc.edit();
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS + 10);
    doc.close();
    vi.advanceTimersByTime(60_000);
    expect(doc.writes).toEqual([]);
  });

  it('falls back to a plain timer where the browser has no idle callbacks', () => {
    const { requestIdle: _r, cancelIdle: _c, ...plain } = fakeTimers({ neverIdle: true });
    const doc = editor(plain);
    doc.edit();
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS - 1);
    expect(doc.writes).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(doc.writes).toHaveLength(1);
    expect(doc.writes[0]! - (1_000_000 + RECOVERY_DEBOUNCE_MS)).toBeLessThanOrEqual(1);
  });
});
