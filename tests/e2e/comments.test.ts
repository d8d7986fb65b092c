// Review comments in the real renderer: open the sample, give a name the first
// time, comment on a research question with a quote taken from its selected
// text, reply, resolve, filter by status and author, jump from the comment to
// the item and back, see the open counts in the sidebar, delete the item and
// find the comment under "Bij verwijderd item", undo, save, reopen from disk and
// find everything back. A delivered file stays read-only for content but takes
// comments, and saves them without touching the content.

import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { closeAppAfterEach, expectSaveStatus, loadSample, readProjectFile, SAMPLE_PATH } from './ui-helpers';
import type { Project } from '../../src/shared/model/project';
import { fingerprintProject } from '../../src/shared/delivery/fingerprint';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);


const QUOTE_TEXT = 'Citaat: Welke drijfveren en barrières';
const steps = (page: Page) => page.getByRole('navigation', { name: 'Stappen' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Opmerkingen' });

async function goTo(page: Page, step: RegExp): Promise<void> {
  await steps(page).getByRole('button', { name: step }).click();
  await page.getByRole('heading', { name: step, level: 2 }).waitFor();
}

async function focusedAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate((attr) => document.activeElement?.getAttribute(attr) ?? null, name);
}

describe('review comments', () => {
  it('comment with a quote, reply, resolve, filter, jump, counts, orphan, undo, save and reopen', async () => {
    const sample = await loadSample();
    const sampleOpen = (step: string) => sample.review.comments.filter((c) => c.status === 'open' && c.target.stepId === step).length;
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();

    // Counts on the sidebar steps, from the sample's own comments.
    expect(sampleOpen('insights')).toBe(1);
    await steps(page).getByRole('button', { name: /Inzichten & segmentatie.*1 open opmerking\b/ }).waitFor();
    expect(await steps(page).getByRole('button', { name: /Aanleiding & uitdaging.*open opmerking/ }).count()).toBe(0);

    // Select a piece of research question 2 and comment on it: the first time asks who is writing.
    await goTo(page, /Aanleiding & uitdaging/);
    const question = page.getByRole('textbox', { name: 'Onderzoeksvraag 2', exact: true });
    await question.focus();
    await question.evaluate((el: HTMLInputElement) => el.setSelectionRange(0, 'Welke drijfveren en barrières'.length));
    await page.getByRole('button', { name: 'Opmerking bij Onderzoeksvraag 2' }).click();
    const identity = page.getByRole('dialog', { name: 'Wie schrijft de opmerkingen?' });
    await identity.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await identity.getByLabel('Naam').fill('Sanne de Vries');
    await identity.getByLabel('Rol').fill('Beleidsadviseur');
    await identity.getByRole('button', { name: 'Opslaan' }).click();
    await identity.waitFor({ state: 'detached' });

    const comments = panel(page);
    await expect.poll(() => comments.locator('.comment-quote').first().textContent()).toBe(QUOTE_TEXT);
    await comments.getByText('U schrijft als Sanne de Vries (Beleidsadviseur).').waitFor();
    await comments.getByRole('textbox', { name: 'Opmerking' }).fill('Kan dit concreter: welke drijfveren?');
    await comments.getByRole('button', { name: 'Opmerking plaatsen' }).click();

    const thread = comments.getByRole('listitem').filter({ hasText: 'Kan dit concreter: welke drijfveren?' });
    await thread.waitFor();
    await page.getByRole('button', { name: 'Opmerkingen bij Onderzoeksvraag 2 (1 open)' }).waitFor();
    await steps(page).getByRole('button', { name: /Aanleiding & uitdaging.*1 open opmerking\b/ }).waitFor();

    // Reply.
    await thread.getByRole('button', { name: 'Reageren' }).click();
    await thread.getByRole('textbox', { name: 'Uw reactie' }).fill('Ik splits de vraag in tweeën.');
    await thread.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await thread.getByText('Ik splits de vraag in tweeën.').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Resolve: the open filter hides it, the resolved filter shows who resolved it.
    await thread.getByRole('button', { name: 'Oplossen' }).click();
    await thread.waitFor({ state: 'detached' });
    await steps(page).getByRole('button', { name: /Aanleiding & uitdaging.*open opmerking/ }).waitFor({ state: 'detached' });
    await comments.getByLabel('Status').selectOption('resolved');
    await thread.getByText('Opgelost door Sanne de Vries').waitFor();

    // Filter by author: only the reviewer's comments remain.
    await comments.getByRole('button', { name: 'Alle opmerkingen tonen' }).click();
    await comments.getByLabel('Status').selectOption('all');
    await comments.getByLabel('Auteur').selectOption({ label: 'Dr. Anneke Brouwer (Senior adviseur, interne review)' });
    const reviewerCount = sample.review.comments.filter((c) => c.author.name === 'Dr. Anneke Brouwer').length;
    await expect.poll(() => comments.locator('.comment-thread').count()).toBe(reviewerCount);
    expect(await thread.count()).toBe(0);
    await comments.getByLabel('Auteur').selectOption({ label: 'Sanne de Vries (Beleidsadviseur)' });
    await thread.waitFor();
    await expect.poll(() => comments.locator('.comment-thread').count()).toBe(1);

    // Jump from the comment to its item (from another step), and back from the item to its comments.
    await goTo(page, /Opdracht/);
    await thread.getByRole('button', { name: /Aanleiding & uitdaging — Welke drijfveren/ }).click();
    await page.getByRole('heading', { name: /Aanleiding & uitdaging/, level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null)).toBe('rq-2');
    await page.keyboard.press('Tab');
    expect(await focusedAttribute(page, 'data-item-comment')).toBe('rq-2');
    await page.keyboard.press('Enter');
    await comments.getByText(/Alleen opmerkingen bij: 2\. Aanleiding & uitdaging — Welke drijfveren/).waitFor();
    await thread.waitFor();

    // Delete the item: the comment is kept, under its own heading, with its quote.
    await page.getByRole('button', { name: 'Onderzoeksvraag 2 verwijderen' }).click();
    const orphans = comments.getByRole('region', { name: 'Bij verwijderd item' });
    await orphans.waitFor();
    await orphans.getByText('Kan dit concreter: welke drijfveren?').waitFor();
    expect(await orphans.locator('.comment-quote').textContent()).toBe(QUOTE_TEXT);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Undo brings the item back, and with it the comment's place.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await orphans.waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Onderzoeksvraag 2', exact: true }).waitFor();

    // Save, check the file, reopen it from disk and find everything back.
    const path = join(app.workDir, 'opmerkingen.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    const saved = (await readProjectFile(path)).project;
    const mine = saved.review.comments.find((c) => c.author.name === 'Sanne de Vries');
    expect(mine).toMatchObject({
      target: { kind: 'item', stepId: 'context', itemId: 'rq-2', quote: 'Welke drijfveren en barrières' },
      author: { name: 'Sanne de Vries', role: 'Beleidsadviseur' },
      body: 'Kan dit concreter: welke drijfveren?',
      status: 'resolved',
      resolvedBy: 'Sanne de Vries',
    });
    expect(mine?.replies.map((r) => r.body)).toEqual(['Ik splits de vraag in tweeën.']);
    expect(saved.context.researchQuestions.map((q) => q.id)).toEqual(sample.context.researchQuestions.map((q) => q.id));
    expect(saved.review.comments).toHaveLength(sample.review.comments.length + 1);

    await page.getByRole('toolbar').getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).waitFor();
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    // The panel stayed open; the shortcut closes and reopens it. The author is remembered from the preferences.
    await comments.waitFor();
    await page.keyboard.press('Control+Alt+m');
    await comments.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Alt+m');
    await comments.getByText('U schrijft als Sanne de Vries (Beleidsadviseur).').waitFor();
    await comments.getByLabel('Status').selectOption('all');
    const reopened = comments.getByRole('listitem').filter({ hasText: 'Kan dit concreter: welke drijfveren?' });
    await reopened.getByText('Ik splits de vraag in tweeën.').waitFor();
    expect(await reopened.locator('.comment-quote').textContent()).toBe(QUOTE_TEXT);
    // Own comments can be edited; the reviewer's cannot.
    await reopened.getByRole('button', { name: 'Bewerken', exact: true }).waitFor();
    const theirs = comments.getByRole('listitem').filter({ hasText: sample.review.comments[2].body });
    expect(await theirs.getByRole('button', { name: 'Bewerken', exact: true }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('a delivered file stays read-only for content but takes comments, and saves them', async () => {
    app = await startApp();
    const { page } = app;
    const envelope = JSON.parse(await readFile(SAMPLE_PATH, 'utf8')) as { project: Project & Record<string, unknown> };
    envelope.project.delivery = {
      deliveredAt: '2026-03-01T12:00:00.000Z',
      deliveredBy: 'Bureau',
      fingerprint: { algorithm: 'sha-256', value: await fingerprintProject(envelope.project) },
      pseudonymised: true,
    };
    const path = join(app.workDir, 'opgeleverd.drijfveer');
    await writeFile(path, JSON.stringify(envelope));
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('contentinfo').getByText(/alleen-lezen/).waitFor();
    const save = page.getByRole('button', { name: 'Opslaan', exact: true });
    expect(await save.isDisabled()).toBe(true);

    await page.getByRole('button', { name: /^Opmerkingen \(\d+ open\)$/ }).click();
    const comments = panel(page);
    await comments.getByRole('button', { name: /Opmerking bij stap 1\. Opdracht/ }).click();
    const identity = page.getByRole('dialog', { name: 'Wie schrijft de opmerkingen?' });
    await identity.getByLabel('Naam').fill('J. Jansen');
    await identity.getByLabel('Rol').fill('Gemeente');
    await identity.getByRole('button', { name: 'Opslaan' }).click();
    await comments.getByRole('textbox', { name: 'Opmerking' }).fill('Graag de datum van oplevering in de titel.');
    await comments.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await comments.getByText('Graag de datum van oplevering in de titel.').waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).isEditable()).toBe(false);

    await page.keyboard.press('Control+s');
    await expectSaveStatus(page, 'Opgeslagen');
    const saved = (await readProjectFile(path)).project;
    expect(saved.review.comments.at(-1)).toMatchObject({
      target: { kind: 'section', stepId: 'assignment', itemId: null },
      author: { name: 'J. Jansen', role: 'Gemeente' },
      body: 'Graag de datum van oplevering in de titel.',
    });
    expect(saved.delivery).toEqual(envelope.project.delivery);
    expect(saved.assignment).toEqual(envelope.project.assignment);
    // Comments are not content: the delivered fingerprint still matches.
    expect(await fingerprintProject(saved)).toBe(envelope.project.delivery?.fingerprint.value);
    expect(await save.isDisabled()).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});
