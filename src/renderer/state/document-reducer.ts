// The open document as the renderer holds it: what main knows about the file,
// the project being edited, its undo history and the save status. Pure: every
// change is an action, so the whole editing behaviour is testable without React.
//
// "Dirty" means the project differs from what was last saved or opened. Because
// projects are immutable values, comparing references is exact enough: undoing
// back to the saved snapshot makes the document clean again.

import type { DeliveryCheckInfo, DocumentInfo, OpenedProject, SaveOutcome } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import type { SerializedError } from '../../shared/errors';
import { closeGroup, emptyHistory, recordEdit, redo, undo, type History } from './history';

/** 'new': nothing to lose yet, but the project has no file either (new project, opened sample). */
export type SaveStatus = 'saved' | 'new' | 'unsaved' | 'saving' | 'error';

export interface DocumentState {
  doc: DocumentInfo;
  project: Project;
  /** The snapshot that matches the file on disk; null when nothing matches (new from recovery). */
  savedProject: Project | null;
  history: History;
  saving: boolean;
  saveError: SerializedError | null;
  /** ISO time of the last successful save in this session. */
  savedAt: string | null;
  /** For a delivered file: who delivered it and whether its content matched its fingerprint when opened. */
  delivery?: DeliveryCheckInfo | null;
}

/** A pure change to the project, e.g. `(p) => ({ ...p, assignment: { ...p.assignment, title } })`. */
export type Recipe = (project: Project) => Project;

export type DocumentAction =
  | { type: 'opened'; opened: OpenedProject; /** true for restored recovery copies: not saved anywhere yet. */ unsaved?: boolean }
  | {
      type: 'edit';
      recipe: Recipe;
      label: string;
      at: number;
      /** Several keystrokes handed over at once: when the first was typed (`at` is the last). */
      typedFrom?: number;
      /** 'comments': a review edit, allowed in review copies and delivered files (only `review` changes). */
      scope?: 'comments';
    }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'save-started' }
  | { type: 'save-succeeded'; outcome: SaveOutcome; /** the project that was sent to disk */ project: Project }
  | { type: 'save-failed'; error: SerializedError }
  | { type: 'save-cancelled' }
  | { type: 'closed' };

export function documentReducer(state: DocumentState | null, action: DocumentAction): DocumentState | null {
  if (action.type === 'opened') {
    const { doc, project } = action.opened;
    return {
      doc,
      project,
      savedProject: action.unsaved ? null : project,
      history: emptyHistory(),
      saving: false,
      saveError: null,
      savedAt: null,
      delivery: action.opened.delivery ?? null,
    };
  }
  if (action.type === 'closed' || state === null) return null;

  switch (action.type) {
    case 'edit': {
      if (state.doc.readOnly && !(action.scope === 'comments' && canComment(state))) return state;
      let next = action.recipe(state.project);
      if (next === state.project) return state;
      // In a read-only document a comment edit can change the comments and nothing else.
      if (state.doc.readOnly) next = { ...state.project, review: { ...next.review, copy: state.project.review.copy } };
      return { ...state, project: next, history: recordEdit(state.history, state.project, action.label, action.at, action.typedFrom) };
    }
    case 'undo': {
      const result = undo(state.history, state.project);
      return result ? { ...state, project: result.project, history: result.history } : state;
    }
    case 'redo': {
      const result = redo(state.history, state.project);
      return result ? { ...state, project: result.project, history: result.history } : state;
    }
    case 'save-started':
      // The snapshot being written becomes an undo boundary, so undo can always
      // return exactly to what is on disk.
      return { ...state, saving: true, saveError: null, history: closeGroup(state.history) };
    case 'save-succeeded':
      // The user may have kept typing while the write was under way: only the
      // snapshot that was written counts as saved.
      return {
        ...state,
        doc: action.outcome.doc,
        savedProject: action.project,
        saving: false,
        saveError: null,
        savedAt: action.outcome.savedAt,
      };
    case 'save-failed':
      return { ...state, saving: false, saveError: action.error };
    case 'save-cancelled':
      return { ...state, saving: false };
  }
}

export function isDirty(state: DocumentState | null): boolean {
  return state !== null && state.project !== state.savedProject;
}

export function saveStatus(state: DocumentState): SaveStatus {
  if (state.saving) return 'saving';
  if (state.saveError) return 'error';
  if (isDirty(state)) return 'unsaved';
  return state.doc.path === null ? 'new' : 'saved';
}

export const canUndo = (state: DocumentState | null): boolean => (state?.history.past.length ?? 0) > 0;
export const canRedo = (state: DocumentState | null): boolean => (state?.history.future.length ?? 0) > 0;

/** Comments may be written in every document but one from a newer Drijfveer (review copies and delivered files included). */
export function canComment(state: DocumentState | null): boolean {
  return state !== null && state.doc.readOnly !== 'newer-version';
}

/**
 * Save writes to the document's own file. A review copy or a delivered file can
 * be saved once comments were changed (main refuses any other change); a file
 * from a newer Drijfveer cannot be saved at all.
 */
export function canSave(state: DocumentState | null): boolean {
  return state !== null && (state.doc.readOnly === null || (canComment(state) && isDirty(state)));
}

/** Save as makes a copy; a file from a newer Drijfveer is never rewritten in an older format. */
export function canSaveAs(state: DocumentState | null): boolean {
  return state !== null && state.doc.readOnly !== 'newer-version';
}

/** The name shown in the title bar: the project title, else the file name, else null (untitled). */
export function documentTitle(state: DocumentState): string | null {
  const title = state.project.assignment.title.trim();
  if (title) return title;
  return state.doc.fileName;
}
