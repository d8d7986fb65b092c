import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, fillTemplate, type MenuDeps } from '../../src/main/menu';
import nlMenu from '../../src/shared/i18n/nl/menu.json';
import enMenu from '../../src/shared/i18n/en/menu.json';
import type { RecentFile } from '../../src/shared/ipc';

function deps(overrides: Partial<MenuDeps> = {}): MenuDeps {
  return { platform: 'linux', isDev: false, recentFiles: [], sendCommand: vi.fn(), openRecent: vi.fn(), ...overrides };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label);
const item = (menu: MenuItemConstructorOptions[], label: string) => menu.find((m) => m.label === label);
const click = (entry: MenuItemConstructorOptions | undefined) =>
  (entry?.click as unknown as () => void)();

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('menu labels', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(keyPaths(nlMenu).sort()).toEqual(keyPaths(enMenu).sort());
    for (const path of keyPaths(nlMenu)) {
      const get = (o: unknown) => path.split('.').reduce((acc: unknown, k) => (acc as Record<string, unknown>)[k], o);
      expect(String(get(nlMenu)).trim(), path).not.toBe('');
      expect(String(get(enMenu)).trim(), path).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Bewaren in ‘{{title}}’? {{x}}', { title: 'rapport' })).toBe('Bewaren in ‘rapport’? {{x}}');
  });
});

describe('buildMenuTemplate', () => {
  it('builds Bestand, Bewerken, Beeld and Help in Dutch on Windows/Linux', () => {
    const template = buildMenuTemplate('nl', deps());
    expect(template.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const file = submenuOf(top(template, 'Bestand'));
    expect(file.filter((m) => m.label).map((m) => m.label)).toEqual([
      'Nieuw', 'Openen…', 'Recent geopend', 'Voorbeeldproject openen', 'Opslaan', 'Opslaan als…', 'Exporteren',
      'Verstuur voor review…', 'Review samenvoegen…', 'Review uit Word importeren…', 'Opleveren…', 'Sluiten', 'Afsluiten',
    ]);
    const edit = submenuOf(top(template, 'Bewerken'));
    expect(edit.filter((m) => m.label).map((m) => m.label)).toEqual([
      'Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren', 'Zoeken…',
    ]);
    expect(submenuOf(top(template, 'Help')).map((m) => m.label)).toEqual(['Over Drijfveer']);
  });

  it('builds the English menu with the macOS app menu and Window menu on darwin', () => {
    const template = buildMenuTemplate('en', deps({ platform: 'darwin' }));
    expect(template.map((m) => m.label)).toEqual(['Drijfveer', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = submenuOf(template[0]);
    expect(appMenu.some((m) => m.role === 'quit')).toBe(true);
    // On macOS Quit lives in the app menu, not in File.
    expect(submenuOf(top(template, 'File')).some((m) => m.role === 'quit')).toBe(false);
  });

  it('uses platform-neutral accelerators, with the platform’s redo key', () => {
    const linuxEdit = submenuOf(buildMenuTemplate('en', deps()).find((m) => m.label === 'Edit'));
    const macEdit = submenuOf(buildMenuTemplate('en', deps({ platform: 'darwin' })).find((m) => m.label === 'Edit'));
    expect(item(linuxEdit, 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(item(linuxEdit, 'Redo')?.accelerator).toBe('CmdOrCtrl+Y');
    expect(item(macEdit, 'Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(item(linuxEdit, 'Find…')?.accelerator).toBe('CmdOrCtrl+K');
    const file = submenuOf(buildMenuTemplate('en', deps()).find((m) => m.label === 'File'));
    expect(item(file, 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(item(file, 'Save As…')?.accelerator).toBe('Shift+CmdOrCtrl+S');
  });

  it('sends our own commands to the renderer (undo/redo through the project history), clipboard via roles', () => {
    const sendCommand = vi.fn();
    const template = buildMenuTemplate('nl', deps({ sendCommand }));
    const file = submenuOf(top(template, 'Bestand'));
    const edit = submenuOf(top(template, 'Bewerken'));
    click(item(edit, 'Ongedaan maken'));
    click(item(edit, 'Opnieuw'));
    click(item(edit, 'Zoeken…'));
    click(item(file, 'Opslaan als…'));
    const exportMenu = submenuOf(item(file, 'Exporteren'));
    for (const entry of exportMenu) click(entry);
    expect(sendCommand.mock.calls.map((c) => c[0])).toEqual(['undo', 'redo', 'find', 'save-as', 'export-docx', 'export-pdf']);
    expect(item(edit, 'Ongedaan maken')?.role).toBeUndefined();
    expect(item(edit, 'Knippen')?.role).toBe('cut');
    expect(item(edit, 'Plakken')?.role).toBe('paste');
  });

  it('sends the review and delivery commands from the File menu, in both languages', () => {
    for (const [language, labels] of [
      ['nl', ['Verstuur voor review…', 'Review samenvoegen…', 'Opleveren…']],
      ['en', ['Send for review…', 'Merge review…', 'Deliver…']],
    ] as const) {
      const sendCommand = vi.fn();
      const template = buildMenuTemplate(language, deps({ sendCommand }));
      const file = submenuOf(template.find((m) => m.label === (language === 'nl' ? 'Bestand' : 'File')) as MenuItemConstructorOptions);
      for (const label of labels) click(item(file, label));
      expect(sendCommand.mock.calls.map((c) => c[0])).toEqual(['send-for-review', 'merge-review', 'deliver']);
    }
  });

  it('lists existing recent files (escaping & for mnemonics) and opens them on click', () => {
    const recentFiles: RecentFile[] = [
      { path: '/p/a.drijfveer', fileName: 'a.drijfveer', title: 'Jeugd & gezin', openedAt: '', exists: true },
      { path: '/p/gone.drijfveer', fileName: 'gone.drijfveer', title: 'Weg', openedAt: '', exists: false },
    ];
    const openRecent = vi.fn();
    const file = submenuOf(top(buildMenuTemplate('nl', deps({ recentFiles, openRecent })), 'Bestand'));
    const recent = submenuOf(item(file, 'Recent geopend'));
    expect(recent.map((m) => m.label)).toEqual(['Jeugd && gezin — a.drijfveer']);
    click(recent[0]);
    expect(openRecent).toHaveBeenCalledWith('/p/a.drijfveer');

    const empty = submenuOf(item(submenuOf(top(buildMenuTemplate('nl', deps()), 'Bestand')), 'Recent geopend'));
    expect(empty).toEqual([{ label: 'Geen recente bestanden', enabled: false }]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenuOf(top(buildMenuTemplate('en', deps({ isDev })), 'View')).map((m) => m.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });
});
