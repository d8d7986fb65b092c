// Closing a window that holds unsaved work: ask Save / Don't save / Cancel.
// "Save" asks the renderer to save (it owns the project); the window closes
// when the renderer then reports the document clean. The title bar shows the
// document's name and an unsaved marker (a `*` prefix; macOS uses its own
// dot in the close button instead).

import type { Dialog, BrowserWindow } from 'electron';
import type { AppApi } from '../shared/ipc';
import type { Language } from '../shared/language';
import { fillTemplate, menuStrings } from './menu';
import type { DocumentStateReport } from './handlers';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  ask(title: string): Promise<CloseChoice>;
  /** Ask the renderer to save (the 'save' menu command). */
  requestSave(): void;
  /** Close the window for real; the guard lets this one through. */
  closeWindow(): void;
}

export interface CloseGuard {
  /** Wire to the window's 'close' event. */
  onClose(event: { preventDefault(): void }): void;
  /** Wire to setDocumentState reports from the renderer. */
  onDocumentState(state: DocumentStateReport): void;
  /** The save the user asked for did not happen (dialog cancelled, or it failed): stay open. */
  onSaveAbandoned(): void;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let state: DocumentStateReport = { docId: null, dirty: false, title: '' };
  let allowClose = false;
  let asking = false;
  // Set after the user chose Save: the next report decides (clean → close,
  // still dirty → the save failed or was cancelled, so stay open).
  let closeAfterSave = false;

  const closeNow = () => {
    allowClose = true;
    deps.closeWindow();
  };

  return {
    onClose(event) {
      if (allowClose || !state.dirty) return;
      event.preventDefault();
      if (asking) return;
      asking = true;
      closeAfterSave = false;
      void deps
        .ask(state.title)
        .then((choice) => {
          if (choice === 'discard') closeNow();
          else if (choice === 'save') {
            closeAfterSave = true;
            deps.requestSave();
          }
        })
        .finally(() => {
          asking = false;
        });
    },
    onDocumentState(next) {
      state = next;
      if (!closeAfterSave) return;
      closeAfterSave = false;
      if (!next.dirty) closeNow();
    },
    onSaveAbandoned() {
      closeAfterSave = false;
    },
  };
}

/**
 * The handlers with saves reporting to the guard when they end without writing:
 * a cancelled "Save as" dialog leaves the document as it was, so the renderer
 * may send no new state, and a later, unrelated save must not close the window.
 */
export function reportAbandonedSaves(handlers: AppApi, guard: () => CloseGuard | null): AppApi {
  const abandoned = () => guard()?.onSaveAbandoned();
  return {
    ...handlers,
    saveProject: (args) =>
      handlers.saveProject(args).catch((error: unknown) => {
        abandoned();
        throw error;
      }),
    saveProjectAs: async (args) => {
      try {
        const outcome = await handlers.saveProjectAs(args);
        if (outcome === null) abandoned();
        return outcome;
      } catch (error) {
        abandoned();
        throw error;
      }
    },
  };
}

/** The native three-button question; Escape and closing the box mean Cancel. */
export async function askToSave(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: BrowserWindow,
  language: Language,
  title: string,
): Promise<CloseChoice> {
  const t = menuStrings(language).dialogs;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: fillTemplate(t.closeMessage, { title: title || t.untitled }),
    detail: t.closeDetail,
    buttons: [t.closeSave, t.closeDiscard, t.closeCancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
}

export function windowTitle(state: DocumentStateReport, platform: NodeJS.Platform): string {
  if (!state.title) return 'Drijfveer';
  const marker = state.dirty && platform !== 'darwin' ? '* ' : '';
  return `${marker}${state.title} • Drijfveer`;
}

export function applyDocumentState(
  window: Pick<BrowserWindow, 'setTitle' | 'setDocumentEdited'>,
  state: DocumentStateReport,
  platform: NodeJS.Platform,
): void {
  window.setTitle(windowTitle(state, platform));
  if (platform === 'darwin') window.setDocumentEdited(state.dirty);
}
