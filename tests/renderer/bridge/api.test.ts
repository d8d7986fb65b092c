import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { apiMethods, type RendererApi } from '../../../src/shared/ipc';

// api.ts decides at import time between the preload's window.api and the web bridge.
afterEach(() => {
  vi.resetModules();
  delete (globalThis as { window?: unknown }).window;
});

function fakePreloadApi(): RendererApi {
  const methods = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => `value of ${m}`)]));
  return { ...methods, host: 'electron', onEvent: vi.fn(() => () => undefined), pathForFile: vi.fn(() => '/p/x.drijfveer') } as unknown as RendererApi;
}

describe('renderer api over the Electron preload', () => {
  it('passes values through and turns the preload’s plain-object rejections back into AppErrors', async () => {
    const exposed = fakePreloadApi();
    vi.mocked(exposed.openProject).mockRejectedValueOnce({ code: 'FILE_CHANGED_ON_DISK', params: { fileName: 'a.drijfveer' } });
    (globalThis as { window?: unknown }).window = { api: exposed };
    const { api } = await import('../../../src/renderer/bridge/api');

    expect(api.host).toBe('electron');
    expect(await api.listRecentFiles()).toBe('value of listRecentFiles');
    const error = await api.openProject({ path: '/a.drijfveer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_CHANGED_ON_DISK');
    expect((error as AppError).params).toEqual({ fileName: 'a.drijfveer' });
    expect(exposed.openProject).toHaveBeenCalledWith({ path: '/a.drijfveer' });
    expect(api.pathForFile({} as File)).toBe('/p/x.drijfveer');
  });

  it('reports an Error that lost its code crossing the bridge as INTERNAL, not as a crash', async () => {
    const exposed = fakePreloadApi();
    vi.mocked(exposed.getPreferences).mockRejectedValueOnce(new Error('Error invoking remote method'));
    (globalThis as { window?: unknown }).window = { api: exposed };
    const { api } = await import('../../../src/renderer/bridge/api');
    const error = await api.getPreferences().catch((e: unknown) => e);
    expect((error as AppError).code).toBe('INTERNAL');
  });
});
