// Long lists in the real renderer: a project with 500 findings opens the desk
// research step with only the rows near the view rendered (each announcing its
// place in the whole list), and a search jump to finding 450 scrolls the list
// to it, renders it, opens it and moves focus into it. A focused row stays
// rendered when it scrolls out of view, and a finding added at the end of the
// long list gets focus in its first field. A jump to an interview that is
// open and taller than the pane (the XL project) shows its toggle and title,
// at every frame from the moment focus lands until a second later.

import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { dumpOnFailure } from './ui-helpers';
import { createEmptyProject } from '../../src/shared/model/project';
import { richTextFromPlain } from '../../src/shared/model/rich-text';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { buildXlProject } from '../../scripts/fixture-xl/build-project';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

const COUNT = 500;
const marker = (n: number) => `kwartelq${n}q`;

function bigProject(): { text: string; ids: string[] } {
  const project = createEmptyProject('nl');
  project.assignment.title = 'Lange lijsten';
  const ids: string[] = [];
  for (let n = 1; n <= COUNT; n += 1) {
    const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    ids.push(id);
    project.deskResearch.findings.push({
      id,
      text: richTextFromPlain(`Bevinding ${n} over ouders, ${marker(n)}.`),
      citations: [],
      topic: 'target-group',
      strength: 'moderate',
      tags: [],
    });
  }
  return { text: serializeProject(project, 'e2e'), ids };
}

describe('virtualised long lists', () => {
  it('renders far fewer than 500 finding rows and a jump to finding 450 shows it', async () => {
    app = await startApp();
    const { page } = app;
    const { text, ids } = bigProject();
    const path = join(app.workDir, 'lang.drijfveer');
    await writeFile(path, text);
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Deskresearch/ }).click();
    await page.getByRole('heading', { name: /Deskresearch/, level: 2 }).waitFor();
    const rows = page.locator('#desk-findings-heading ~ fieldset .list-editor-item');
    await rows.first().waitFor();
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    // Each rendered row still tells assistive technology where it is in the whole list.
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    const target = ids[449] ?? '';
    expect(await page.locator(`[data-item-id="${target}"]`).count()).toBe(0);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await dialog.waitFor();
    await page.keyboard.type(marker(450));
    await dialog.getByRole('option').first().waitFor();
    expect(await dialog.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');

    const row = page.locator(`[data-item-id="${target}"]`);
    await row.waitFor();
    expect(await row.getAttribute('aria-posinset')).toBe('450');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null))
      .toBe(target);
    expect(await row.locator('.item-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await row.isVisible()).toBe(true);
    const box = await row.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport ? box.y < viewport.height && box.y + 20 > 0 : false).toBe(true);
    // Still only a window of rows, not the whole list.
    expect(await rows.count()).toBeLessThan(100);
    expect(app.consoleErrors).toEqual([]);
  });

  it('keeps a focused row when it scrolls away and focuses a row added at the end', async () => {
    app = await startApp();
    const { page } = app;
    const { text, ids } = bigProject();
    const path = join(app.workDir, 'lang.drijfveer');
    await writeFile(path, text);
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Deskresearch/ }).click();
    await page.getByRole('heading', { name: /Deskresearch/, level: 2 }).waitFor();

    const first = ids[0] ?? '';
    const toggle = page.locator(`[data-item-id="${first}"] .item-toggle`);
    await toggle.focus();
    const focusedItem = () =>
      page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null);
    expect(await focusedItem()).toBe(first);
    // Scroll far down: the rows near the view change, the focused one stays.
    await page.evaluate(() => {
      const main = document.getElementById('main');
      if (main) main.scrollTop = main.scrollHeight * 0.7;
    });
    // The second rendered row (the first is the kept one) is now far down the list.
    const secondRow = () => page.locator('#desk-findings-heading ~ fieldset .list-editor-item').nth(1).getAttribute('aria-posinset');
    await expect.poll(async () => Number(await secondRow()), { timeout: 5000 }).toBeGreaterThan(200);
    expect(await page.locator(`[data-item-id="${ids[1] ?? ''}"]`).count()).toBe(0);
    expect(await page.locator(`[data-item-id="${first}"]`).count()).toBe(1);
    expect(await focusedItem()).toBe(first);

    await page.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await expect.poll(() => page.locator('#desk-findings-heading ~ fieldset .list-editor-item').last().getAttribute('aria-posinset')).toBe(String(COUNT + 1));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const row = document.activeElement?.closest<HTMLElement>('[data-item-id]');
          return row ? { pos: row.getAttribute('aria-posinset'), editable: document.activeElement?.matches('input, textarea, select, [contenteditable="true"]') } : null;
        }),
      )
      .toEqual({ pos: String(COUNT + 1), editable: true });
    expect(app.consoleErrors).toEqual([]);
  });

  it('a jump to a long open interview keeps its toggle and title in view while the list settles', async () => {
    const project = buildXlProject();
    const interview = project.partners.interviews[140];
    if (!interview) throw new Error('the XL fixture changed: fewer than 141 interviews');
    const MARK = 'kwartelgesprekq';
    interview.organisation = `${interview.organisation} ${MARK}`;
    app = await startApp();
    const { page } = app;
    const path = join(app.workDir, 'xl.drijfveer');
    await writeFile(path, serializeProject(project, 'e2e'));
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor({ timeout: 30_000 });

    // From the moment focus lands on the interview's toggle, note at every frame for 1 s
    // whether its summary line (toggle and title) is inside the visible part of the pane.
    await page.evaluate((id) => {
      const w = window as unknown as { summaryFrames?: { t: number; inView: boolean }[] };
      delete w.summaryFrames;
      const onFocus = () => {
        const active = document.activeElement;
        if (!active?.matches('.item-toggle') || active.closest('[data-item-id]')?.getAttribute('data-item-id') !== id) return;
        document.removeEventListener('focusin', onFocus, true);
        const summary = active.closest<HTMLElement>('.item-summary') ?? (active as HTMLElement);
        const frames: { t: number; inView: boolean }[] = [];
        const start = performance.now();
        const sample = () => {
          const view = document.getElementById('main')?.getBoundingClientRect();
          const box = summary.getBoundingClientRect();
          const top = Math.max(view?.top ?? 0, 0);
          const bottom = Math.min(view?.bottom ?? 0, window.innerHeight);
          frames.push({ t: Math.round(performance.now() - start), inView: summary.isConnected && box.top >= top - 1 && box.bottom <= bottom + 1 });
          if (performance.now() - start < 1000) window.requestAnimationFrame(sample);
          else w.summaryFrames = frames;
        };
        sample();
      };
      document.addEventListener('focusin', onFocus, true);
    }, interview.id);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await dialog.waitFor();
    await page.keyboard.type(MARK);
    await dialog.getByRole('option').first().waitFor();
    expect(await dialog.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');

    const handle = await page.waitForFunction(() => (window as unknown as { summaryFrames?: unknown }).summaryFrames, undefined, { timeout: 10_000 });
    const frames = (await handle.jsonValue()) as { t: number; inView: boolean }[];
    expect(frames.length).toBeGreaterThan(20);
    expect(frames.filter((frame) => !frame.inView)).toEqual([]);

    const row = page.locator(`[data-item-id="${interview.id}"]`);
    expect(await row.locator('.item-toggle').getAttribute('aria-expanded')).toBe('true');
    const place = await row.evaluate((element) => {
      const main = document.getElementById('main');
      const view = main?.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return { rowHeight: box.height, paneHeight: main?.clientHeight ?? 0, fromTop: box.top - (view?.top ?? 0) };
    });
    // The case at hand: the open interview is taller than the pane, and its top sits at the top of the pane.
    expect(place.rowHeight).toBeGreaterThan(place.paneHeight);
    expect(place.fromTop).toBeGreaterThanOrEqual(0);
    expect(place.fromTop).toBeLessThan(60);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null)).toBe(interview.id);
    expect(app.consoleErrors).toEqual([]);
  });
});
