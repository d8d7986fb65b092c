import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type StartedApp } from './harness';

let app: StartedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('smoke: the built renderer in Chromium over the browser host', () => {
  it('loads with no console errors or CSP violations, and talks to the real handlers', async () => {
    app = await startApp();
    await app.page.waitForLoadState('load');
    await app.page.locator('#root > *').first().waitFor();
    const info = await app.page.evaluate(() => window.api!.getAppInfo());
    expect(info.host).toBe('web');
    expect(info.formatVersion).toBeGreaterThanOrEqual(1);
    // Give late effects (fonts, first API calls) a moment to report problems.
    await app.page.waitForTimeout(300);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('refuses API calls without the token (403), even from the app’s own origin', async () => {
    app = await startApp();
    const status = await app.page.evaluate(async () => {
      const response = await fetch('/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
      return { status: response.status, body: (await response.json()) as { error: { code: string } } };
    });
    expect(status.status).toBe(403);
    expect(status.body.error.code).toBe('BRIDGE_FORBIDDEN');
  });

  it('reports a blocked inline script as a CSP violation (the detector works)', async () => {
    app = await startApp();
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => app!.cspViolations.length).toBeGreaterThan(0);
    expect(await app.page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });

  it('turns a bridge failure into an AppError with a code in the page', async () => {
    app = await startApp();
    const code = await app.page.evaluate(async () => {
      try {
        await window.api!.openProject({ path: '/bestaat/niet.drijfveer' });
        return 'no error';
      } catch (error) {
        return (error as { code?: string }).code ?? 'no code';
      }
    });
    expect(code).toBe('FILE_NOT_FOUND');
  });
});
