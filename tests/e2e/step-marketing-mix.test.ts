// Step 7 in the real renderer: open the sample, add an activity in a cell of
// the matrix (it warns that it answers no insight), link an insight with the
// LinkPicker and see its evidence trail, move it to another cell and undo the
// move, switch the optional Partnership P off (its row stays while it holds
// activities), save, and find the edits in the file on disk.

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { dumpOnFailure, expectSaveStatus, readProjectFile } from './ui-helpers';
import type { Project } from '../../src/shared/model/project';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

/** The row of the matrix for one P (its row header starts with the P's name). */
function matrixRow(page: Page, p: string) {
  return page.getByRole('table', { name: 'Activiteiten per P en niveau' }).getByRole('row', { name: new RegExp(`^${p}`) });
}

describe('step 7, marketing mix', () => {
  it('adds an activity, links an insight with its evidence trail, moves it and undoes the move; saved to disk', async () => {
    const sample = (JSON.parse(
      await readFile(join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'), 'utf8'),
    ) as { project: Project }).project;
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Marketingmix/ }).click();
    await page.getByRole('heading', { name: /Marketingmix/, level: 2 }).waitFor();

    // A new activity in Promotie × Uitvoering opens with its title focused.
    await page.getByRole('button', { name: 'Activiteit toevoegen in Promotie – Uitvoering' }).click();
    await page.keyboard.type('Posters in de wachtkamer van het consultatiebureau');
    const title = 'Posters in de wachtkamer van het consultatiebureau';
    const card = page.getByRole('button', { name: new RegExp(`^${title}`) });
    await matrixRow(page, 'Promotie').getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
    await page.getByText('1 activiteit beantwoordt geen inzicht:').waitFor();
    await page.getByText('Deze activiteit beantwoordt nog geen inzicht: de onderbouwing ontbreekt.').waitFor();

    // Link the sample's first insight; the warning goes and the trail shows its evidence.
    const insight = sample.insights.insights[0];
    const picker = page.getByRole('combobox', { name: 'Beantwoordt inzichten' });
    await picker.fill(insight.title.split(/\s+/).slice(0, 3).join(' '));
    await page.getByRole('listbox', { name: 'Beantwoordt inzichten' }).getByRole('option').first().waitFor();
    await picker.press('Enter');
    await page.getByRole('button', { name: `${insight.title} loskoppelen` }).waitFor();
    expect(await page.getByText('Deze activiteit beantwoordt nog geen inzicht: de onderbouwing ontbreekt.').count()).toBe(0);
    const trail = page.getByRole('region', { name: 'Onderbouwing' });
    await trail.getByText(/^Onderbouwing: 1 inzicht/).click();
    const firstQuote = sample.partners.quotes.find((q) => q.id === insight.evidence.quoteIds[0]);
    const code = sample.partners.interviews.find((i) => i.id === firstQuote?.interviewId)?.code;
    if (code) await trail.getByText(code, { exact: true }).first().waitFor();

    // Link a segment too, then check the screen.
    const segmentPicker = page.getByRole('combobox', { name: 'Voor segmenten' });
    await segmentPicker.focus();
    await segmentPicker.press('ArrowDown');
    await segmentPicker.press('Enter');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Move it to Plaats × Organisatie, then undo: it is back in Promotie.
    await page.getByRole('combobox', { name: 'P', exact: true }).selectOption({ label: 'Plaats' });
    await matrixRow(page, 'Plaats').getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await matrixRow(page, 'Promotie').getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
    expect(await card.count()).toBe(1);

    // Switching Partnership off keeps its row while it holds activities.
    await page.getByRole('checkbox', { name: 'Partnerschap' }).uncheck();
    await matrixRow(page, 'Partnerschap').getByText('(uitgeschakeld, bevat nog activiteiten)').waitFor();

    const path = join(app.workDir, 'mix.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.marketingMix;
    expect(saved.activities).toHaveLength(sample.marketingMix.activities.length + 1);
    expect(saved.activities.find((a) => a.title === title)).toMatchObject({
      p: 'promotion',
      level: 'execution',
      insightIds: [insight.id],
      segmentIds: [sample.insights.segments[0].id],
    });
    expect(saved.enabledPs).toEqual(['product', 'price', 'place', 'promotion', 'policy']);
    expect(app.consoleErrors).toEqual([]);
  });
});
