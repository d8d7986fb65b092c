// The file flows of the shell: new, open, open sample, restore, save, save as,
// close. Each asks about unsaved changes first where that matters, and reports
// failures as notices keyed by error code.

import { useCallback, useEffect } from 'react';
import { api } from '../bridge/api';
import type { Language } from '../../shared/language';
import type { ExportFormat, OpenedProject } from '../../shared/ipc';
import { serializeError } from '../../shared/errors';
import { canSave, canSaveAs, documentTitle, isDirty } from '../state/document-reducer';
import type { DocumentController } from '../state/use-document';
import type { Prompter } from './use-prompt';
import { errorNotice, type Notice } from './notice';
import { bindOpenDocument, exportOpenProject } from '../steps/report/export-instance';

interface Deps {
  controller: DocumentController;
  prompter: Prompter;
  language: Language;
  untitled: string;
  setNotice: (notice: Notice | null) => void;
  /** Called after the document was closed or replaced, to refresh recent files and recoveries. */
  onListsChanged: () => void;
}

export interface FileCommands {
  newProject: () => Promise<void>;
  openDialog: () => Promise<void>;
  openPath: (path: string) => Promise<void>;
  openSample: () => Promise<void>;
  restoreRecovery: (id: string) => Promise<void>;
  save: () => Promise<boolean>;
  saveAs: () => Promise<boolean>;
  close: () => Promise<void>;
  /** The menu's Export DOCX/PDF: the same export as the Report step's buttons (progress and outcome show there). */
  exportReport: (format: ExportFormat) => Promise<void>;
}

export function useFileCommands(deps: Deps): FileCommands {
  const { controller, prompter, language, untitled, setNotice, onListsChanged } = deps;
  const { dispatch, current } = controller;

  const saveAs = useCallback(async (): Promise<boolean> => {
    const state = current();
    if (!state || !canSaveAs(state)) return false;
    const project = state.project;
    dispatch({ type: 'save-started' });
    try {
      const outcome = await api.saveProjectAs({ docId: state.doc.docId, project });
      if (!outcome) {
        dispatch({ type: 'save-cancelled' });
        return false;
      }
      dispatch({ type: 'save-succeeded', outcome, project });
      setNotice(null);
      onListsChanged();
      return true;
    } catch (error) {
      dispatch({ type: 'save-failed', error: serializeError(error) });
      setNotice(errorNotice(error));
      return false;
    }
  }, [current, dispatch, setNotice, onListsChanged]);

  const save = useCallback(async (): Promise<boolean> => {
    const state = current();
    if (!state) return false;
    if (!canSave(state)) {
      setNotice({ kind: 'error', error: { code: 'FILE_READ_ONLY', params: {} } });
      return false;
    }
    if (!state.doc.path) return saveAs();
    const project = state.project;
    dispatch({ type: 'save-started' });
    let overwrite = false;
    for (;;) {
      try {
        const outcome = await api.saveProject({ docId: state.doc.docId, project, overwriteExternalChanges: overwrite });
        dispatch({ type: 'save-succeeded', outcome, project });
        setNotice(null);
        return true;
      } catch (error) {
        const serialized = serializeError(error);
        if (serialized.code === 'FILE_CHANGED_ON_DISK' && !overwrite) {
          // Not "saving" while the user decides: nothing is being written.
          dispatch({ type: 'save-cancelled' });
          const choice = await prompter.askExternalChange(state.doc.fileName);
          if (choice === 'overwrite') {
            overwrite = true;
            dispatch({ type: 'save-started' });
            continue;
          }
          return choice === 'save-as' ? saveAs() : false;
        }
        dispatch({ type: 'save-failed', error: serialized });
        setNotice(errorNotice(error));
        return false;
      }
    }
  }, [current, dispatch, prompter, saveAs, setNotice]);

  /** Resolves true when the current document may be replaced or closed. */
  const settleUnsaved = useCallback(async (): Promise<boolean> => {
    const state = current();
    if (!state || !isDirty(state)) return true;
    const choice = await prompter.askUnsaved(documentTitle(state) ?? untitled);
    if (choice === 'cancel') return false;
    if (choice === 'save') return save();
    return true;
  }, [current, prompter, save, untitled]);

  /** Shows a newly opened document and lets main forget the one it replaces. */
  const replaceWith = useCallback(
    (opened: OpenedProject, unsaved = false) => {
      const previous = current();
      if (previous && previous.doc.docId !== opened.doc.docId) {
        api.closeProject({ docId: previous.doc.docId }).catch(() => undefined);
      }
      dispatch({ type: 'opened', opened, unsaved });
      setNotice(null);
      onListsChanged();
    },
    [current, dispatch, setNotice, onListsChanged],
  );

  const run = useCallback(
    async (open: () => Promise<OpenedProject | null>, unsaved = false) => {
      if (!(await settleUnsaved())) return;
      try {
        const opened = await open();
        if (opened) replaceWith(opened, unsaved);
      } catch (error) {
        setNotice(errorNotice(error));
        onListsChanged();
      }
    },
    [settleUnsaved, replaceWith, setNotice, onListsChanged],
  );

  const close = useCallback(async () => {
    const state = current();
    if (!state || !(await settleUnsaved())) return;
    await api.closeProject({ docId: state.doc.docId }).catch(() => undefined);
    dispatch({ type: 'closed' });
    setNotice(null);
    onListsChanged();
  }, [current, settleUnsaved, dispatch, setNotice, onListsChanged]);

  // The Report step and the menu export whatever document is open right now.
  useEffect(() => {
    bindOpenDocument(() => {
      const state = current();
      return state ? { docId: state.doc.docId, project: state.project } : null;
    });
  }, [current]);

  return {
    newProject: () => run(() => api.newProject({ language })),
    openDialog: () => run(() => api.showOpenDialog()),
    openPath: (path) => run(() => api.openProject({ path })),
    openSample: () => run(() => api.openSample({ language })),
    restoreRecovery: (id) => run(() => api.restoreRecovery({ id }), true),
    save,
    saveAs,
    close,
    exportReport: (format) => exportOpenProject(format),
  };
}
