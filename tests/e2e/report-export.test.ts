// The Report step in the real renderer against the real handlers: choose and
// order chapters, watch the structure preview follow, export the DOCX through
// the save dialog with a progress bar, then open / show the file. The written
// file is read back with pandoc.

import { describe, expect, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { closeAppAfterEach, loadSample } from './ui-helpers';
import { docxHeadings } from '../main/export/docx-readers';
import { pdfjsOutline } from '../main/export/pdf/pdf-tools';
import { buildReport } from '../../src/shared/report/build-report';
import { previewCitations } from '../../src/renderer/steps/report/preview-citations';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

/** The chapter (level-1) titles the preview shows, in order. */
async function previewChapters(app: StartedApp): Promise<string[]> {
  const preview = app.page.getByRole('region', { name: 'Koppen van het rapport' });
  return preview.locator('li.outline-level-1 > .outline-title').allTextContents();
}

describe('report step and DOCX export', () => {
  it('reorders and excludes chapters, previews the structure, exports with progress, and opens the result', async () => {
    const sample = await loadSample();
    const titleOf = (key: string) => buildReport(sample, { language: 'nl', citations: previewCitations }).sections.find((s) => s.key === key)!.title;
    const partners = titleOf('partners');
    const advice = titleOf('advice');
    const monitoring = titleOf('monitoring');

    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('heading', { name: sample.assignment.title, level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Rapport/ }).click();
    await page.getByRole('heading', { name: /Rapport/, level: 2 }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    const before = await previewChapters(app);
    expect(before).toContain(partners);
    expect(before.indexOf(advice)).toBeLessThan(before.indexOf(monitoring));

    // Move "Monitoring & vervolg" above "Advies"; focus stays on the moved row's button.
    const up = page.getByRole('button', { name: 'Monitoring & vervolg omhoog' });
    await up.click();
    await expect.poll(async () => {
      const chapters = await previewChapters(app!);
      return chapters.indexOf(monitoring) < chapters.indexOf(advice);
    }).toBe(true);
    await expect.poll(() => up.evaluate((el) => el === document.activeElement)).toBe(true);

    // Leave the partners chapter out: it disappears from the preview.
    await page.getByRole('checkbox', { name: 'Partners & interviews opnemen' }).uncheck();
    await expect.poll(async () => (await previewChapters(app!)).includes(partners)).toBe(false);

    const target = join(app.workDir, 'rapport.docx');
    await app.queueDialog({ save: target });
    await page.getByRole('button', { name: 'Exporteer DOCX' }).click();
    await page.getByRole('progressbar', { name: 'Voortgang van de export' }).waitFor();
    const done = page.getByRole('status').filter({ hasText: 'Het rapport is opgeslagen als rapport.docx' });
    await done.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    expect((await stat(target)).size).toBeGreaterThan(1000);
    const headings = await docxHeadings(target);
    const chapters = headings.filter((h) => h.startsWith('1 ')).map((h) => h.slice(2));
    expect(chapters).not.toContain(partners);
    expect(chapters).toContain(advice);
    expect(chapters.indexOf(monitoring)).toBeLessThan(chapters.indexOf(advice));

    await done.getByRole('button', { name: 'Openen' }).click();
    await done.getByRole('button', { name: 'Toon in map' }).click();
    await expect.poll(() => app!.host.fileRequests.length).toBe(2);
    expect(app.host.fileRequests).toEqual([
      { action: 'open', path: target },
      { action: 'show-in-folder', path: target },
    ]);

    // The PDF follows the same settings: its outline has the chosen chapters in the chosen order.
    const pdfTarget = join(app.workDir, 'rapport.pdf');
    await app.queueDialog({ save: pdfTarget });
    await page.getByRole('button', { name: 'Exporteer PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'Het rapport is opgeslagen als rapport.pdf' }).waitFor({ timeout: 120_000 });
    const pdfChapters = (await pdfjsOutline(pdfTarget)).map((node) => node.title);
    expect(pdfChapters).not.toContain(partners);
    expect(pdfChapters.indexOf(monitoring)).toBeGreaterThan(-1);
    expect(pdfChapters.indexOf(monitoring)).toBeLessThan(pdfChapters.indexOf(advice));

    // The settings are ordinary edits: undo brings the partners chapter back.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await previewChapters(app!)).includes(partners)).toBe(true);

    // The preview is built in the chosen report language.
    const englishAdvice = buildReport(sample, { language: 'en', citations: previewCitations }).sections.find((s) => s.key === 'advice')!.title;
    expect(englishAdvice).not.toBe(advice);
    await page.getByLabel('Taal van het rapport').selectOption('en');
    await expect.poll(async () => (await previewChapters(app!)).includes(englishAdvice)).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('shows nothing when the dialog is cancelled, and the coded error when the target cannot be written', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Rapport/ }).click();

    await app.queueDialog({ save: null });
    const exportButton = page.getByRole('button', { name: 'Exporteer DOCX' });
    await exportButton.click();
    // Cancelling ends the export at once: the button is usable again, with no notice and no file.
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
    expect(await page.locator('.export-done, .export-error').count()).toBe(0);
    expect(app.host.fileRequests).toEqual([]);

    await app.queueDialog({ save: join(app.workDir, 'bestaat-niet', 'rapport.docx') });
    await page.getByRole('button', { name: 'Exporteer DOCX' }).click();
    const alert = page.locator('.export-error[role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.getAttribute('data-error-code')).toMatch(/^[A-Z_]+$/);
    expect(await page.getByRole('button', { name: 'Exporteer DOCX' }).isEnabled()).toBe(true);
  });
});
