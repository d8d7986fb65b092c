// Project search and checks in the real renderer: Ctrl+K opens the search
// palette; a word from an interview answer of the sample jumps to that
// interview on the partners step (opened, with focus in it); a query without
// diacritics finds and marks the word with them. The report step lists the
// eight NSMC criteria; deleting the only source of a finding raises a warning
// that jumps to the finding, and undo removes the warning again. axe-core
// checks the palette and the checks view.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { closeAppAfterEach, loadSample } from './ui-helpers';
import { richTextToPlain } from '../../src/shared/model/rich-text';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
  await page.getByLabel('Titel', { exact: true }).waitFor();
  // Opening moves focus to the step heading in the next frame; let that happen first.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
}

/** The data-item-id of the item that holds keyboard focus, or null. */
const focusedItem = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null);

const step = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name });

describe('project search and checks', () => {
  it('Ctrl+K searches the whole project and Enter jumps to the interview', async () => {
    const sample = await loadSample();
    const word = 'ploegendienst';
    const interview = sample.partners.interviews.find((iv) => iv.answers.some((a) => a.text.includes(word)));
    if (!interview) throw new Error('the sample changed: pick another word from an interview answer');

    app = await startApp();
    const { page } = app;
    await openSample(page);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await dialog.waitFor();
    const box = dialog.getByRole('combobox', { name: 'Zoeken in het project' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(word);
    const options = dialog.getByRole('option');
    const target = options.filter({ hasText: 'Interview · Antwoord' }).filter({ hasText: interview.code });
    await target.waitFor();
    expect(await target.locator('mark').allTextContents()).toEqual([word]);
    // Other texts mention the word too: walk down to the interview with the arrow keys.
    const texts = await options.allTextContents();
    const at = texts.findIndex((text) => text.includes('Interview · Antwoord') && text.includes(interview.code));
    for (let n = 0; n < at; n += 1) await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await target.getAttribute('id'));
    expect(await target.getAttribute('aria-selected')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).waitFor();
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: 'Interviews' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => focusedItem(page)).toBe(interview.id);
    const toggle = page.locator(`[data-item-id="${interview.id}"] .item-toggle`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // The answer with the word is on screen in the opened interview.
    await page.locator(`[data-item-id="${interview.id}"]`).getByText(word, { exact: false }).first().waitFor();
  });

  it('matches without diacritics, moves with the arrow keys and closes on Escape', async () => {
    app = await startApp();
    const { page } = app;
    await openSample(page);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in het project' });
    await page.keyboard.type('coordinator');
    const options = dialog.getByRole('option');
    await options.first().waitFor();
    const marks = (await dialog.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['coördinator']));
    await page.keyboard.press('ArrowDown');
    if ((await options.count()) > 1) expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus returns to where it was (the step heading).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('lists the NSMC criteria; a deleted source raises a warning that jumps; undo clears it', async () => {
    const sample = await loadSample();
    const { sources, findings } = sample.deskResearch;
    // A finding whose only citation is one source: deleting that source leaves it without any.
    const finding = findings.find((f) => f.citations.length === 1 && findings.filter((g) => g.citations.some((c) => c.sourceId === f.citations[0].sourceId)).length === 1);
    if (!finding) throw new Error('the sample changed: no source is the only citation of exactly one finding');
    const sourceIndex = sources.findIndex((s) => s.id === finding.citations[0].sourceId);
    const label = richTextToPlain(finding.text).replace(/\s+/g, ' ').trim();
    const shortLabel = label.length > 60 ? label.slice(0, 59) : label;

    app = await startApp();
    const { page } = app;
    await openSample(page);

    await step(page, /Rapport/).click();
    const nsmc = page.getByRole('list', { name: 'NSMC-benchmarkcriteria' });
    await nsmc.waitFor();
    expect(await nsmc.locator(':scope > li').count()).toBe(8);
    await nsmc.getByText('Klantoriëntatie').waitFor();
    await page.getByText('Geen waarschuwingen: alle verwijzingen kloppen.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await step(page, /Deskresearch/).click();
    await page.getByRole('button', { name: `Bron ${sourceIndex + 1} verwijderen` }).click();
    await step(page, /Rapport/).click();
    const warnings = page.getByRole('list', { name: /Samenhang: 1 waarschuwing/ });
    await warnings.waitFor();
    const link = warnings.getByRole('button', { name: new RegExp(`^Bevinding ‘${escapeRegExp(shortLabel)}`) });
    await link.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await link.click();
    await page.getByRole('heading', { name: /Deskresearch/, level: 2 }).waitFor();
    await expect.poll(() => focusedItem(page)).toBe(finding.id);
    expect(await page.locator(`[data-item-id="${finding.id}"] .item-toggle`).getAttribute('aria-expanded')).toBe('true');

    await page.getByRole('toolbar', { name: 'Bestand en bewerken' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await step(page, /Rapport/).click();
    await page.getByText('Geen waarschuwingen: alle verwijzingen kloppen.').waitFor();
    expect(await page.getByRole('list', { name: /Samenhang/ }).count()).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
