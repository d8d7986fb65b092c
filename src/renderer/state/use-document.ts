// The open document as a React hook: the pure reducer plus the effects that
// keep the outside world informed — main's window state (title, unsaved
// marker), the browser tab title, the browser's leave-page warning, and the
// recovery copy that protects unsaved work against a crash.
//
// The state is applied outside React first (a ref that is always the latest)
// and then handed to React, so `current()` is exact right after a dispatch.
// That matters for text a field holds back while the user types
// (pending-edits.ts): every dispatch and every `current()` first flushes it,
// so undo, save, close and the other flows always see every typed character;
// and the first held keystroke in an unchanged document is flushed at once,
// so the document is marked unsaved from that keystroke on.

import { useCallback, useEffect, useRef, useState } from 'react';
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
import { pendingEdits, type TypedSpan } from './pending-edits';

export { RECOVERY_DEBOUNCE_MS, RECOVERY_MAX_WAIT_MS } from './recovery-schedule';

export interface DocumentController {
  state: DocumentState | null;
  dispatch: (action: DocumentAction) => void;
  /** `typed`: keystrokes handed over together by a field that held them (when the first and the last were typed). */
  edit: (recipe: Recipe, label: string, typed?: TypedSpan) => void;
  /** A change to review comments only: allowed in review copies and delivered files too. */
  editComments: (recipe: Recipe, label: string) => void;
  /** The latest state, for async flows that must not act on a stale render. */
  current: () => DocumentState | null;
}

export function useDocument(untitled: string): DocumentController {
  const [state, setState] = useState<DocumentState | null>(null);
  const latest = useRef(state);

  const dispatch = useCallback((action: DocumentAction) => {
    pendingEdits.flush();
    const next = documentReducer(latest.current, action);
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
  }, []);
  // The first held keystroke in an unchanged document goes to the project at once: it is unsaved from then on.
  useEffect(
    () =>
      pendingEdits.onPending(() => {
        if (latest.current && !isDirty(latest.current)) pendingEdits.flush();
      }),
    [],
  );

  const edit = useCallback(
    (recipe: Recipe, label: string, typed?: TypedSpan) =>
      dispatch({ type: 'edit', recipe, label, at: typed?.to ?? Date.now(), typedFrom: typed?.from }),
    [],
  );
  const editComments = useCallback(
    (recipe: Recipe, label: string) => dispatch({ type: 'edit', recipe, label, at: Date.now(), scope: 'comments' }),
    [],
  );
  const current = useCallback(() => {
    pendingEdits.flush();
    return latest.current;
  }, []);

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
