// The native application menu, as a pure function of the language, platform and
// recent files, so it can be tested without Electron. Commands that our own
// code must handle (undo/redo go through the project history, not the text
// field's) are sent to the renderer as menu commands; clipboard, zoom and
// full-screen use Electron's roles.

import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/language';
import type { MenuCommand, RecentFile } from '../shared/ipc';
import nlMenu from '../shared/i18n/nl/menu.json';
import enMenu from '../shared/i18n/en/menu.json';

export type MenuStrings = typeof nlMenu;

export function menuStrings(language: Language): MenuStrings {
  return language === 'en' ? enMenu : nlMenu;
}

/** Fills `{{name}}` placeholders. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export interface MenuDeps {
  platform: NodeJS.Platform;
  /** Development build: adds reload and developer tools. */
  isDev: boolean;
  recentFiles: readonly RecentFile[];
  sendCommand(command: MenuCommand): void;
  openRecent(path: string): void;
}

export function buildMenuTemplate(language: Language, deps: MenuDeps): MenuItemConstructorOptions[] {
  const t = menuStrings(language);
  const isMac = deps.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.sendCommand(cmd),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const existingRecent = deps.recentFiles.filter((file) => file.exists);
  const recentSubmenu: MenuItemConstructorOptions[] =
    existingRecent.length === 0
      ? [{ label: t.file.recentEmpty, enabled: false }]
      : existingRecent.map((file) => ({
          // The title says which report; the file name tells copies apart. `&` would become a mnemonic on Windows.
          label: (file.title ? `${file.title} — ${file.fileName}` : file.fileName).replace(/&/g, '&&'),
          click: () => deps.openRecent(file.path),
        }));

  const appMenu: MenuItemConstructorOptions = {
    label: 'Drijfveer',
    submenu: [
      command(t.app.about, 'about'),
      separator,
      { role: 'services', label: t.app.services },
      separator,
      { role: 'hide', label: t.app.hide },
      { role: 'hideOthers', label: t.app.hideOthers },
      { role: 'unhide', label: t.app.unhide },
      separator,
      { role: 'quit', label: t.app.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file.label,
    submenu: [
      command(t.file.new, 'new', 'CmdOrCtrl+N'),
      command(t.file.open, 'open', 'CmdOrCtrl+O'),
      { label: t.file.recent, submenu: recentSubmenu },
      command(t.file.openSample, 'open-sample'),
      separator,
      command(t.file.save, 'save', 'CmdOrCtrl+S'),
      command(t.file.saveAs, 'save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      {
        label: t.file.export,
        submenu: [command(t.file.exportDocx, 'export-docx'), command(t.file.exportPdf, 'export-pdf', 'CmdOrCtrl+P')],
      },
      separator,
      command(t.file.sendForReview, 'send-for-review'),
      command(t.file.mergeReview, 'merge-review'),
      command(t.file.importReviewDocx, 'import-review-docx'),
      command(t.file.deliver, 'deliver'),
      separator,
      command(t.file.close, 'close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [separator, { role: 'quit', label: t.file.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit.label,
    submenu: [
      command(t.edit.undo, 'undo', 'CmdOrCtrl+Z'),
      command(t.edit.redo, 'redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      separator,
      { role: 'cut', label: t.edit.cut },
      { role: 'copy', label: t.edit.copy },
      { role: 'paste', label: t.edit.paste },
      { role: 'selectAll', label: t.edit.selectAll },
      separator,
      command(t.edit.find, 'find', 'CmdOrCtrl+K'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view.label,
    submenu: [
      ...(deps.isDev
        ? [
            { role: 'reload', label: t.view.reload } satisfies MenuItemConstructorOptions,
            { role: 'toggleDevTools', label: t.view.devTools } satisfies MenuItemConstructorOptions,
            separator,
          ]
        : []),
      command(t.view.comments, 'toggle-comments', 'CmdOrCtrl+Alt+M'),
      separator,
      { role: 'resetZoom', label: t.view.resetZoom },
      { role: 'zoomIn', label: t.view.zoomIn },
      { role: 'zoomOut', label: t.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.view.fullscreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window.label,
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t.window.minimize },
      { role: 'zoom', label: t.window.zoom },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help.label,
    role: 'help',
    submenu: isMac ? [] : [command(t.help.about, 'about')],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}
