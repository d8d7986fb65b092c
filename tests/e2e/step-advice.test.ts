// Step 8 in the real renderer: open the sample, add a recommendation (its
// evidence trail warns that nothing supports it), link an activity and see the
// trail follow that activity's insights, add a good example with a source from
// the library and a pitfall, undo one edit, save, and find the edits on disk.

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { dumpOnFailure, expectSaveStatus, expectValue, readProjectFile } from './ui-helpers';
import type { Project } from '../../src/shared/model/project';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

describe('step 8, advice', () => {
  it('adds a recommendation with an evidence trail, a good example with a source and a pitfall; undo; saved to disk', async () => {
    const sample = (JSON.parse(
      await readFile(join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'), 'utf8'),
    ) as { project: Project }).project;
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Advies/ }).click();
    await page.getByRole('heading', { name: /Advies/, level: 2 }).waitFor();

    // A new recommendation: without links its trail warns.
    const rec = `Aanbeveling ${sample.advice.recommendations.length + 1}`;
    await page.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
    await page.getByRole('textbox', { name: `Titel ${rec}` }).fill('Begin klein, in twee wijken');
    await page.getByRole('combobox', { name: `Prioriteit ${rec}` }).selectOption({ label: 'Hoog' });
    const unsupported = page.getByText('Deze aanbeveling is niet gekoppeld aan een inzicht of activiteit: de onderbouwing ontbreekt.');
    await unsupported.waitFor();

    // Linking an activity brings in the insights that activity answers.
    const activity = sample.marketingMix.activities.find((a) => a.insightIds.length > 0);
    if (!activity) throw new Error('the sample should hold an activity with an insight');
    const picker = page.getByRole('combobox', { name: `Uitgewerkt in activiteiten ${rec}` });
    await picker.fill(activity.title.split(/\s+/).slice(0, 3).join(' '));
    await page.getByRole('listbox', { name: 'Uitgewerkt in activiteiten' }).getByRole('option').first().waitFor();
    await picker.press('Enter');
    await page.getByRole('button', { name: `${activity.title} loskoppelen` }).waitFor();
    expect(await unsupported.count()).toBe(0);
    const trail = page.getByRole('region', { name: 'Onderbouwing' });
    await trail.getByText(new RegExp(`^Onderbouwing: ${new Set(activity.insightIds).size} inzicht`)).click();
    const insight = sample.insights.insights.find((i) => i.id === activity.insightIds[0]);
    await trail.getByText(insight?.title ?? '', { exact: true }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Change the priority, then undo: back to high.
    await page.getByRole('combobox', { name: `Prioriteit ${rec}` }).selectOption({ label: 'Laag' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expectValue(page, `Prioriteit ${rec}`, 'high');

    // A good example with a place and a source from the library.
    const example = `Goed voorbeeld ${sample.advice.goodExamples.length + 1}`;
    await page.getByRole('button', { name: 'Goed voorbeeld toevoegen' }).click();
    await page.getByRole('textbox', { name: `Titel ${example}` }).fill('Voorleesexpress');
    await page.getByRole('textbox', { name: `Plaats ${example}` }).fill('Utrecht');
    await page.getByRole('combobox', { name: `Bron ${example}` }).selectOption({ index: 1 });

    // A pitfall.
    const pitfall = `Valkuil ${sample.advice.pitfalls.length + 1}`;
    await page.getByRole('button', { name: 'Valkuil toevoegen' }).click();
    await page.getByRole('textbox', { name: `Titel ${pitfall}` }).fill('Te veel tegelijk willen');

    const path = join(app.workDir, 'advies.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.advice;
    expect(saved.recommendations.at(-1)).toMatchObject({
      title: 'Begin klein, in twee wijken',
      priority: 'high',
      insightIds: [],
      activityIds: [activity.id],
    });
    expect(saved.goodExamples.at(-1)).toMatchObject({ title: 'Voorleesexpress', place: 'Utrecht', sourceId: sample.deskResearch.sources[0].id });
    expect(saved.pitfalls.at(-1)).toMatchObject({ title: 'Te veel tegelijk willen' });
    expect(saved.recommendations).toHaveLength(sample.advice.recommendations.length + 1);
    expect(app.consoleErrors).toEqual([]);
  });
});
