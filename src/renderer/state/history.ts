// Undo/redo over whole-project snapshots. Projects are immutable values, so a
// snapshot is just a reference: keeping 200 of them costs only the parts that
// actually changed between edits.
//
// Rapid edits with the same label (typing in one field) are coalesced into one
// undo step: an edit joins the previous group when it comes within
// COALESCE_WINDOW_MS of the previous edit, and the group is not older than
// COALESCE_MAX_MS, so a long typing session still yields several undo steps.
// A field that hands over several keystrokes at once (draft-text.ts) passes
// when the first of them was typed, so the groups come out as if each
// keystroke had been an edit of its own.

import type { Project } from '../../shared/model/project';

export const HISTORY_LIMIT = 200;
export const COALESCE_WINDOW_MS = 1000;
export const COALESCE_MAX_MS = 10_000;

export interface HistoryEntry {
  /** The project as it was before the edit (in `past`) or after it (in `future`). */
  project: Project;
  /** What the edit did, e.g. "Titel"; shown as "Undo Titel". */
  label: string;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The edit group that a following edit with the same label may join. */
  group: { label: string; startedAt: number; lastAt: number } | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], group: null });

/**
 * Records that `before` was replaced by a new project through an edit called `label` at time `at` (ms);
 * `typedFrom` is when the first of several keystrokes handed over together was typed (default `at`).
 */
export function recordEdit(history: History, before: Project, label: string, at: number, typedFrom: number = at): History {
  const { group } = history;
  const joins =
    group !== null &&
    group.label === label &&
    history.future.length === 0 &&
    typedFrom - group.lastAt <= COALESCE_WINDOW_MS &&
    at - group.startedAt <= COALESCE_MAX_MS;
  if (joins) {
    return { ...history, group: { ...group, lastAt: at } };
  }
  const past = [...history.past, { project: before, label }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], group: { label, startedAt: typedFrom, lastAt: at } };
}

/** Steps back: returns the project to show and the new history, or null when there is nothing to undo. */
export function undo(history: History, current: Project): { project: Project; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    project: entry.project,
    history: {
      past: history.past.slice(0, -1),
      future: [{ project: current, label: entry.label }, ...history.future],
      group: null,
    },
  };
}

export function redo(history: History, current: Project): { project: Project; history: History } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    project: entry.project,
    history: {
      past: [...history.past, { project: current, label: entry.label }],
      future: history.future.slice(1),
      group: null,
    },
  };
}

/** Ends the current edit group, so the next edit starts a new undo step (e.g. after a save). */
export function closeGroup(history: History): History {
  return history.group ? { ...history, group: null } : history;
}
