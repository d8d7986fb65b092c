// Text that a field holds back from the project while the user types. A long
// text field (an interview answer) keeps its keystrokes to itself and hands
// them to the document after a short pause, so a keystroke re-renders only
// that field instead of the whole window. Nothing may act on the project
// while such text is still held back: the document flushes this registry
// before every action it applies (an edit elsewhere, undo, save, close, …)
// and before anyone reads the latest state, so those always see every
// character typed.
//
// One registry per window; `createPendingEdits` exists for tests.

/** When the first and the last of several keystrokes handed over at once were typed (ms since the epoch). */
export interface TypedSpan {
  from: number;
  to: number;
}

/** A field with typed text that the project does not hold yet. */
export interface PendingEdit {
  /** Hands the held text to the project now (the field calls its onChange). */
  flush(): void;
}

export interface PendingEdits {
  /** The field has text the project lacks; tells the listeners (see `onPending`). */
  add(edit: PendingEdit): void;
  /** The field handed its text over itself (or went away with nothing held). */
  remove(edit: PendingEdit): void;
  has(edit: PendingEdit): boolean;
  readonly size: number;
  /** Every held text goes to the project now, in the order the fields started holding it. */
  flush(): void;
  /** Called whenever a field starts holding text; returns the unsubscribe function. */
  onPending(listener: () => void): () => void;
}

export function createPendingEdits(): PendingEdits {
  const pending = new Set<PendingEdit>();
  const listeners = new Set<() => void>();
  return {
    add(edit) {
      if (pending.has(edit)) return;
      pending.add(edit);
      for (const listener of [...listeners]) listener();
    },
    remove(edit) {
      pending.delete(edit);
    },
    has(edit) {
      return pending.has(edit);
    },
    get size() {
      return pending.size;
    },
    flush() {
      // Each entry leaves the set before it runs: its flush edits the project,
      // and that edit flushes the registry again (which must not run it twice).
      for (const edit of [...pending]) {
        if (!pending.delete(edit)) continue;
        edit.flush();
      }
    },
    onPending(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The window's registry: fields add to it, the open document flushes it. */
export const pendingEdits: PendingEdits = createPendingEdits();
