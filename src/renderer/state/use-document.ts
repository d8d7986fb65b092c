// The open document as a React hook: the pure reducer plus the effects that
// keep the outside world informed — main's window state (title, unsaved
// marker), the browser tab title, the browser's leave-page warning, and the
// recovery copy that protects unsaved work against a crash.

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api } from '../bridge/api';
import {
  documentReducer,
  documentTitle,
  isDirty,
  type DocumentAction,
  type DocumentState,
  type Recipe,
} from './document-reducer';
import { browserTimers, scheduleRecovery } from './recovery-schedule';

export { RECOVERY_DEBOUNCE_MS, RECOVERY_MAX_WAIT_MS } from './recovery-schedule';

export interface DocumentController {
  state: DocumentState | null;
  dispatch: (action: DocumentAction) => void;
  edit: (recipe: Recipe, label: string) => void;
  /** A change to review comments only: allowed in review copies and delivered files too. */
  editComments: (recipe: Recipe, label: string) => void;
  /** The latest state, for async flows that must not act on a stale render. */
  current: () => DocumentState | null;
}

export function useDocument(untitled: string): DocumentController {
  const [state, dispatch] = useReducer(documentReducer, null);
  const latest = useRef(state);
  latest.current = state;

  const edit = useCallback(
    (recipe: Recipe, label: string) => dispatch({ type: 'edit', recipe, label, at: Date.now() }),
    [],
  );
  const editComments = useCallback(
    (recipe: Recipe, label: string) => dispatch({ type: 'edit', recipe, label, at: Date.now(), scope: 'comments' }),
    [],
  );
  const current = useCallback(() => latest.current, []);

  const dirty = isDirty(state);
  const title = state ? (documentTitle(state) ?? untitled) : '';
  const docId = state?.doc.docId ?? null;

  useEffect(() => {
    document.title = docId ? `${dirty ? '*' : ''}${title} — Drijfveer` : 'Drijfveer';
    api.setDocumentState({ docId, dirty, title }).catch(() => {
      // The window title is cosmetic; a failing bridge shows up elsewhere.
    });
  }, [docId, dirty, title]);

  useEffect(() => {
    if (!dirty || api.host !== 'web') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useRecoveryAutosave(state, dirty);

  return { state, dispatch, edit, editComments, current };
}

function useRecoveryAutosave(state: DocumentState | null, dirty: boolean): void {
  const firstPending = useRef<number | null>(null);
  const project = state?.project;
  const docId = state?.doc.docId;

  useEffect(() => {
    if (!dirty || !project || !docId) {
      firstPending.current = null;
      return;
    }
    firstPending.current ??= Date.now();
    // Written after a pause in typing and when the browser is idle (see recovery-schedule.ts).
    return scheduleRecovery(firstPending.current, browserTimers(), () => {
      firstPending.current = null;
      api.writeRecovery({ docId, project }).catch(() => {
        // A failed recovery write must never interrupt editing; the next edit retries.
      });
    });
  }, [dirty, project, docId]);
}
