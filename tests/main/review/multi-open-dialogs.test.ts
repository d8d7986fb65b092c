// Picking several review copies at once: Electron's open dialog with
// multi-select, and the browser host's queued answers that E2E tests give.

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createElectronDialogs } from '../../../src/main/electron-dialogs';
import { createQueuedDialogs } from '../../../src/main/web-host/dialog-queue';

describe('choosing several project files', () => {
  it('uses a multi-select open dialog for .drijfveer files in Electron, null when cancelled', async () => {
    const dialog = {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/d/a.drijfveer', '/d/b.drijfveer'] })),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
    };
    const dialogs = createElectronDialogs({ dialog: dialog as never, window: () => null, language: () => 'en', defaultFolder: () => '/home' });
    expect(await dialogs.chooseProjectsToOpen?.()).toEqual(['/d/a.drijfveer', '/d/b.drijfveer']);
    expect(dialog.showOpenDialog.mock.calls[0][0]).toMatchObject({
      title: 'Choose review copies to merge',
      properties: ['openFile', 'multiSelections'],
      filters: [{ extensions: ['drijfveer'] }],
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseProjectsToOpen?.()).toBeNull();
  });

  it('answers from the browser host queue, and cancels when nothing is queued', async () => {
    const queued = createQueuedDialogs('/work');
    queued.enqueue({ openMany: ['/w/a.drijfveer', '/w/b.drijfveer'] });
    expect(await queued.dialogs.chooseProjectsToOpen?.()).toEqual(['/w/a.drijfveer', '/w/b.drijfveer']);
    expect(await queued.dialogs.chooseProjectsToOpen?.()).toBeNull();
    // The single-file queue is separate.
    queued.enqueue({ open: '/w/c.drijfveer' });
    expect(await queued.dialogs.chooseProjectsToOpen?.()).toBeNull();
    expect(await queued.dialogs.chooseProjectToOpen()).toBe('/w/c.drijfveer');
  });
});
