// While the user is typing, the recovery copy (a long task for a large
// project) starts right after a keystroke was painted instead of in the gap
// before the next one, and never more than RECOVERY_TYPING_WAIT_MS later than
// it would have started; when nobody is typing it is written as before.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RECOVERY_DEBOUNCE_MS,
  RECOVERY_TYPING_WAIT_MS,
  scheduleRecovery,
  type RecoveryTimers,
} from '../../../src/renderer/state/recovery-schedule';

function timers(typing: () => boolean) {
  const keystroke: { task: (() => void) | null; timeoutMs: number } = { task: null, timeoutMs: 0 };
  const result: RecoveryTimers = {
    now: () => Date.now(),
    setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
    clearTimeout: (handle) => clearTimeout(handle),
    requestIdle: (task) => setTimeout(task, 5) as unknown as number,
    cancelIdle: (handle) => clearTimeout(handle),
    typing,
    afterKeystroke: (task, timeoutMs) => {
      keystroke.timeoutMs = timeoutMs;
      const bound = setTimeout(task, timeoutMs);
      keystroke.task = () => {
        clearTimeout(bound);
        task();
      };
      return () => {
        clearTimeout(bound);
        keystroke.task = null;
      };
    },
  };
  return { result, keystroke };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('recovery copy while typing', () => {
  it('is written at the idle moment when nobody types', () => {
    const { result, keystroke } = timers(() => false);
    const write = vi.fn();
    scheduleRecovery(Date.now(), result, write);
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS + 5);
    expect(write).toHaveBeenCalledTimes(1);
    expect(keystroke.task).toBeNull();
  });

  it('waits for the next keystroke to be painted while a field holds typed text', () => {
    const { result, keystroke } = timers(() => true);
    const write = vi.fn();
    scheduleRecovery(Date.now(), result, write);
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS + 5);
    expect(write).not.toHaveBeenCalled();
    expect(keystroke.timeoutMs).toBe(RECOVERY_TYPING_WAIT_MS);
    keystroke.task?.();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('waits no longer than the bound when no keystroke comes', () => {
    const { result } = timers(() => true);
    const write = vi.fn();
    scheduleRecovery(Date.now(), result, write);
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS + 5 + RECOVERY_TYPING_WAIT_MS - 1);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('a newer edit cancels the wait, so an older project is never written after a newer one', () => {
    const { result, keystroke } = timers(() => true);
    const write = vi.fn();
    const cancel = scheduleRecovery(Date.now(), result, write);
    vi.advanceTimersByTime(RECOVERY_DEBOUNCE_MS + 5);
    cancel();
    expect(keystroke.task).toBeNull();
    vi.advanceTimersByTime(RECOVERY_TYPING_WAIT_MS * 2);
    expect(write).not.toHaveBeenCalled();
  });
});
