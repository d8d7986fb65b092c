// Electron's main process: wiring only. Every behaviour worth testing lives in
// the modules it imports (handlers, menu, window, close-guard), which are tested
// in plain Node; this file connects them to Electron's objects.

import Module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import started from 'electron-squirrel-startup';
import { EVENT_CHANNEL, type AppApi, type AppEvent } from '../shared/ipc';
import { defaultLanguage, type Language } from '../shared/language';
import { AppError } from '../shared/errors';
import { applyDocumentState, askToSave, createCloseGuard, reportAbandonedSaves, type CloseGuard } from './close-guard';
import { createElectronDialogs } from './electron-dialogs';
import { configureFigureAssets } from './export/figures/assets';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc-register';
import { projectPathFromArgv } from './launch-args';
import { buildMenuTemplate } from './menu';
import { createPreferencesStore } from './store/preferences-store';
import { createProjectStore } from './store/project-store';
import { createRecoveryStore } from './store/recovery-store';
import { configureSession, hardenWebContents, isAppUrl, mainWindowOptions } from './window';

// V8's code cache (Node 22's own) for the modules loaded from here on, such as the exporters,
// which are imported on first use: the second start's first export compiles almost nothing.
(Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(path.join(app.getPath('userData'), 'compile-cache'));

// Squirrel (the Windows installer) starts the app during install/uninstall to make shortcuts.
if (started) app.quit();

// One Drijfveer at a time: a second start hands its file to the first and exits.
const isPrimaryInstance = app.requestSingleInstanceLock();
if (!isPrimaryInstance) app.quit();

const isDev = !app.isPackaged;
const appUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL
  ? MAIN_WINDOW_VITE_DEV_SERVER_URL
  : pathToFileURL(path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`)).href;

let mainWindow: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;
let language: Language = defaultLanguage;
let rendererReady = false;
/** Files the OS asked us to open before the window could receive them. */
const pendingFiles: string[] = [];

const launchFile = projectPathFromArgv(process.argv, process.cwd());
if (launchFile) pendingFiles.push(launchFile);

function sendEvent(event: AppEvent): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event);
}

function openFromOs(filePath: string): void {
  if (mainWindow && rendererReady) {
    sendEvent({ type: 'open-file', path: filePath });
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  } else {
    pendingFiles.push(filePath);
  }
}

// macOS: double-clicked files arrive as events, possibly before 'ready'.
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  openFromOs(filePath);
});

app.on('second-instance', (_event, argv, workingDirectory) => {
  const filePath = projectPathFromArgv(argv, workingDirectory);
  if (filePath) openFromOs(filePath);
  else if (mainWindow) mainWindow.focus();
});

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const appVersion = app.getVersion();
  const preferences = createPreferencesStore(dataDir);
  language = (await preferences.get().catch(() => null))?.language ?? defaultLanguage;

  let handlers: AppApi | null = null;
  const refreshMenu = async (): Promise<void> => {
    const recentFiles = handlers ? await handlers.listRecentFiles().catch(() => []) : [];
    const template = buildMenuTemplate(language, {
      platform: process.platform,
      isDev,
      recentFiles,
      sendCommand: (command) => sendEvent({ type: 'menu', command }),
      openRecent: (filePath) => sendEvent({ type: 'open-file', path: filePath }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  // Packaged builds carry the figure fonts and resvg's wasm as extra resources
  // (forge.config.ts); in development both are found in the repository.
  if (app.isPackaged) {
    configureFigureAssets({
      wasmPath: path.join(process.resourcesPath, 'index_bg.wasm'),
      fontDir: path.join(process.resourcesPath, 'fonts'),
    });
  }
  handlers = createHandlers({
    store: createProjectStore({ appVersion }),
    preferences,
    recovery: createRecoveryStore(dataDir, { appVersion }),
    dialogs: createElectronDialogs({
      dialog,
      window: () => mainWindow,
      language: () => language,
      defaultFolder: () => app.getPath('documents'),
    }),
    host: 'electron',
    appVersion,
    samplesDir: app.isPackaged
      ? path.join(process.resourcesPath, 'samples')
      : path.join(app.getAppPath(), 'resources', 'samples'),
    onDocumentState: (state) => {
      closeGuard?.onDocumentState(state);
      if (mainWindow) applyDocumentState(mainWindow, state, process.platform);
    },
    openExternal: (url) => shell.openExternal(url),
    exportedFiles: {
      async open(filePath) {
        // openPath reports failure as a message, not a rejection.
        const problem = await shell.openPath(filePath);
        if (problem) throw new AppError('INTERNAL', { reason: problem.slice(0, 200) });
      },
      async showInFolder(filePath) {
        shell.showItemInFolder(filePath);
      },
    },
    emit: sendEvent,
    onPreferencesChanged: (updated) => {
      language = updated.language;
      void refreshMenu();
    },
    onRecentFilesChanged: () => void refreshMenu(),
  });
  const api = reportAbandonedSaves(handlers, () => closeGuard);

  registerIpc(ipcMain, api, (url) => isAppUrl(url, appUrl));
  configureSession(session.defaultSession, { mode: isDev ? 'development' : 'production', platform: process.platform });
  await refreshMenu();

  const createWindow = (): void => {
    const icon = isDev ? path.join(app.getAppPath(), 'resources', 'icons', 'icon.png') : undefined;
    const window = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.js'), icon));
    mainWindow = window;
    rendererReady = false;
    hardenWebContents(window.webContents, { appUrl, openLink: (url) => api.openExternalLink({ url }) });

    const guard = createCloseGuard({
      ask: (title) => askToSave(dialog, window, language, title),
      requestSave: () => sendEvent({ type: 'menu', command: 'save' }),
      closeWindow: () => window.close(),
    });
    closeGuard = guard;
    window.on('close', (event) => guard.onClose(event));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.once('ready-to-show', () => window.show());
    // The preload holds events until the UI subscribes, so files can be handed over as soon as it has loaded.
    window.webContents.on('did-finish-load', () => {
      rendererReady = true;
      for (const filePath of pendingFiles.splice(0)) sendEvent({ type: 'open-file', path: filePath });
    });

    if (MAIN_WINDOW_VITE_DEV_SERVER_URL) void window.loadURL(MAIN_WINDOW_VITE_DEV_SERVER_URL);
    else void window.loadFile(path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`));
  };

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

if (isPrimaryInstance && !started) {
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Drijfveer', `Drijfveer kon niet starten / could not start: ${String(error)}`);
    app.quit();
  });
}
