import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

// window.ts only needs Electron's types; the mock guarantees no test can reach the real binary.
vi.mock('electron', () => ({}));

import { configureSession, hardenWebContents, isAppUrl, mainWindowOptions } from '../../src/main/window';
import { contentSecurityPolicy } from '../../src/shared/csp';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
    }),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
    fire(name: string, url = '') {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event;
    },
    open(url: string) {
      return openHandler!({ url });
    },
  };
}

describe('mainWindowOptions', () => {
  it('isolates the renderer completely from Node', () => {
    const options = mainWindowOptions('/app/preload.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    });
    expect(options.show).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts only the app’s own page', () => {
    const file = 'file:///opt/Drijfveer/resources/app.asar/.vite/renderer/main_window/index.html';
    expect(isAppUrl(`${file}#/stap/3`, file)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('https://evil.example/', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const appUrl = 'file:///app/index.html';
  let contents: ReturnType<typeof fakeWebContents>;
  let openLink: Mock<(url: string) => Promise<boolean>>;
  beforeEach(() => {
    contents = fakeWebContents();
    openLink = vi.fn(async (_url: string) => true);
    hardenWebContents(contents as never, { appUrl, openLink });
  });

  it('blocks navigation and redirects away from the app, but not within it', () => {
    expect(contents.fire('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(contents.fire('will-navigate', 'file:///home/user/other.html').preventDefault).toHaveBeenCalled();
    expect(contents.fire('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(contents.fire('will-navigate', `${appUrl}#/rapport`).preventDefault).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    expect(contents.fire('will-attach-webview').preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; web and mail links go to the confirm-then-open path', () => {
    for (const url of ['https://www.nji.nl/', 'http://example.nl/', 'mailto:a@b.nl']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(openLink.mock.calls.map((c) => c[0])).toEqual(['https://www.nji.nl/', 'http://example.nl/', 'mailto:a@b.nl']);
  });
});

describe('configureSession', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    configureSession(session as never, { mode: 'production', platform: 'linux' });
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as (...a: unknown[]) => boolean;
    expect(check({}, 'media', 'file://', {})).toBe(false);
  });

  it('replaces any CSP header with ours on every response', () => {
    const session = fakeSession();
    configureSession(session as never, { mode: 'production', platform: 'linux' });
    const listener = session.webRequest.onHeadersReceived.mock.calls[0][0] as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy('production')]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('checks Dutch spelling (and English) except on macOS, where the OS decides', () => {
    const linux = fakeSession();
    configureSession(linux as never, { mode: 'production', platform: 'linux' });
    expect(linux.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl-NL', 'en-US']);
    const mac = fakeSession();
    configureSession(mac as never, { mode: 'development', platform: 'darwin' });
    expect(mac.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
