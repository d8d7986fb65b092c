// How the main window is locked down. The renderer shows project files that
// came from elsewhere (a colleague, a municipality), so it is treated as a web
// page that must never gain Node, navigate away, open windows, or be granted
// device permissions. Links leave the app only through the confirm-then-open
// path shared with the bridge's openExternalLink.

import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../shared/csp';

export function mainWindowOptions(preloadPath: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Drijfveer',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
    },
  };
}

/** True when `candidate` is the app's own page: the dev server's origin, or the packaged index.html file. */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(candidate);
    b = new URL(appUrl);
  } catch {
    return false;
  }
  if (a.protocol !== b.protocol) return false;
  if (a.protocol === 'file:') return a.pathname === b.pathname && a.host === b.host;
  return a.origin === b.origin;
}

export interface HardenDeps {
  /** The URL the window loads (dev server or file:// index.html). */
  appUrl: string;
  /** Confirm with the user and open outside the app; refuses what is not http/https/mailto. */
  openLink(url: string): Promise<unknown>;
}

type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: HardenedContents, deps: HardenDeps): void {
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, deps.appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window; a link the user clicked may go to the system browser after asking.
    if (/^(https?|mailto):/i.test(url)) void deps.openLink(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

type ConfigurableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerLanguages'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** Session-wide rules: no permission is ever granted, every response carries our CSP, Dutch spell checking. */
export function configureSession(session: ConfigurableSession, options: { mode: 'production' | 'development'; platform: NodeJS.Platform }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const csp = contentSecurityPolicy(options.mode);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  // macOS uses the system spell checker and its own language setting.
  if (options.platform !== 'darwin') session.setSpellCheckerLanguages(['nl-NL', 'en-US']);
}
