// Step 9 in the real renderer, from a new project: start a scale from the
// five-level digital-skills template and reorder a level, add an indicator
// measured on that scale with a baseline and target for the whole group,
// plan a pilot phase whose dates are first the wrong way round (warning,
// undone), save, and find it all in the file on disk.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { dumpOnFailure, expectSaveStatus, expectValue, readProjectFile } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

describe('step 9, monitoring and follow-up', () => {
  it('scale from the template, indicator with targets, pilot phase with date warning and undo; saved to disk', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Digitaal vaardig in Rotterdam');
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Monitoring/ }).click();
    await page.getByRole('heading', { name: /Monitoring & vervolg/, level: 2 }).waitFor();

    // The template gives five described levels, lowest first; the new scale opens for editing.
    await page.getByRole('button', { name: 'Beginnen met de vijf niveaus digitale vaardigheden' }).click();
    await expectValue(page, 'Naam van de schaal Schaal 1', 'Digitale vaardigheden (vijf niveaus)');
    await expectValue(page, 'Naam van het niveau Niveau 1, Schaal 1', 'Geen ervaring');
    await expectValue(page, 'Naam van het niveau Niveau 5, Schaal 1', 'Zelfredzaam');
    await page.getByRole('button', { name: 'Niveau 5, Schaal 1 omhoog verplaatsen' }).click();
    await expectValue(page, 'Naam van het niveau Niveau 4, Schaal 1', 'Zelfredzaam');
    await expectValue(page, 'Naam van het niveau Niveau 5, Schaal 1', 'Gevorderd');

    // An indicator on that scale, with baseline and target for the whole target group.
    await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam Indicator 1' }).fill('Niveau digitale vaardigheden');
    await page.getByRole('combobox', { name: 'Soort Indicator 1' }).selectOption({ label: 'Outcome' });
    await page.getByRole('combobox', { name: 'Schaal Indicator 1' }).selectOption({ label: 'Digitale vaardigheden (vijf niveaus)' });
    await page.getByRole('textbox', { name: 'Frequentie Indicator 1' }).fill('Bij start en na zes maanden');
    await page.getByRole('textbox', { name: 'Nulmeting Hele doelgroep, Indicator 1' }).fill('2');
    await page.getByRole('textbox', { name: 'Streefwaarde Hele doelgroep, Indicator 1' }).fill('3');

    // The pilot: a phase whose end lies before its start is flagged; undo removes the wrong date.
    await page.getByLabel('Naam van de proeftuin', { exact: true }).fill('Proeftuin leenlaptop');
    await page.getByRole('button', { name: 'Fase toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Titel Fase 1' }).fill('Werving en nulmeting');
    await page.getByLabel('Begin fase 1', { exact: true }).fill('2026-09-01');
    await page.getByLabel('Einde fase 1', { exact: true }).fill('2026-08-01');
    const warning = page.getByText('Deze fase eindigt vóór het begin. Controleer de data.');
    await warning.waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await warning.waitFor({ state: 'detached' });
    await expectValue(page, 'Einde fase 1', '');
    await page.getByLabel('Einde fase 1', { exact: true }).fill('2026-11-30');
    await page.getByText(/Werving en nulmeting \(1 september 2026 – 30 november 2026\)/).waitFor();

    const path = join(app.workDir, 'monitoring.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const { monitoring } = (await readProjectFile(path)).project;
    expect(monitoring.scales).toHaveLength(1);
    const scale = monitoring.scales[0];
    expect(scale.levels.map((l) => [l.rank, l.label])).toEqual([
      [1, 'Geen ervaring'],
      [2, 'Beginner'],
      [3, 'Basis'],
      [4, 'Zelfredzaam'],
      [5, 'Gevorderd'],
    ]);
    expect(monitoring.indicators).toEqual([
      expect.objectContaining({
        name: 'Niveau digitale vaardigheden',
        kind: 'outcome',
        scaleId: scale.id,
        frequency: 'Bij start en na zes maanden',
        targets: [{ segmentId: null, baseline: '2', target: '3' }],
      }),
    ]);
    expect(monitoring.pilot.name).toBe('Proeftuin leenlaptop');
    expect(monitoring.pilot.phases).toEqual([
      expect.objectContaining({ title: 'Werving en nulmeting', start: '2026-09-01', end: '2026-11-30' }),
    ]);
    expect(app.consoleErrors).toEqual([]);
  });
});
