import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createElectronDialogs } from '../../src/main/electron-dialogs';

function setup(language: 'nl' | 'en' = 'nl', hasWindow = true) {
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/docs/a.drijfveer'] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '/docs/b.drijfveer' })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  };
  const window = hasWindow ? ({ id: 1 } as never) : null;
  const dialogs = createElectronDialogs({ dialog: dialog as never, window: () => window, language: () => language, defaultFolder: () => '/home/anna/Documenten' });
  return { dialog, dialogs, window };
}

const lastOptions = (mock: { mock: { calls: unknown[][] } }) => {
  const call = mock.mock.calls.at(-1)!;
  return call[call.length - 1] as Record<string, unknown>;
};

describe('Electron dialogs', () => {
  it('opens only .drijfveer files, attached to the window', async () => {
    const { dialog, dialogs, window } = setup();
    expect(await dialogs.chooseProjectToOpen()).toBe('/docs/a.drijfveer');
    expect(dialog.showOpenDialog.mock.calls[0][0]).toBe(window);
    expect(lastOptions(dialog.showOpenDialog)).toMatchObject({ filters: [{ name: 'Drijfveer-project', extensions: ['drijfveer'] }], properties: ['openFile'] });
  });

  it('returns null when open or save is cancelled', async () => {
    const { dialog, dialogs } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.chooseProjectToOpen()).toBeNull();
    expect(await dialogs.chooseSaveLocation('x.drijfveer')).toBeNull();
  });

  it('suggests the default name in the documents folder, in English when the UI is English', async () => {
    const { dialog, dialogs } = setup('en', false);
    expect(await dialogs.chooseSaveLocation('Proeftuin.drijfveer')).toBe('/docs/b.drijfveer');
    expect(dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
    expect(lastOptions(dialog.showSaveDialog)).toMatchObject({
      defaultPath: '/home/anna/Documenten/Proeftuin.drijfveer',
      filters: [{ name: 'Drijfveer project', extensions: ['drijfveer'] }],
    });
  });

  it('confirms links only on the explicit Open button, showing the URL', async () => {
    const { dialog, dialogs } = setup();
    expect(await dialogs.confirmOpenExternal('https://www.nji.nl/')).toBe(true);
    expect(lastOptions(dialog.showMessageBox)).toMatchObject({ detail: 'https://www.nji.nl/', buttons: ['Openen', 'Annuleren'], defaultId: 1, cancelId: 1 });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await dialogs.confirmOpenExternal('https://www.nji.nl/')).toBe(false);
  });
});

describe('Electron export dialog', () => {
  it('starts in the project folder with the suggested name and offers only the chosen format', async () => {
    const { dialog, dialogs, window } = setup('nl');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/projecten/rapport.docx' });
    expect(await dialogs.chooseExportLocation({ defaultName: 'rapport-2026-11-22.docx', format: 'docx', folder: '/projecten' })).toBe('/projecten/rapport.docx');
    expect(dialog.showSaveDialog.mock.calls[0][0]).toBe(window);
    expect(lastOptions(dialog.showSaveDialog)).toMatchObject({
      title: 'Rapport exporteren',
      defaultPath: '/projecten/rapport-2026-11-22.docx',
      filters: [{ name: 'Word-document', extensions: ['docx'] }],
    });
  });

  it('uses the documents folder for a never-saved project, English words, and null on cancel', async () => {
    const { dialog, dialogs } = setup('en', false);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.chooseExportLocation({ defaultName: 'r.pdf', format: 'pdf', folder: null })).toBeNull();
    expect(lastOptions(dialog.showSaveDialog)).toMatchObject({
      title: 'Export report',
      defaultPath: '/home/anna/Documenten/r.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });
});
