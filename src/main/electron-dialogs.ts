// HostDialogs on Electron's native dialogs, attached to the main window and in
// the interface language of the moment.

import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { ExportFormat } from '../shared/ipc';
import type { Language } from '../shared/language';
import type { HostDialogs } from './handlers';
import { menuStrings } from './menu';

export interface ElectronDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  window(): BrowserWindow | null;
  language(): Language;
  /** Folder the save dialog starts in (the user's Documents). */
  defaultFolder(): string;
}

/** Words of the export dialog (the menu translations carry only the project dialogs). */
const exportWords: Record<Language, { title: string; filters: Record<ExportFormat, string> }> = {
  nl: { title: 'Rapport exporteren', filters: { docx: 'Word-document', pdf: 'PDF-document' } },
  en: { title: 'Export report', filters: { docx: 'Word document', pdf: 'PDF document' } },
};

export function createElectronDialogs(deps: ElectronDialogDeps): HostDialogs {
  const filters = () => [{ name: menuStrings(deps.language()).dialogs.projectFilter, extensions: ['drijfveer'] }];
  const withParent = <T>(show: (parent: BrowserWindow) => Promise<T>, alone: () => Promise<T>) => {
    const parent = deps.window();
    return parent ? show(parent) : alone();
  };

  return {
    async chooseProjectToOpen() {
      const options = {
        title: menuStrings(deps.language()).dialogs.openTitle,
        properties: ['openFile' as const],
        filters: filters(),
      };
      const result = await withParent(
        (parent) => deps.dialog.showOpenDialog(parent, options),
        () => deps.dialog.showOpenDialog(options),
      );
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },

    async chooseProjectsToOpen() {
      const options = {
        title: menuStrings(deps.language()).dialogs.mergeTitle,
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: filters(),
      };
      const result = await withParent(
        (parent) => deps.dialog.showOpenDialog(parent, options),
        () => deps.dialog.showOpenDialog(options),
      );
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },

    async chooseWordDocumentToOpen() {
      const t = menuStrings(deps.language()).dialogs;
      const options = {
        title: t.wordTitle,
        properties: ['openFile' as const],
        filters: [{ name: t.wordFilter, extensions: ['docx'] }],
      };
      const result = await withParent(
        (parent) => deps.dialog.showOpenDialog(parent, options),
        () => deps.dialog.showOpenDialog(options),
      );
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },

    async chooseSaveLocation(defaultName) {
      const options = {
        title: menuStrings(deps.language()).dialogs.saveTitle,
        defaultPath: join(deps.defaultFolder(), defaultName),
        filters: filters(),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = await withParent(
        (parent) => deps.dialog.showSaveDialog(parent, options),
        () => deps.dialog.showSaveDialog(options),
      );
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseExportLocation({ defaultName, format, folder }) {
      const words = exportWords[deps.language()];
      const options = {
        title: words.title,
        defaultPath: join(folder ?? deps.defaultFolder(), defaultName),
        filters: [{ name: words.filters[format], extensions: [format] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = await withParent(
        (parent) => deps.dialog.showSaveDialog(parent, options),
        () => deps.dialog.showSaveDialog(options),
      );
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async confirmOpenExternal(url) {
      const t = menuStrings(deps.language()).dialogs;
      const options = {
        type: 'question' as const,
        message: t.linkMessage,
        detail: url,
        buttons: [t.linkOpen, t.linkCancel],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const { response } = await withParent(
        (parent) => deps.dialog.showMessageBox(parent, options),
        () => deps.dialog.showMessageBox(options),
      );
      return response === 0;
    },
  };
}
