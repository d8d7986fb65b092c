// Step 6 in the real renderer: open the sample, add an insight (it warns that
// it has no evidence), link a quote through the LinkPicker with the keyboard
// (the warning goes), link a segment, add a segment with channels and a
// persona, undo one edit, save, and find the edits in the file on disk.
// axe-core checks the screen with an item opened.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { closeAppAfterEach, expectSaveStatus, expectValue, loadSample, readProjectFile } from './ui-helpers';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

describe('step 6, insights and segments', () => {
  it('adds an insight, links a quote and a segment, adds a segment; undo; saved to disk', async () => {
    const sample = await loadSample();
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Inzichten/ }).click();
    await page.getByRole('heading', { name: /Inzichten & segmentatie/, level: 2 }).waitFor();

    // A new insight opens at once and warns that nothing backs it yet.
    const n = sample.insights.insights.length + 1;
    const item = `Inzicht ${n}`;
    await page.getByRole('button', { name: 'Inzicht toevoegen' }).click();
    await page.getByRole('textbox', { name: `Titel ${item}` }).fill('Grootouders halen de peuters vaak op');
    await page.getByRole('combobox', { name: `Soort inzicht ${item}` }).selectOption({ label: 'Motivator' });
    const row = page.locator('.list-editor-item').filter({ has: page.getByRole('textbox', { name: `Titel ${item}` }) });
    await row.getByText('Geen onderbouwing: koppel een citaat of bevinding.').waitFor();

    // Link a quote by typing part of it and pressing Enter; its interview code shows on the chip.
    const quote = sample.partners.quotes[0];
    const code = sample.partners.interviews.find((i) => i.id === quote.interviewId)?.code ?? '';
    const words = quote.text.split(/\s+/).slice(0, 4).join(' ');
    const quotePicker = page.getByRole('combobox', { name: `Citaten uit interviews ${item}` });
    await quotePicker.fill(words);
    await page.getByRole('listbox', { name: 'Citaten uit interviews' }).getByRole('option').first().waitFor();
    await quotePicker.press('Enter');
    await row.getByRole('listitem').filter({ hasText: code }).first().waitFor();
    await row.getByText('1 onderbouwing').waitFor();
    expect(await row.getByText('Geen onderbouwing: koppel een citaat of bevinding.').count()).toBe(0);

    // Link a segment with the arrow keys.
    const segmentPicker = page.getByRole('combobox', { name: `Geldt voor segmenten ${item}` });
    await segmentPicker.focus();
    await segmentPicker.press('ArrowDown');
    await segmentPicker.press('ArrowDown');
    await segmentPicker.press('Enter');
    await segmentPicker.press('Escape');
    await row.getByRole('button', { name: `${sample.insights.segments[1].name} loskoppelen` }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Change the type, then undo: back to motivator.
    await page.getByRole('combobox', { name: `Soort inzicht ${item}` }).selectOption({ label: 'Concurrentie' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expectValue(page, `Soort inzicht ${item}`, 'motivator');

    // A new segment with channels, one per line, and a persona.
    const segment = `Segment ${sample.insights.segments.length + 1}`;
    await page.getByRole('button', { name: 'Segment toevoegen' }).click();
    await page.getByRole('textbox', { name: `Naam ${segment}` }).fill('Grootouders');
    await page.getByRole('textbox', { name: `Kanalen ${segment}` }).fill('Schoolplein\nBuurthuis');
    await page.getByRole('textbox', { name: `Naam persona ${segment}` }).fill('Oma Ria');

    const path = join(app.workDir, 'inzichten.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.insights;
    expect(saved.insights).toHaveLength(n);
    expect(saved.insights.at(-1)).toMatchObject({
      title: 'Grootouders halen de peuters vaak op',
      type: 'motivator',
      evidence: { quoteIds: [quote.id], findingIds: [] },
      segmentIds: [sample.insights.segments[1].id],
    });
    expect(saved.segments.at(-1)).toMatchObject({ name: 'Grootouders', channels: ['Schoolplein', 'Buurthuis'], persona: { name: 'Oma Ria' } });
    expect(app.consoleErrors).toEqual([]);
  });
});
