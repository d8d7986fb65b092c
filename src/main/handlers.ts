// The main-process implementation of the bridge contract: one object with every
// AppApi method (a missing one fails to compile). Both hosts — the Electron
// window and the browser host — use this same object through `dispatch`, so the
// behaviour tested here in plain Node is the behaviour of the app.

import { dirname, extname, join, resolve } from 'node:path';
import type { AppApi, AppEvent, ExportFormat, OpenedProject, Preferences, SaveOutcome } from '../shared/ipc';
import type { Language } from '../shared/language';
import type { Project } from '../shared/model/project';
import { sanitizeHref } from '../shared/model/rich-text';
import { CURRENT_FORMAT_VERSION } from '../shared/project-file/envelope';
import { AppError } from '../shared/errors';
import type { ProjectStore } from './store/project-store';
import type { PreferencesStore } from './store/preferences-store';
import type { RecoveryStore } from './store/recovery-store';
import { writeFileAtomic } from './store/atomic-write';
import { exportFileName, exportReport, withExportExtension } from './export/export-report';
import { createReviewFiles, withDeliveryCheck } from './review/review-files';
import { createReviewImport } from './review-import/import-review-docx';
import { previewReport } from './preview/preview-report';

export const PROJECT_EXTENSION = '.drijfveer';
export const SAMPLE_BASENAME = 'ouderbetrokkenheid-voorschool';

/** The host's own file and confirmation dialogs (native in Electron, a queue in the browser host). */
export interface HostDialogs {
  /** Absolute path of the chosen project file, or null when cancelled. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Several project files at once (review copies to merge); hosts without it let the user pick one. */
  chooseProjectsToOpen?(): Promise<string[] | null>;
  /** A Word document (.docx) a reviewer annotated; hosts without it use chooseProjectToOpen. */
  chooseWordDocumentToOpen?(): Promise<string | null>;
  /** Absolute path to save to, or null when cancelled. */
  chooseSaveLocation(defaultName: string): Promise<string | null>;
  /** True when the user agrees to open the (already sanitised) link outside the app. */
  confirmOpenExternal(url: string): Promise<boolean>;
  /**
   * Absolute path for an exported report, or null when cancelled. `folder` is
   * where the dialog starts (the project's own folder), null for the default.
   */
  chooseExportLocation(request: { defaultName: string; format: ExportFormat; folder: string | null }): Promise<string | null>;
}

/** What the host does with an exported file when the user asks (Electron's shell; recorded in the browser host). */
export interface ExportedFileActions {
  open(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
}

export interface DocumentStateReport {
  docId: string | null;
  dirty: boolean;
  title: string;
}

export interface HandlerDeps {
  store: ProjectStore;
  preferences: PreferencesStore;
  recovery: RecoveryStore;
  dialogs: HostDialogs;
  host: 'electron' | 'web';
  appVersion: string;
  /** Folder holding the shipped sample projects (`<name>.<lang>.drijfveer`). */
  samplesDir: string;
  onDocumentState?: (state: DocumentStateReport) => void;
  openExternal: (url: string) => Promise<void>;
  exportedFiles: ExportedFileActions;
  /** Main → renderer events (export progress); Electron sends via webContents, the browser host via SSE. */
  emit?: (event: AppEvent) => void;
  /** The clock for default export names (tests fix it). */
  now?: () => Date;
  /** Called after preferences were written (Electron rebuilds its menu in the new language). */
  onPreferencesChanged?: (preferences: Preferences) => void;
  /** Called after the recent-files list may have changed (Electron rebuilds its Recent menu). */
  onRecentFilesChanged?: () => void;
  platform?: string;
}

export function createHandlers(deps: HandlerDeps): AppApi {
  const { store, preferences, recovery, dialogs } = deps;

  const remember = async (opened: { doc: { path: string | null } }, project: Project): Promise<void> => {
    if (opened.doc.path === null) return;
    await preferences.addRecent(opened.doc.path, project.assignment.title);
    deps.onRecentFilesChanged?.();
  };

  // Once the work is safely on disk (or deliberately abandoned) its recovery copy
  // is stale; failing to delete it must not turn a good save into an error.
  const dropRecovery = async (docId: string): Promise<void> => {
    await recovery.discard(docId).catch(() => undefined);
  };

  const open = async (path: string): Promise<OpenedProject> => {
    const opened = await store.open(path);
    await remember(opened, opened.project);
    // A delivered file shows whether its content still matches its fingerprint.
    return withDeliveryCheck(opened);
  };

  // Only files this session wrote may be opened or shown: the paths come from
  // the renderer, and a compromised page must not open arbitrary files.
  const exportedPaths = new Set<string>();
  const exportedOnly = (path: string): string => {
    const full = resolve(path);
    if (!exportedPaths.has(full)) throw new AppError('EXPORT_PATH_NOT_ALLOWED');
    return full;
  };

  const afterSave = async (docId: string, outcome: SaveOutcome, project: Project): Promise<SaveOutcome> => {
    await remember(outcome, project);
    await dropRecovery(docId);
    return outcome;
  };

  return {
    async getAppInfo() {
      return {
        appVersion: deps.appVersion,
        formatVersion: CURRENT_FORMAT_VERSION,
        host: deps.host,
        platform: deps.platform ?? process.platform,
      };
    },

    getPreferences: () => preferences.get(),

    async setPreferences(patch) {
      const updated = await preferences.update(patch);
      deps.onPreferencesChanged?.(updated);
      return updated;
    },

    async newProject({ language }) {
      return store.create(language);
    },

    openProject: ({ path }) => open(path),

    async showOpenDialog() {
      const path = await dialogs.chooseProjectToOpen();
      return path === null ? null : open(path);
    },

    openSample: ({ language }) => store.openCopy(samplePath(deps.samplesDir, language)),

    async saveProject({ docId, project, overwriteExternalChanges }) {
      const outcome = await store.save(docId, project, { overwriteExternalChanges: overwriteExternalChanges ?? false });
      return afterSave(docId, outcome, project);
    },

    async saveProjectAs({ docId, project }) {
      const current = store.info(docId);
      const chosen = await dialogs.chooseSaveLocation(defaultFileName(current.fileName, project));
      if (chosen === null) return null;
      const outcome = await store.saveAs(docId, project, withProjectExtension(chosen));
      return afterSave(docId, outcome, project);
    },

    async closeProject({ docId }) {
      store.close(docId);
      await dropRecovery(docId);
    },

    async setDocumentState(state) {
      deps.onDocumentState?.(state);
    },

    listRecentFiles: () => preferences.recentFiles(),

    async removeRecentFile({ path }) {
      const remaining = await preferences.removeRecent(path);
      deps.onRecentFilesChanged?.();
      return remaining;
    },

    async writeRecovery({ docId, project }) {
      await recovery.write(docId, store.info(docId).path, project);
    },

    listRecoveries: () => recovery.list(),

    async restoreRecovery({ id }) {
      const { path, project } = await recovery.read(id);
      const { doc } = await documentFor(store, path, project.assignment.reportLanguage);
      // Re-file the work under its new session before dropping the old copy, so a
      // crash right after restoring still leaves a recovery copy behind.
      await recovery.write(doc.docId, doc.path, project);
      if (doc.docId !== id) await recovery.discard(id);
      return withDeliveryCheck({ doc, project });
    },

    discardRecovery: ({ id }) => recovery.discard(id),

    async openExternalLink({ url }) {
      const safe = sanitizeHref(url);
      if (safe === null) throw new AppError('LINK_NOT_ALLOWED');
      if (!(await dialogs.confirmOpenExternal(safe))) return false;
      await deps.openExternal(safe);
      return true;
    },

    async exportReport({ docId, project, format, language }) {
      const current = store.info(docId);
      const chosen = await dialogs.chooseExportLocation({
        defaultName: exportFileName(project.assignment.title, format, (deps.now ?? (() => new Date()))()),
        format,
        folder: current.path === null ? null : dirname(current.path),
      });
      if (chosen === null) return null;
      const path = resolve(withExportExtension(chosen, format));
      const bytes = await exportReport(project, { format, language, onProgress: progressEmitter(deps.emit) });
      await writeFileAtomic(path, bytes);
      exportedPaths.add(path);
      return { path, bytes: bytes.byteLength, format };
    },

    async openExportedFile({ path }) {
      await deps.exportedFiles.open(exportedOnly(path));
    },

    async showInFolder({ path }) {
      await deps.exportedFiles.showInFolder(exportedOnly(path));
    },

    previewReport: ({ project, language }) => previewReport(project, { language, onProgress: progressEmitter(deps.emit) }),

    ...createReviewFiles({ store, dialogs, appVersion: deps.appVersion, now: deps.now ?? (() => new Date()) }),
    ...createReviewImport({ dialogs }),
  };
}

/**
 * Export progress as events, at most one per percent: a renderer may report
 * thousands of tiny steps, and each event crosses the bridge.
 */
function progressEmitter(emit: ((event: AppEvent) => void) | undefined): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (!emit) return;
    const rounded = Math.round(fraction * 100) / 100;
    if (rounded === last) return;
    last = rounded;
    emit({ type: 'export-progress', fraction: rounded });
  };
}

/** A document to hold recovered work: its own file when that still opens, else a new, unsaved one. */
async function documentFor(store: ProjectStore, path: string | null, language: Language): Promise<OpenedProject> {
  if (path !== null) {
    try {
      return await store.open(path);
    } catch {
      // The file moved or broke since the crash; the recovered work is still good.
    }
  }
  return store.create(language);
}

export function samplePath(samplesDir: string, language: Language): string {
  return join(samplesDir, `${SAMPLE_BASENAME}.${language}${PROJECT_EXTENSION}`);
}

/** Suggested name in the save dialog: the current file name, else the project title made file-safe. */
export function defaultFileName(currentFileName: string | null, project: Project): string {
  if (currentFileName) return currentFileName;
  const safe = Array.from(project.assignment.title.normalize('NFC'), (ch) => (ch < ' ' ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${safe || 'project'}${PROJECT_EXTENSION}`;
}

/** Linux save dialogs do not add the extension; without it the OS cannot open the file with Drijfveer. */
export function withProjectExtension(path: string): string {
  return extname(path).toLowerCase() === PROJECT_EXTENSION ? path : `${path}${PROJECT_EXTENSION}`;
}
