import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../src/shared/model/project';
import type { Project } from '../../../src/shared/model/project';
import {
  COALESCE_MAX_MS,
  HISTORY_LIMIT,
  emptyHistory,
  recordEdit,
  redo,
  undo,
} from '../../../src/renderer/state/history';

const base = createEmptyProject('nl', new Date('2026-01-01T00:00:00Z'));
const titled = (title: string): Project => ({ ...base, assignment: { ...base.assignment, title } });

describe('history', () => {
  it('undo returns the snapshot before the edit and redo the one after', () => {
    const a = titled('A');
    const b = titled('B');
    const h = recordEdit(emptyHistory(), a, 'Titel', 0);
    const undone = undo(h, b);
    expect(undone?.project).toBe(a);
    const redone = redo(undone!.history, a);
    expect(redone?.project).toBe(b);
    expect(redone?.history.future).toHaveLength(0);
  });

  it('nothing to undo or redo gives null', () => {
    expect(undo(emptyHistory(), base)).toBeNull();
    expect(redo(emptyHistory(), base)).toBeNull();
  });

  it('coalesces edits with the same label within the window into one step', () => {
    let h = emptyHistory();
    h = recordEdit(h, titled(''), 'Titel', 0);
    h = recordEdit(h, titled('a'), 'Titel', 400);
    h = recordEdit(h, titled('ab'), 'Titel', 900);
    expect(h.past).toHaveLength(1);
    expect(h.past[0].project.assignment.title).toBe('');
  });

  it('starts a new step after a pause, for a different label, or when the group grows too old', () => {
    let h = recordEdit(emptyHistory(), titled(''), 'Titel', 0);
    h = recordEdit(h, titled('a'), 'Titel', 2500);
    expect(h.past).toHaveLength(2);
    h = recordEdit(h, titled('ab'), 'Ondertitel', 2600);
    expect(h.past).toHaveLength(3);
    let t = 2600;
    let g = h;
    while (t < 2600 + COALESCE_MAX_MS + 1000) {
      t += 500;
      g = recordEdit(g, titled(String(t)), 'Ondertitel', t);
    }
    expect(g.past.length).toBeGreaterThan(3);
  });

  it('an undo ends coalescing: the next edit is its own step and clears redo', () => {
    let h = recordEdit(emptyHistory(), titled(''), 'Titel', 0);
    const u = undo(h, titled('x'))!;
    h = recordEdit(u.history, titled(''), 'Titel', 100);
    expect(h.past).toHaveLength(1);
    expect(h.future).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let h = emptyHistory();
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) h = recordEdit(h, titled(`v${i}`), `edit ${i}`, i * 5000);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0].project.assignment.title).toBe('v25');
  });
});
