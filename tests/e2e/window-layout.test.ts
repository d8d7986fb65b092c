// The window never scrolls as a whole: the header stays at the top and each
// pane (sidebar, step, comments) scrolls on its own. Text meant only for
// screen readers is positioned absolutely; inside a scrolling pane it must be
// contained by that pane, or it extends the page below the window (a strip
// under the last pane that the window then scrolls to). Checked on every step
// of the sample project, with the comments panel open as well.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { closeAppAfterEach } from './ui-helpers';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

/** How far the document could scroll (0: not at all). */
function windowScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollHeight - root.clientHeight;
  });
}

describe('window layout', () => {
  it('does not scroll the window on any step of the sample project, with or without the comments panel', async () => {
    app = await startApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    const nav = page.getByRole('navigation', { name: 'Stappen' });
    await nav.waitFor();
    const steps = await nav.getByRole('button').all();
    expect(steps.length).toBeGreaterThanOrEqual(9);
    for (const step of steps) {
      await step.click();
      await page.waitForTimeout(150);
      const name = (await step.textContent()) ?? '';
      expect(await windowScroll(page), name).toBe(0);
    }
    await page.getByRole('button', { name: /^Opmerkingen/ }).first().click();
    await page.getByRole('complementary', { name: /Opmerkingen/ }).waitFor();
    expect(await windowScroll(page), 'comments panel open').toBe(0);
  });
});
