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

describe('sidebar labels', () => {
  it('wraps an English step name before a hyphenated word, never inside it, in a narrow window', async () => {
    app = await startApp({ viewport: { width: 1024, height: 640 } });
    const { page } = app;
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'New project' }).click();
    const nav = page.getByRole('navigation', { name: 'Steps' });
    await nav.waitFor();
    // Each label's words, with the line (its top) each one is set on.
    const lines = await nav.locator('.step-name').evaluateAll((names) =>
      names.map((name) => {
        const text = name.firstChild as Text;
        const words: { word: string; tops: number[] }[] = [];
        const pattern = /\S+/g;
        for (let match = pattern.exec(text.data); match; match = pattern.exec(text.data)) {
          const tops = new Set<number>();
          for (let index = match.index; index < match.index + match[0].length; index += 1) {
            const range = document.createRange();
            range.setStart(text, index);
            range.setEnd(text, index + 1);
            tops.add(Math.round(range.getBoundingClientRect().top));
          }
          words.push({ word: match[0], tops: [...tops] });
        }
        return words;
      }),
    );
    const hyphenated = lines.flat().filter(({ word }) => /\p{L}[-\u2011]\p{L}/u.test(word));
    expect(hyphenated.map(({ word }) => word.replace('\u2011', '-'))).toContain('follow-up');
    for (const { word, tops } of hyphenated) expect(tops, word).toHaveLength(1);
    // The filter still finds the step by its name as written.
    await nav.getByRole('searchbox').fill('follow-up');
    expect(await nav.getByRole('button').count()).toBe(1);
  });
});
