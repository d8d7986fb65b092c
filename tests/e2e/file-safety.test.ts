// Protection of the user's work: a file changed on disk by someone else is
// never silently overwritten, and unsaved work survives a crash as a recovery
// copy that the welcome screen offers back.

import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { saveStatus, expectSaveStatus, expectValue, readProjectFile, waitForRecoveryFile, dumpOnFailure } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

describe('external change', () => {
  it('asks Overwrite / Save as / Cancel when the file changed on disk, and each answer does what it says', async () => {
    app = await startApp();
    const { page } = app;
    const path = join(app.workDir, 'gedeeld.drijfveer');

    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Onze versie');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    // Someone else (a sync service, a colleague) rewrites the file.
    const onDisk = await readProjectFile(path);
    onDisk.project.assignment.title = 'Versie van een collega';
    await writeFile(path, JSON.stringify(onDisk, null, 2));

    await page.getByLabel('Titel', { exact: true }).fill('Onze nieuwe versie');
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Bestand buiten Drijfveer gewijzigd' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('gedeeld.drijfveer');

    // Cancel: nothing written, still unsaved.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectSaveStatus(page, 'Niet opgeslagen');
    expect((await readProjectFile(path)).project.assignment.title).toBe('Versie van een collega');

    // Save as: our version goes to a new file, the colleague's stays.
    const copy = join(app.workDir, 'onze-kopie.drijfveer');
    await app.queueDialog({ save: copy });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await dialog.getByRole('button', { name: 'Opslaan als…' }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    expect((await readProjectFile(copy)).project.assignment.title).toBe('Onze nieuwe versie');
    expect((await readProjectFile(path)).project.assignment.title).toBe('Versie van een collega');
    await page.getByRole('contentinfo').getByText('onze-kopie.drijfveer').waitFor();

    // Overwrite: after another outside change, the user chooses to replace it.
    const copyOnDisk = await readProjectFile(copy);
    copyOnDisk.project.assignment.subtitle = 'buiten de app toegevoegd';
    await writeFile(copy, JSON.stringify(copyOnDisk, null, 2));
    await page.getByLabel('Titel', { exact: true }).fill('Definitief');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await dialog.getByRole('button', { name: 'Overschrijven' }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    const overwritten = await readProjectFile(copy);
    expect(overwritten.project.assignment.title).toBe('Definitief');
    expect(overwritten.project.assignment.subtitle).toBe('');
  });
});

describe('save errors', () => {
  it('a failed save says so in the status bar and an alert, keeps the work unsaved, and a retry elsewhere works', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Bijna kwijt');
    await app.queueDialog({ save: join(app.workDir, 'bestaat-niet', 'plan.drijfveer') });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

    await expect.poll(async () => (await saveStatus(page).textContent()) ?? '').toMatch(/^Fout: .+/);
    await page.getByRole('alert').waitFor();
    await expectValue(page, 'Titel', 'Bijna kwijt');

    const path = join(app.workDir, 'plan.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    expect((await readProjectFile(path)).project.assignment.title).toBe('Bijna kwijt');
  });
});

describe('recovery after a crash', () => {
  it('offers unsaved work again after the window went away, and Restore brings it back unsaved', async () => {
    app = await startApp();
    const first = app.page;
    const url = app.host.url;

    await first.getByRole('button', { name: 'Nieuw project' }).click();
    await first.getByLabel('Titel', { exact: true }).fill('Niet verliezen');
    await first.getByLabel('Gemeente', { exact: true }).fill('Deventer');
    await waitForRecoveryFile(app.dataDir);

    // The "crash": the page disappears without saving and without asking.
    await first.close({ runBeforeUnload: false });
    const page = await app.context.newPage();
    try {
      await page.goto(url);
      const recoveries = page.getByRole('region', { name: 'Niet-opgeslagen werk herstellen' });
      await recoveries.getByText('Niet verliezen').waitFor();
      await recoveries.getByRole('button', { name: /herstellen/i }).click();

      await expectValue(page, 'Titel', 'Niet verliezen');
      await expectValue(page, 'Gemeente', 'Deventer');
      await expectSaveStatus(page, 'Niet opgeslagen');
    } finally {
      await page.close();
    }
  });

  it('Discard removes a recovery copy from the welcome screen', async () => {
    app = await startApp();
    const first = app.page;
    const url = app.host.url;
    await first.getByRole('button', { name: 'Nieuw project' }).click();
    await first.getByLabel('Titel', { exact: true }).fill('Weg ermee');
    await waitForRecoveryFile(app.dataDir);
    await first.close({ runBeforeUnload: false });
    const page = await app.context.newPage();
    try {
      await page.goto(url);
      const recoveries = page.getByRole('region', { name: 'Niet-opgeslagen werk herstellen' });
      await recoveries.getByText('Weg ermee').waitFor();
      await recoveries.getByRole('button', { name: /weggooien/i }).click();
      await recoveries.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    } finally {
      await page.close();
    }
  });
});
