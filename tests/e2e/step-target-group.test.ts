// Step 3 in the real renderer: open the sample, fill in the behaviour goal and
// see the sentence appear, add a competing behaviour and a determinant with
// evidence, see the COM-B counts follow, undo one edit, save, and find every
// edit in the file on disk. axe-core checks the screen with an item opened.

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { dumpOnFailure, expectSaveStatus, expectValue, readProjectFile, saveStatus } from './ui-helpers';
import type { Project } from '../../src/shared/model/project';
import { richTextToPlain } from '../../src/shared/model/rich-text';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

/** The number in the drivers or barriers column of one COM-B component in the overview table. */
async function overviewCount(page: Page, component: string, column: 1 | 2): Promise<string> {
  const row = page.getByRole('table', { name: 'Overzicht per COM-B-component' }).getByRole('row', { name: new RegExp(`^${component}`) });
  return ((await row.getByRole('cell').nth(column - 1).textContent()) ?? '').trim();
}

describe('step 3, target group and behaviour', () => {
  it('edits goal, competing behaviour and a determinant with evidence; undo; saved to disk', async () => {
    const sample = JSON.parse(
      await readFile(join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'), 'utf8'),
    ).project as Project;
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    const statusBefore = await saveStatus(page).textContent();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Doelgroep/ }).click();
    await page.getByRole('heading', { name: /Doelgroep & gedrag/, level: 2 }).waitFor();
    // Showing the form changes nothing by itself: no edit is recorded.
    expect(await page.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
    expect(await saveStatus(page).textContent()).toBe(statusBefore);

    // The behaviour goal: the sentence follows the fields as the user types.
    await page.getByLabel('Wie', { exact: true }).fill('Vaders van peuters');
    await page.getByLabel('In plaats van', { exact: true }).fill('de voorschool aan moeders over te laten');
    const preview = page.getByRole('status').filter({ hasText: 'Vaders van peuters' });
    await expect.poll(() => preview.textContent()).toMatch(/^Vaders van peuters, in plaats van de voorschool aan moeders over te laten, /);

    // A new competing behaviour opens for editing at once.
    const competingCount = sample.targetGroup.competingBehaviours.length;
    await page.getByRole('button', { name: 'Concurrerend gedrag toevoegen' }).click();
    const newName = `Concurrerend gedrag ${competingCount + 1}`;
    await page.getByRole('textbox', { name: `Gedrag ${newName}` }).fill('Op de bank een serie kijken');
    await page.getByRole('textbox', { name: `Waarom aantrekkelijk ${newName}` }).fill('Ontspanning na het werk');

    // A determinant added to "Gelegenheid – fysiek", made a driver, with a linked finding.
    const physical = sample.targetGroup.determinants.filter((d) => d.comB === 'opportunity-physical');
    const driversBefore = Number(await overviewCount(page, 'Gelegenheid – fysiek', 1));
    await page.getByRole('button', { name: 'Determinant toevoegen aan Gelegenheid – fysiek' }).click();
    const item = `Determinant ${physical.length + 1} bij Gelegenheid – fysiek`;
    await page.getByRole('textbox', { name: `Omschrijving ${item}` }).fill('Er is thuis weinig ruimte en rust om samen te spelen');
    await page.getByRole('combobox', { name: `Soort ${item}` }).selectOption({ label: 'Drijfveer' });
    await expect.poll(() => overviewCount(page, 'Gelegenheid – fysiek', 1)).toBe(String(driversBefore + 1));
    const finding = sample.deskResearch.findings[0];
    const findingWords = richTextToPlain(finding.text).split(/\s+/).slice(0, 4).join(' ');
    const picker = page.getByRole('combobox', { name: `Bevindingen (deskresearch) ${item}` });
    await picker.fill(findingWords);
    await page.getByRole('listbox', { name: 'Bevindingen (deskresearch)' }).getByRole('option').first().waitFor();
    await picker.press('Enter');
    await page.getByRole('button', { name: / loskoppelen$/ }).first().waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Moving it to another component, then undoing that: it is back in its group.
    await page.getByRole('combobox', { name: `COM-B-component ${item}` }).selectOption({ label: 'Motivatie – automatisch' });
    await expect.poll(() => overviewCount(page, 'Gelegenheid – fysiek', 1)).toBe(String(driversBefore));
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => overviewCount(page, 'Gelegenheid – fysiek', 1)).toBe(String(driversBefore + 1));
    await expectValue(page, `Omschrijving ${item}`, 'Er is thuis weinig ruimte en rust om samen te spelen');

    const path = join(app.workDir, 'doelgroep.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.targetGroup;
    expect(saved.behaviourGoal.who).toBe('Vaders van peuters');
    expect(saved.behaviourGoal.insteadOf).toBe('de voorschool aan moeders over te laten');
    expect(saved.behaviourGoal.does).toBe(sample.targetGroup.behaviourGoal.does);
    expect(saved.competingBehaviours).toHaveLength(competingCount + 1);
    expect(saved.competingBehaviours.at(-1)).toMatchObject({ description: 'Op de bank een serie kijken', whyAttractive: 'Ontspanning na het werk' });
    const added = saved.determinants.find((d) => d.description === 'Er is thuis weinig ruimte en rust om samen te spelen');
    expect(added).toMatchObject({ kind: 'driver', comB: 'opportunity-physical' });
    expect(added?.evidence.findingIds).toHaveLength(1);
    expect(sample.deskResearch.findings.map((f) => f.id)).toContain(added?.evidence.findingIds[0]);
    expect(saved.determinants).toHaveLength(sample.targetGroup.determinants.length + 1);
    expect(app.consoleErrors).toEqual([]);
  });
});
