// axe-core on the main screens: no serious or critical accessibility
// violations (contrast, names of controls, landmarks, dialog semantics).

import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { dumpOnFailure } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

describe('accessibility', () => {
  it('welcome screen, workspace steps and the unsaved-changes dialog have no serious axe violations', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Stappen' });
    for (const step of [/Doelgroep/, /Deskresearch/, /Betrekken partners/, /Inzichten/, /Marketingmix/, /Advies/, /Monitoring/, /Rapport/]) {
      await nav.getByRole('button', { name: step }).click();
      await page.getByRole('heading', { name: step, level: 2 }).waitFor();
      expect(await seriousAxeViolations(page), String(step)).toEqual([]);
    }

    await nav.getByRole('button', { name: /Opdracht/ }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Gewijzigd');
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('dialog', { name: 'Wijzigingen opslaan?' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
