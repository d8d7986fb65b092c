// axe-core on the main screens: no serious or critical accessibility
// violations (contrast, names of controls, landmarks, dialog semantics).

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { dumpOnFailure } from './ui-helpers';

const require = createRequire(__filename);
let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated over the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  if (!loaded) await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility', () => {
  it('welcome screen, workspace steps and the unsaved-changes dialog have no serious axe violations', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Stappen' });
    for (const step of [/Doelgroep/, /Deskresearch/, /Betrekken partners/, /Inzichten/, /Marketingmix/, /Advies/, /Monitoring/, /Rapport/]) {
      await nav.getByRole('button', { name: step }).click();
      await page.getByRole('heading', { name: step, level: 2 }).waitFor();
      expect(await seriousViolations(page), String(step)).toEqual([]);
    }

    await nav.getByRole('button', { name: /Opdracht/ }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Gewijzigd');
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('dialog', { name: 'Wijzigingen opslaan?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
