// The native menu carries the comments command with its shortcut, in both languages.

import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../src/main/menu';

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('comments menu command', () => {
  it('View › Comments sends toggle-comments with Ctrl/Cmd+Alt+M', () => {
    for (const [language, view, label] of [['nl', 'Beeld', 'Opmerkingen'], ['en', 'View', 'Comments']] as const) {
      const sendCommand = vi.fn();
      const template = buildMenuTemplate(language, { platform: 'linux', isDev: false, recentFiles: [], sendCommand, openRecent: vi.fn() });
      const entry = submenu(template.find((m) => m.label === view)).find((m) => m.label === label);
      expect(entry?.accelerator).toBe('CmdOrCtrl+Alt+M');
      (entry?.click as () => void)();
      expect(sendCommand).toHaveBeenCalledWith('toggle-comments');
    }
  });
});
