// A jump to an interview quote lands on the quote itself, in the real renderer
// with the XL project (150 interviews, a virtualised list): from the search
// palette while another step is shown, and from a comment on the quote (which
// names only the quote) while the interviews tab is open at the top. Either
// way the quote's interview opens, the quote is scrolled into view and stays
// there while the list settles (its field inside the pane at every frame from
// the moment focus lands until a second later), focus is in the quote's themes
// box and the quote carries the brief reveal mark. A quote whose interview is gone ends
// the jump quietly on the step heading, from the search and from the checks.

import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { closeAppAfterEach } from './ui-helpers';
import { buildXlProject } from '../../scripts/fixture-xl/build-project';
import type { Project } from '../../src/shared/model/project';
import type { Quote } from '../../src/shared/model/coding';
import { CommentSchema } from '../../src/shared/model/review';
import { serializeProject } from '../../src/shared/project-file/serialize';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

const SEARCH_MARK = 'kwartelcitaatq';
const ORPHAN_MARK = 'weesciteerq';
const COMMENT_BODY = 'Klopt dit citaat met de opname van dit gesprek?';

interface Fixture {
  project: Project;
  interviewId: string;
  quote: Quote;
  orphan: Quote;
}

/**
 * The XL project with: a marked quote deep inside interview 141 (its last
 * question's quote, far down the open interview), a comment on that quote,
 * and a marked quote whose interview no longer exists.
 */
function fixture(): Fixture {
  const project = buildXlProject();
  const { interviews, quotes, interviewGuide } = project.partners;
  const interview = interviews[140];
  if (!interview) throw new Error('the XL fixture changed: fewer than 141 interviews');
  const questionIndex = (q: Quote) => interviewGuide.questions.findIndex((x) => x.id === q.questionId);
  const own = quotes.filter((q) => q.interviewId === interview.id && questionIndex(q) >= 0);
  const quote = own.sort((a, b) => questionIndex(b) - questionIndex(a))[0];
  if (!quote || questionIndex(quote) < 5) throw new Error('the XL fixture changed: interview 141 has no quote on a late question');
  quote.text = `${quote.text} ${SEARCH_MARK}`;

  const orphan = quotes.find((q) => q.id !== quote.id);
  if (!orphan) throw new Error('the XL fixture changed: too few quotes');
  orphan.interviewId = '00000000-0000-4000-8000-00000000dead';
  orphan.text = `${ORPHAN_MARK} ${orphan.text}`;

  project.review.comments.push(
    CommentSchema.parse({
      id: 'e2e-comment-on-quote',
      target: { kind: 'item', stepId: 'partners', itemId: quote.id, quote: '' },
      author: { name: 'A. Bakker', role: 'Gemeente' },
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      body: COMMENT_BODY,
      status: 'open',
      resolvedAt: '',
      resolvedBy: '',
      statusChangedAt: '',
      replies: [],
    }),
  );
  return { project, interviewId: interview.id, quote, orphan };
}

async function openFixture(started: StartedApp, project: Project): Promise<void> {
  const path = join(started.workDir, 'xl.drijfveer');
  await writeFile(path, serializeProject(project, 'e2e'));
  await started.queueDialog({ open: path });
  await started.page.getByRole('button', { name: 'Openen…' }).click();
  await started.page.getByLabel('Titel', { exact: true }).waitFor({ timeout: 30_000 });
}

/** The data-item-id of the item that holds keyboard focus, or null. */
const focusedItem = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null);

/** What holds focus: its tag, its role and whether it is the part its item asked to be focused. */
const focusedField = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName ?? null, role: active?.getAttribute('role') ?? null, preferred: !!active?.closest('[data-reveal-focus]') };
  });

/** Whether the element's top and bottom are inside the visible part of the main region. */
const inView = (page: Page, id: string) =>
  page.evaluate((itemId) => {
    const element = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
    const main = document.getElementById('main');
    if (!element || !main) return false;
    const box = element.getBoundingClientRect();
    const view = main.getBoundingClientRect();
    const top = Math.max(view.top, 0);
    const bottom = Math.min(view.bottom, window.innerHeight);
    return box.top >= top - 1 && box.bottom <= bottom + 1;
  }, id);

const marked = (page: Page, id: string) =>
  page.evaluate((itemId) => document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`)?.hasAttribute('data-revealed') ?? false, id);

interface Frame {
  t: number;
  inView: boolean;
}

/**
 * From the moment focus lands inside the quote, notes at every animation frame
 * for 1 s whether the focused field is inside the visible part of the main
 * region; collect the notes with focusFrames. Call before the jump.
 */
const watchFocusFrames = (page: Page, quoteId: string) =>
  page.evaluate((id) => {
    const w = window as unknown as { focusFrames?: Frame[] };
    delete w.focusFrames;
    const onFocus = () => {
      const field = document.activeElement as HTMLElement | null;
      if (!field || field.closest('[data-item-id]')?.getAttribute('data-item-id') !== id) return;
      document.removeEventListener('focusin', onFocus, true);
      const frames: Frame[] = [];
      const start = performance.now();
      const sample = () => {
        const view = document.getElementById('main')?.getBoundingClientRect();
        const box = field.getBoundingClientRect();
        const top = Math.max(view?.top ?? 0, 0);
        const bottom = Math.min(view?.bottom ?? 0, window.innerHeight);
        frames.push({ t: Math.round(performance.now() - start), inView: field.isConnected && box.top >= top - 1 && box.bottom <= bottom + 1 });
        if (performance.now() - start < 1000) window.requestAnimationFrame(sample);
        else w.focusFrames = frames;
      };
      sample();
    };
    document.addEventListener('focusin', onFocus, true);
  }, quoteId);

const focusFrames = async (page: Page): Promise<Frame[]> => {
  const handle = await page.waitForFunction(() => (window as unknown as { focusFrames?: Frame[] }).focusFrames, undefined, { timeout: 10_000 });
  return (await handle.jsonValue()) as Frame[];
};

const step = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name });

/** After a jump to the quote: open interview, quote in view (and still there a moment later), focus in its themes box, marked. */
async function expectLandedOnQuote(page: Page, f: Fixture): Promise<void> {
  await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).waitFor();
  await expect.poll(() => page.getByRole('tab', { name: 'Interviews' }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => focusedItem(page), { timeout: 5_000 }).toBe(f.quote.id);
  expect(await focusedField(page)).toEqual({ tag: 'INPUT', role: 'combobox', preferred: true });
  expect(await page.locator(`[data-item-id="${f.interviewId}"] .item-toggle`).getAttribute('aria-expanded')).toBe('true');
  await expect.poll(() => marked(page, f.quote.id)).toBe(true);
  await expect.poll(() => inView(page, f.quote.id), { timeout: 5_000 }).toBe(true);
  // The focused field never left the pane while the list settled around it.
  const frames = await focusFrames(page);
  expect(frames.length).toBeGreaterThan(20);
  expect(frames.filter((frame) => !frame.inView)).toEqual([]);
  // The long list has finished placing its rows: the quote is still in view, focus still in it.
  await page.waitForTimeout(700);
  expect(await inView(page, f.quote.id)).toBe(true);
  expect(await focusedItem(page)).toBe(f.quote.id);
  // The list is virtualised: most of the 150 interview rows are not rendered.
  expect(await page.locator('.interview-rows > li').count()).toBeLessThan(100);
  // The mark is brief.
  await expect.poll(() => marked(page, f.quote.id), { timeout: 4_000 }).toBe(false);
}

describe('a jump to an interview quote', () => {
  it('from the search palette, on another step, lands on the quote far down the interview list', async () => {
    const f = fixture();
    app = await startApp();
    const { page } = app;
    await openFixture(app, f.project);
    // Not the partners step: the jump must switch steps, tab and interview.
    expect(await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).count()).toBe(0);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await dialog.waitFor();
    await page.keyboard.type(SEARCH_MARK);
    await watchFocusFrames(page, f.quote.id);
    const option = dialog.getByRole('option').filter({ hasText: 'Citaat · Citaat' });
    await option.waitFor();
    expect(await dialog.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');

    await expectLandedOnQuote(page, f);
    expect(app.consoleErrors).toEqual([]);
  });

  it('from a comment on the quote, with the interviews tab open at the top', async () => {
    const f = fixture();
    app = await startApp();
    const { page } = app;
    await openFixture(app, f.project);
    await step(page, /Betrekken partners/).click();
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.locator('.interview-rows > li').first().waitFor();
    expect(await page.locator(`[data-item-id="${f.interviewId}"]`).count()).toBe(0);

    await page.getByRole('button', { name: /^Opmerkingen \(\d+ open\)$/ }).click();
    const jump = page.locator('[data-comment-id="e2e-comment-on-quote"] .comment-jump');
    await watchFocusFrames(page, f.quote.id);
    await jump.click();

    await expectLandedOnQuote(page, f);
    expect(app.consoleErrors).toEqual([]);
  });

  it('to a quote whose interview is gone ends quietly on the step, from the search and from the checks', async () => {
    const f = fixture();
    app = await startApp();
    const { page } = app;
    await openFixture(app, f.project);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await dialog.waitFor();
    await page.keyboard.type(ORPHAN_MARK);
    await dialog.getByRole('option').filter({ hasText: 'Citaat · Citaat' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('step-title') ?? false), { timeout: 5_000 }).toBe(true);
    expect(await page.locator(`[data-item-id="${f.orphan.id}"]`).count()).toBe(0);
    expect(await page.locator('[data-revealed]').count()).toBe(0);

    await step(page, /Rapport/).click();
    const warning = page.locator('[data-warning="quote-of-deleted-interview"] button').filter({ hasText: ORPHAN_MARK });
    await warning.click({ timeout: 30_000 });
    await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('step-title') ?? false), { timeout: 5_000 }).toBe(true);
    expect(await page.locator('[data-revealed]').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
