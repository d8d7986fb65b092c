// Reading the shipped sample project in the read-only step views, and
// switching the interface language at run time (persisted across reloads).

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { expectValue, dumpOnFailure } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

async function sampleProject(language: 'nl' | 'en') {
  const path = join(process.cwd(), 'resources', 'samples', `ouderbetrokkenheid-voorschool.${language}.drijfveer`);
  return JSON.parse(await readFile(path, 'utf8')).project;
}

describe('sample project', () => {
  it('opens with its title and shows the data of later steps, without respondents’ names', async () => {
    const sample = await sampleProject('nl');
    app = await startApp();
    const { page } = app;

    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('heading', { name: sample.assignment.title, level: 1 }).waitFor();
    await expectValue(page, 'Titel', sample.assignment.title);

    const nav = page.getByRole('navigation', { name: 'Stappen' });
    // The sidebar says in words how complete a step is, not only with a coloured dot.
    const assignmentLink = nav.getByRole('button', { name: /Opdracht/ });
    expect(await assignmentLink.textContent()).toMatch(/volledig|deels ingevuld|leeg/);

    await nav.getByRole('button', { name: /Deskresearch/ }).click();
    await page.getByRole('heading', { name: /Deskresearch/, level: 2 }).waitFor();
    const firstSource = sample.deskResearch.sources[0];
    await page.getByRole('group', { name: `Bronnen (${sample.deskResearch.sources.length})` }).waitFor();
    await page.getByText(firstSource.title, { exact: false }).first().waitFor();

    // Alt+5 jumps to Betrekken partners and puts focus on its heading.
    await page.keyboard.press('Alt+5');
    const partnersHeading = page.getByRole('heading', { name: /Betrekken partners/, level: 2 });
    await partnersHeading.waitFor();
    await expect.poll(() => partnersHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    const interview = sample.partners.interviews[0];
    await page.getByRole('cell', { name: interview.code, exact: true }).waitFor();
    const mainText = (await page.getByRole('main').textContent()) ?? '';
    for (const iv of sample.partners.interviews) {
      expect(mainText).not.toContain(iv.respondent.name);
      if (iv.respondent.email) expect(mainText).not.toContain(iv.respondent.email);
    }

    await nav.getByRole('button', { name: /Marketingmix/ }).click();
    const matrix = page.getByRole('table').first();
    await matrix.getByRole('columnheader', { name: 'Gemeentelijk beleid' }).waitFor();
    const firstActivity = sample.marketingMix.activities[0];
    expect(await page.getByRole('main').textContent()).toContain(firstActivity.title);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('language', () => {
  it('switches the interface to English and back, and remembers the choice', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');

    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Welcome to Drijfveer' }).waitFor();
    await page.getByRole('button', { name: 'New project' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Drijfveer' }).waitFor();

    // In a project the step names change too.
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Target group & behaviour/ }).waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Doelgroep & gedrag/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
