// Starts the real app for a browser test: the browser host (in-process, real
// handlers and stores) on a free port with fresh temporary data and work
// folders, and Debian's Chromium driven by playwright-core. Console errors,
// page errors and CSP violations are collected so a test can assert there
// were none.

import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../src/main/web-host/server';
import type { DialogAnswer } from '../../src/main/web-host/dialog-queue';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const repoRoot = resolve(__dirname, '..', '..');
export const WEB_ROOT = join(repoRoot, 'dist', 'web');

export interface StartedApp {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  host: WebHost;
  workDir: string;
  dataDir: string;
  /** Answers for the next open/save/confirm dialogs (see dialog-queue.ts). */
  queueDialog(answer: DialogAnswer): Promise<void>;
  /** Console errors and uncaught page errors, as text. */
  consoleErrors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** Reuse a data folder (preferences, recovery copies) from an earlier start. */
  dataDir?: string;
  /** Viewport; defaults to a laptop screen. */
  viewport?: { width: number; height: number };
  /** Go to the app URL right away (default true). */
  open?: boolean;
}

export async function startApp(options: StartAppOptions = {}): Promise<StartedApp> {
  await assertReady();
  const root = await mkdtemp(join(tmpdir(), 'drijfveer-e2e-'));
  const dataDir = options.dataDir ?? join(root, 'data');
  const workDir = join(root, 'work');
  await mkdir(workDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });

  const host = await startWebHost({
    webRoot: WEB_ROOT,
    dataDir,
    workDir,
    samplesDir: join(repoRoot, 'resources', 'samples'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 860 }, locale: 'nl-NL' });

  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  // Every page of the context (tests open more after a simulated crash) reports here.
  await context.exposeBinding('__drijfveerReportCsp', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __drijfveerReportCsp(text: string): void }).__drijfveerReportCsp;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  context.on('page', (page) => watch(page));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  };

  const page = await context.newPage();
  if (options.open !== false) await page.goto(host.url);

  let closed = false;
  return {
    page,
    context,
    browser,
    host,
    workDir,
    dataDir,
    consoleErrors,
    cspViolations,
    async queueDialog(answer) {
      host.queueDialog(answer);
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      await host.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function assertReady(): Promise<void> {
  const missing = async (path: string) => !(await stat(path).then(() => true, () => false));
  if (await missing(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install it with "apt-get install -y chromium" (see .ci/run).`);
  }
  if (await missing(join(WEB_ROOT, 'index.html'))) {
    throw new Error('dist/web is missing: run "npm run build:web" (npm run test:e2e does this first).');
  }
}
