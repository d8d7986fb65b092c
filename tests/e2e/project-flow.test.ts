// The main user journey in the real renderer over the real handlers: create a
// project, fill in the Assignment form, save it to a real file, close it,
// reopen it from the recent files, undo with the keyboard.

import { afterEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { expectSaveStatus, expectValue, readProjectFile, dumpOnFailure } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

describe('project flow', () => {
  it('a new project filled in and saved is on disk and comes back from the recent files', async () => {
    app = await startApp();
    const { page } = app;

    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByRole('heading', { name: /Opdracht/, level: 2 }).waitFor();
    await expectSaveStatus(page, 'Nog niet opgeslagen');

    await page.getByLabel('Titel', { exact: true }).fill('Samen lezen in Zwolle');
    await page.getByLabel('Gemeente', { exact: true }).fill('Zwolle');
    await page.getByRole('button', { name: 'Auteur toevoegen' }).click();
    await page.getByRole('textbox', { name: /^Naam/ }).fill('Anna de Vries');
    await expectSaveStatus(page, 'Niet opgeslagen');
    expect(await page.title()).toBe('*Samen lezen in Zwolle — Drijfveer');

    const path = join(app.workDir, 'zwolle.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    expect(await page.title()).toBe('Samen lezen in Zwolle — Drijfveer');
    await page.getByRole('contentinfo').getByText('zwolle.drijfveer').waitFor();

    const saved = await readProjectFile(path);
    expect(saved.format).toBe('drijfveer');
    expect(saved.project.assignment.title).toBe('Samen lezen in Zwolle');
    expect(saved.project.assignment.client.municipality).toBe('Zwolle');
    expect(saved.project.assignment.authors.map((a) => a.name)).toEqual(['Anna de Vries']);

    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    const recent = page.getByRole('region', { name: 'Recente bestanden' });
    await recent.getByRole('button', { name: /zwolle\.drijfveer/ }).click();

    await expectValue(page, 'Titel', 'Samen lezen in Zwolle');
    await expectValue(page, 'Gemeente', 'Zwolle');
    await expect.poll(() => page.getByRole('textbox', { name: /^Naam/ }).inputValue()).toBe('Anna de Vries');
    await expectSaveStatus(page, 'Opgeslagen');
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit; undo back to the start is clean again', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Eerste titel');
    await expectSaveStatus(page, 'Niet opgeslagen');

    await page.keyboard.press('Control+z');
    await expectValue(page, 'Titel', '');
    await expectSaveStatus(page, 'Nog niet opgeslagen');

    await page.keyboard.press('Control+Shift+z');
    await expectValue(page, 'Titel', 'Eerste titel');
    await expectSaveStatus(page, 'Niet opgeslagen');
  });

  it('closing a project with unsaved changes asks first; Cancel keeps it open, Don’t save closes it', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Half af');

    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Wijzigingen opslaan?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectValue(page, 'Titel', 'Half af');

    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await dialog.getByRole('button', { name: 'Niet opslaan' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
  });

  it('a recent file that was deleted is marked as not found and can be removed from the list', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Verdwenen plan');
    const path = join(app.workDir, 'verdwenen.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await rm(path);
    await page.reload();

    const recent = page.getByRole('region', { name: 'Recente bestanden' });
    await recent.getByText(/niet gevonden/).waitFor();
    expect(await recent.getByRole('button', { name: /verdwenen\.drijfveer/ }).isDisabled()).toBe(true);
    await recent.getByRole('button', { name: 'Verdwenen plan uit de lijst verwijderen' }).click();
    await recent.getByText('Nog geen recente bestanden.').waitFor();
  });
});
