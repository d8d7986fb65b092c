// The typing buffer of a long text field against the slow path it replaces
// (every keystroke an edit of the project): the field always shows the same
// text, every action on the document (undo, save, …) sees every typed
// character, the first keystroke in an unchanged document marks it unsaved at
// once, and held text reaches the project after a pause, at the latest after
// the maximum wait.

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import {
  DRAFT_MAX_WAIT_MS,
  DRAFT_PAUSE_MS,
  createDraftBuffer,
  type DraftTimers,
} from '../../../src/renderer/components/draft-text';
import { documentReducer, isDirty, type DocumentAction, type DocumentState } from '../../../src/renderer/state/document-reducer';
import { COALESCE_WINDOW_MS } from '../../../src/renderer/state/history';
import { createPendingEdits } from '../../../src/renderer/state/pending-edits';

const LABEL = 'assignment.title';
const setTitle = (title: string) => (p: Project): Project => ({ ...p, assignment: { ...p.assignment, title } });
const timers: DraftTimers = {
  now: () => Date.now(),
  setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
  clearTimeout: (handle) => clearTimeout(handle),
};

function opened(): DocumentState {
  const project = createEmptyProject('nl', new Date('2026-01-01T00:00:00Z'));
  const doc = {
    docId: 'doc-1',
    path: '/x/p.drijfveer',
    fileName: 'p.drijfveer',
    readOnly: null,
    migratedFrom: null,
    fileFormatVersion: 2,
  } as unknown as DocumentState['doc'];
  return documentReducer(null, { type: 'opened', opened: { doc, project } as never })!;
}

/** The slow path: every keystroke is an edit. */
function slowDocument() {
  let state = opened();
  return {
    shown: () => state.project.assignment.title,
    type: (text: string) => {
      state = documentReducer(state, { type: 'edit', recipe: setTitle(text), label: LABEL, at: Date.now() })!;
    },
    act: (action: DocumentAction) => {
      state = documentReducer(state, action)!;
    },
    state: () => state,
  };
}

/** The fast path: the field holds its text, the document flushes before acting (as use-document.ts does). */
function fastDocument() {
  let state = opened();
  const registry = createPendingEdits();
  let held: string | null = null;
  let commits = 0;
  const dispatch = (action: DocumentAction) => {
    registry.flush();
    state = documentReducer(state, action)!;
  };
  registry.onPending(() => {
    if (!isDirty(state)) registry.flush();
  });
  const buffer = createDraftBuffer({
    commit: (text, typed) => {
      commits += 1;
      dispatch({ type: 'edit', recipe: setTitle(text), label: LABEL, at: typed.to, typedFrom: typed.from });
    },
    show: (text) => {
      held = text;
    },
    registry,
    timers,
  });
  return {
    shown: () => held ?? state.project.assignment.title,
    type: (text: string) => buffer.change(text),
    act: dispatch,
    /** What `current()` returns. */
    state: () => {
      registry.flush();
      return state;
    },
    /** The state without flushing (what the rest of the window renders). */
    peek: () => state,
    published: () => state.project.assignment.title,
    commits: () => commits,
    buffer,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('draft text buffer', () => {
  it('keeps the maximum wait inside the undo history coalescing window', () => {
    expect(DRAFT_PAUSE_MS).toBeLessThan(DRAFT_MAX_WAIT_MS);
    expect(DRAFT_MAX_WAIT_MS).toBeLessThan(COALESCE_WINDOW_MS);
  });

  it('hands the first keystroke of an unchanged document over at once, then holds text until a pause', () => {
    const doc = fastDocument();
    doc.type('a');
    expect(doc.published()).toBe('a');
    expect(doc.commits()).toBe(1);
    vi.advanceTimersByTime(50);
    doc.type('ab');
    vi.advanceTimersByTime(50);
    doc.type('abc');
    expect(doc.shown()).toBe('abc');
    expect(doc.published()).toBe('a');
    vi.advanceTimersByTime(DRAFT_PAUSE_MS - 1);
    expect(doc.published()).toBe('a');
    vi.advanceTimersByTime(1);
    expect(doc.published()).toBe('abc');
    expect(doc.commits()).toBe(2);
    expect(doc.buffer.holding()).toBe(false);
  });

  it('hands text over at the maximum wait while typing goes on', () => {
    const doc = fastDocument();
    doc.type('x');
    let text = 'x';
    const publishedAt: number[] = [];
    let last = doc.published();
    for (let i = 0; i < 40; i += 1) {
      vi.advanceTimersByTime(100);
      text += 'y';
      doc.type(text);
      if (doc.published() !== last) {
        last = doc.published();
        publishedAt.push(i);
      }
    }
    // 4 s of typing at 100 ms per key: a hand-over at least every DRAFT_MAX_WAIT_MS.
    expect(publishedAt.length).toBeGreaterThanOrEqual(Math.floor(4000 / DRAFT_MAX_WAIT_MS) - 1);
    // Measured at keystrokes 100 ms apart: the wait starts with the first keystroke after a hand-over.
    for (let i = 1; i < publishedAt.length; i += 1) expect((publishedAt[i] - publishedAt[i - 1]) * 100).toBeLessThanOrEqual(DRAFT_MAX_WAIT_MS + 100);
    vi.advanceTimersByTime(DRAFT_PAUSE_MS);
    expect(doc.published()).toBe(text);
  });

  it('flush hands held text over now and only once', () => {
    const doc = fastDocument();
    doc.type('a');
    doc.type('ab');
    expect(doc.published()).toBe('a');
    doc.buffer.flush();
    expect(doc.published()).toBe('ab');
    const commits = doc.commits();
    doc.buffer.flush();
    vi.advanceTimersByTime(DRAFT_MAX_WAIT_MS * 2);
    expect(doc.commits()).toBe(commits);
  });

  it('an undo right after typing undoes the typed text, as it did keystroke by keystroke', () => {
    const fast = fastDocument();
    const slow = slowDocument();
    for (const text of ['N', 'No', 'Nou']) {
      fast.type(text);
      slow.type(text);
      vi.advanceTimersByTime(30);
    }
    fast.act({ type: 'undo' });
    slow.act({ type: 'undo' });
    expect(fast.shown()).toBe('');
    expect(slow.shown()).toBe('');
    fast.act({ type: 'redo' });
    slow.act({ type: 'redo' });
    expect(fast.shown()).toBe('Nou');
    expect(slow.shown()).toBe('Nou');
  });

  it('matches the keystroke-by-keystroke path for any typing, undo, redo and save', () => {
    const op = fc.oneof(
      { weight: 8, arbitrary: fc.record({ kind: fc.constant('key' as const), char: fc.constantFrom('a', 'b', ' ', 'é'), gap: fc.integer({ min: 0, max: 1300 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('backspace' as const), gap: fc.integer({ min: 0, max: 1300 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const, 'save' as const) }) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        // Pauses around the coalescing window; all within one group's 10 s maximum (a hand-over cannot split there).
        fc.pre(ops.reduce((sum, step) => sum + ('gap' in step ? step.gap : 0), 0) < 9000);
        vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
        const fast = fastDocument();
        const slow = slowDocument();
        for (const step of ops) {
          if (step.kind === 'key' || step.kind === 'backspace') {
            vi.advanceTimersByTime(step.gap);
            const before = slow.shown();
            expect(fast.shown()).toBe(before);
            const text = step.kind === 'key' ? before + step.char : before.slice(0, -1);
            if (text === before) continue;
            fast.type(text);
            slow.type(text);
          } else if (step.kind === 'save') {
            // A save writes what current() returns: every typed character, and the same project.
            const written = fast.state().project;
            expect(written.assignment.title).toBe(slow.state().project.assignment.title);
            const outcome = { doc: fast.state().doc, savedAt: '2026-03-01T09:00:00Z' } as never;
            fast.act({ type: 'save-started' });
            fast.act({ type: 'save-succeeded', outcome, project: written });
            slow.act({ type: 'save-started' });
            slow.act({ type: 'save-succeeded', outcome, project: slow.state().project });
          } else {
            fast.act({ type: step.kind });
            slow.act({ type: step.kind });
          }
          expect(fast.shown()).toBe(slow.shown());
          // The unsaved marker never lags, not even while text is held: dirty exactly when the slow path is.
          expect(isDirty(fast.peek())).toBe(isDirty(slow.state()));
          // After an action the undo history is the same, step for step.
          if (step.kind !== 'key' && step.kind !== 'backspace') {
            expect(fast.peek().history.past.length).toBe(slow.state().history.past.length);
            expect(fast.peek().history.future.length).toBe(slow.state().history.future.length);
          }
        }
        vi.advanceTimersByTime(DRAFT_MAX_WAIT_MS);
        expect(fast.published()).toBe(slow.shown());
      }),
      { numRuns: 200 },
    );
  });
});
