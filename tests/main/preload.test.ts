import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, apiMethods, channelFor, type AppEvent } from '../../src/shared/ipc';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const ipcListeners: ((event: unknown, payload: unknown) => void)[] = [];
  return {
    exposed,
    ipcListeners,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => void (exposed[key] = value)) },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
      on: vi.fn((_channel: string, listener: (event: unknown, payload: unknown) => void) => void ipcListeners.push(listener)),
    },
    webUtils: { getPathForFile: vi.fn((_file: unknown) => '/home/anna/rapport.drijfveer') },
  };
});
vi.mock('electron', () => electron);

type ExposedApi = Record<string, unknown> & {
  onEvent(listener: (event: AppEvent) => void): () => void;
  pathForFile(file: unknown): string | null;
};
let api: ExposedApi;

beforeAll(async () => {
  await import('../../src/main/preload');
  api = electron.exposed.api as ExposedApi;
});

describe('preload', () => {
  it('exposes exactly the contract methods plus onEvent, host and pathForFile as window.api', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual([...apiMethods, 'host', 'onEvent', 'pathForFile'].sort());
    expect(api.host).toBe('electron');
  });

  it('invokes the method’s own channel and unwraps the value', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { language: 'en', author: null } });
    const value = await (api.getPreferences as () => Promise<unknown>)();
    expect(value).toEqual({ language: 'en', author: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor('getPreferences'));
  });

  it('rejects with the plain serialized error, which survives the context bridge intact', async () => {
    const error = { code: 'FILE_NOT_FOUND', params: { fileName: 'x.drijfveer' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error });
    await expect((api.openProject as (a: unknown) => Promise<unknown>)({ path: '/x.drijfveer' })).rejects.toEqual(error);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor('openProject'), { path: '/x.drijfveer' });
  });

  it('holds events that arrive before the UI subscribes and delivers them to the first listener', () => {
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    const emit = (payload: AppEvent) => electron.ipcListeners.forEach((l) => l({}, payload));
    emit({ type: 'open-file', path: '/a.drijfveer' });
    const received: AppEvent[] = [];
    const unsubscribe = api.onEvent((e) => received.push(e));
    expect(received).toEqual([{ type: 'open-file', path: '/a.drijfveer' }]);
    emit({ type: 'menu', command: 'save' });
    expect(received).toHaveLength(2);
    unsubscribe();
    emit({ type: 'menu', command: 'undo' });
    expect(received).toHaveLength(2);
  });

  it('gives the path of a dropped file, or null when Electron cannot', () => {
    expect(api.pathForFile({})).toBe('/home/anna/rapport.drijfveer');
    electron.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new Error('not a file');
    });
    expect(api.pathForFile({})).toBeNull();
  });
});
