// The registry of held-back typing: a flush hands every held text over once,
// in the order the fields started holding it, also when a flush starts another
// flush (a field's commit is an edit, and every edit flushes the registry).

import { describe, expect, it } from 'vitest';
import { createPendingEdits, type PendingEdit } from '../../../src/renderer/state/pending-edits';

describe('pending edits', () => {
  it('flushes every held edit once, in the order they started', () => {
    const registry = createPendingEdits();
    const log: string[] = [];
    const a: PendingEdit = { flush: () => log.push('a') };
    const b: PendingEdit = { flush: () => log.push('b') };
    registry.add(b);
    registry.add(a);
    registry.add(b);
    expect(registry.size).toBe(2);
    registry.flush();
    expect(log).toEqual(['b', 'a']);
    expect(registry.size).toBe(0);
    registry.flush();
    expect(log).toEqual(['b', 'a']);
  });

  it('a flush started from inside a flush runs nothing twice', () => {
    const registry = createPendingEdits();
    const log: string[] = [];
    const a: PendingEdit = {
      flush: () => {
        log.push('a');
        // The field's commit is an edit, and the document flushes before every edit.
        registry.flush();
      },
    };
    const b: PendingEdit = { flush: () => log.push('b') };
    registry.add(a);
    registry.add(b);
    registry.flush();
    expect(log).toEqual(['a', 'b']);
  });

  it('a removed edit is not flushed', () => {
    const registry = createPendingEdits();
    const log: string[] = [];
    const a: PendingEdit = { flush: () => log.push('a') };
    registry.add(a);
    expect(registry.has(a)).toBe(true);
    registry.remove(a);
    expect(registry.has(a)).toBe(false);
    registry.flush();
    expect(log).toEqual([]);
  });

  it('tells its listeners when a field starts holding text, until they unsubscribe', () => {
    const registry = createPendingEdits();
    let calls = 0;
    const stop = registry.onPending(() => {
      calls += 1;
    });
    const a: PendingEdit = { flush: () => undefined };
    registry.add(a);
    registry.add(a);
    expect(calls).toBe(1);
    registry.remove(a);
    stop();
    registry.add(a);
    expect(calls).toBe(1);
  });
});
