import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { applyDocumentState, askToSave, createCloseGuard, reportAbandonedSaves, windowTitle, type CloseChoice } from '../../src/main/close-guard';
import { apiMethods, type AppApi } from '../../src/shared/ipc';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(choice: CloseChoice) {
  const deps = { ask: vi.fn(async (_title: string) => choice), requestSave: vi.fn(), closeWindow: vi.fn() };
  const guard = createCloseGuard(deps);
  const closeEvent = () => {
    const event = { preventDefault: vi.fn() };
    guard.onClose(event);
    return event;
  };
  return { deps, guard, closeEvent };
}

describe('close guard', () => {
  it('lets a clean window close without asking', () => {
    const { deps, closeEvent } = setup('cancel');
    expect(closeEvent().preventDefault).not.toHaveBeenCalled();
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('keeps a dirty window open when the user cancels', async () => {
    const { deps, guard, closeEvent } = setup('cancel');
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'rapport.drijfveer' });
    expect(closeEvent().preventDefault).toHaveBeenCalled();
    await flush();
    expect(deps.ask).toHaveBeenCalledWith('rapport.drijfveer');
    expect(deps.closeWindow).not.toHaveBeenCalled();
    expect(deps.requestSave).not.toHaveBeenCalled();
  });

  it('closes without saving on "Don’t save", letting that close through', async () => {
    const { deps, guard, closeEvent } = setup('discard');
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    await flush();
    expect(deps.closeWindow).toHaveBeenCalledTimes(1);
    expect(closeEvent().preventDefault).not.toHaveBeenCalled();
  });

  it('on "Save" asks the renderer to save and closes once it reports the document clean', async () => {
    const { deps, guard, closeEvent } = setup('save');
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    await flush();
    expect(deps.requestSave).toHaveBeenCalledTimes(1);
    expect(deps.closeWindow).not.toHaveBeenCalled();
    guard.onDocumentState({ docId: 'd', dirty: false, title: 'x' });
    expect(deps.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('stays open when the save failed or was cancelled, and does not close on a later save', async () => {
    const { deps, guard, closeEvent } = setup('save');
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    await flush();
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    guard.onDocumentState({ docId: 'd', dirty: false, title: 'x' });
    expect(deps.closeWindow).not.toHaveBeenCalled();
  });

  it('a cancelled Save-as after "Save" keeps the window open, also through a later save', async () => {
    const { deps, guard, closeEvent } = setup('save');
    const handlers = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => null)])) as unknown as AppApi;
    const api = reportAbandonedSaves(handlers, () => guard);
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    await flush();
    expect(await api.saveProjectAs({ docId: 'd', project: {} as never })).toBeNull();
    guard.onDocumentState({ docId: 'd', dirty: false, title: 'x' });
    expect(deps.closeWindow).not.toHaveBeenCalled();
  });

  it('a failed save after "Save" keeps the window open, and the error still reaches the renderer', async () => {
    const { deps, guard, closeEvent } = setup('save');
    const handlers = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => null)])) as unknown as AppApi;
    vi.mocked(handlers.saveProject).mockRejectedValueOnce(new Error('disk full'));
    const api = reportAbandonedSaves(handlers, () => guard);
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    await flush();
    await expect(api.saveProject({ docId: 'd', project: {} as never })).rejects.toThrow('disk full');
    guard.onDocumentState({ docId: 'd', dirty: false, title: 'x' });
    expect(deps.closeWindow).not.toHaveBeenCalled();
  });

  it('asks only once while the question is open', async () => {
    const { deps, guard, closeEvent } = setup('cancel');
    guard.onDocumentState({ docId: 'd', dirty: true, title: 'x' });
    closeEvent();
    closeEvent();
    await flush();
    expect(deps.ask).toHaveBeenCalledTimes(1);
  });
});

describe('askToSave', () => {
  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ] as const)('maps button %i to %s, with Dutch labels and Cancel as the escape', async (response, choice) => {
    const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
    expect(await askToSave(dialog as never, {} as never, 'nl', 'rapport.drijfveer')).toBe(choice);
    const options = (dialog.showMessageBox.mock.calls[0] as unknown[])[1] as { buttons: string[]; cancelId: number; message: string };
    expect(options.buttons).toEqual(['Bewaren', 'Niet bewaren', 'Annuleren']);
    expect(options.cancelId).toBe(2);
    expect(options.message).toContain('rapport.drijfveer');
  });
});

describe('title bar', () => {
  it('shows the file name with a * when unsaved, except on macOS', () => {
    expect(windowTitle({ docId: 'd', dirty: true, title: 'rapport.drijfveer' }, 'win32')).toBe('* rapport.drijfveer • Drijfveer');
    expect(windowTitle({ docId: 'd', dirty: false, title: 'rapport.drijfveer' }, 'linux')).toBe('rapport.drijfveer • Drijfveer');
    expect(windowTitle({ docId: 'd', dirty: true, title: 'rapport.drijfveer' }, 'darwin')).toBe('rapport.drijfveer • Drijfveer');
    expect(windowTitle({ docId: null, dirty: false, title: '' }, 'linux')).toBe('Drijfveer');
  });

  it('sets macOS’s edited marker instead', () => {
    const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
    applyDocumentState(window, { docId: 'd', dirty: true, title: 'a' }, 'darwin');
    expect(window.setDocumentEdited).toHaveBeenCalledWith(true);
    const linux = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
    applyDocumentState(linux, { docId: 'd', dirty: true, title: 'a' }, 'linux');
    expect(linux.setTitle).toHaveBeenCalledWith('* a • Drijfveer');
    expect(linux.setDocumentEdited).not.toHaveBeenCalled();
  });
});
