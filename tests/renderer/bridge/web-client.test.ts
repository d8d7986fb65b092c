import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../src/renderer/bridge/web-client';
import { startWebHost, type WebHost } from '../../../src/main/web-host/server';
import { AppError } from '../../../src/shared/errors';
import { apiMethods } from '../../../src/shared/ipc';

// The web bridge against the real browser host; fetch gets the page's origin added,
// since outside a page a relative URL has nothing to resolve against.
let root: string;
let host: WebHost;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drijfveer-webclient-'));
  await mkdir(join(root, 'web'));
  await writeFile(join(root, 'web', 'index.html'), '<html><head></head></html>');
  host = await startWebHost({ webRoot: join(root, 'web'), dataDir: join(root, 'data'), workDir: root, samplesDir: root, appVersion: '3.2.1' });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(`${host.origin}${input}`, init));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('web bridge', () => {
  it('offers every contract method and calls the real handlers', async () => {
    const bridge = createWebBridge(host.token);
    for (const method of apiMethods) expect(typeof bridge[method], method).toBe('function');
    expect(bridge.host).toBe('web');
    expect(bridge.pathForFile({} as File)).toBeNull();
    expect(await bridge.getAppInfo()).toMatchObject({ host: 'web', appVersion: '3.2.1' });
    const created = await bridge.newProject({ language: 'en' });
    expect(created.doc.path).toBeNull();
  });

  it('throws AppErrors with the handler’s code', async () => {
    const bridge = createWebBridge(host.token);
    const error = await bridge.openProject({ path: join(root, 'nope.drijfveer') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_NOT_FOUND');
  });

  it('without the right token every call is BRIDGE_FORBIDDEN', async () => {
    const error = await createWebBridge('wrong').getAppInfo().catch((e: unknown) => e);
    expect((error as AppError).code).toBe('BRIDGE_FORBIDDEN');
  });

  it('reports an unreachable host as INTERNAL', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    const error = await createWebBridge(host.token).getAppInfo().catch((e: unknown) => e);
    expect((error as AppError).code).toBe('INTERNAL');
  });
});
