import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { registerIpc } from '../../src/main/ipc-register';
import { apiMethods, channelFor, type AppApi } from '../../src/shared/ipc';

function setup() {
  const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => void registered.set(channel, listener)) };
  const handlers = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => `ok ${m}`)])) as unknown as AppApi;
  registerIpc(ipcMain as never, handlers, (url) => url === 'file:///app/index.html');
  const eventFrom = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
  return { registered, handlers, eventFrom };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method, and nothing else', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(apiMethods.map(channelFor).sort());
  });

  it('dispatches calls from the app’s own page with validated arguments', async () => {
    const { registered, handlers, eventFrom } = setup();
    const result = await registered.get(channelFor('newProject'))!(eventFrom('file:///app/index.html'), { language: 'nl' });
    expect(result).toEqual({ ok: true, value: 'ok newProject' });
    expect(handlers.newProject).toHaveBeenCalledWith({ language: 'nl' });
    const bad = await registered.get(channelFor('newProject'))!(eventFrom('file:///app/index.html'), { language: 'fr' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BRIDGE_BAD_ARGUMENTS' } });
  });

  it('refuses calls from any other frame, or a frame already gone, with BRIDGE_FORBIDDEN', async () => {
    const { registered, handlers, eventFrom } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', null]) {
      const result = await registered.get(channelFor('openProject'))!(eventFrom(url), { path: '/etc/passwd' });
      expect(result).toEqual({ ok: false, error: { code: 'BRIDGE_FORBIDDEN', params: {} } });
    }
    expect(handlers.openProject).not.toHaveBeenCalled();
  });
});
