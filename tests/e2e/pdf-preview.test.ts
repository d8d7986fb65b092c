// The PDF preview in the Report step, in the real renderer with pdf.js and its
// worker as built for the app. The first tests answer the preview call with a
// PDF made here (pdf-lib), so the viewer itself is pinned down: lazy canvases,
// paging by button and key, zoom, text layer, coded errors, no network, axe.
// The last test makes the real report PDF from the sample through the real
// handlers and checks the viewer shows all its pages.

import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { dumpOnFailure } from './ui-helpers';
import type { PdfPreview } from '../../src/shared/ipc';
import type { Project } from '../../src/shared/model/project';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

const A4: [number, number] = [595.28, 841.89];

/** Pages with a big dark block and their number, so drawn pixels and the text layer can be checked. */
async function testPdf(pages: number): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(A4);
    page.drawRectangle({ x: 60, y: 500, width: 475, height: 280, color: rgb(0.1, 0.3, 0.5) });
    page.drawText(`Testpagina ${n}`, { x: 60, y: 440, size: 36, font, color: rgb(0, 0, 0) });
  }
  return Buffer.from(await doc.save()).toString('base64');
}

/** Answers the page's previewReport calls with `answer` instead of asking main. */
async function answerPreview(page: Page, answer: { ok: true; value: PdfPreview } | { ok: false; error: { code: string; params: Record<string, string> } }): Promise<string[]> {
  const calls: string[] = [];
  await page.route('**/api/previewReport', async (route) => {
    calls.push(route.request().postData() ?? '');
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
  });
  return calls;
}

async function openPdfTab(app: StartedApp): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Rapport/ }).click();
  await page.getByRole('heading', { name: /Rapport/, level: 2 }).waitFor();
  // Tabs pattern: the structure tab is selected; the arrow key moves to (and selects) the PDF tab.
  const structureTab = page.getByRole('tab', { name: 'Structuur' });
  expect(await structureTab.getAttribute('aria-selected')).toBe('true');
  await structureTab.focus();
  await page.keyboard.press('ArrowRight');
  const pdfTab = page.getByRole('tab', { name: 'PDF' });
  await expect.poll(() => pdfTab.getAttribute('aria-selected')).toBe('true');
  expect(await pdfTab.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.getByRole('tabpanel', { name: 'PDF' }).waitFor();
}

/** How many of a canvas's sampled pixels are not (near) white. */
async function inkedPixels(page: Page, name: string): Promise<number> {
  return page.getByRole('img', { name, exact: true }).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked++;
    return inked;
  });
}

async function waitDrawn(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.locator('.pdf-page[data-drawn="true"]').getByRole('img', { name, exact: true }).waitFor({ timeout });
}

const indicator = (page: Page) => page.locator('.pdf-page-indicator');

describe('PDF preview', () => {
  it('draws only the pages near the view, pages by button and key, zooms, and selects text', async () => {
    app = await startApp();
    const { page } = app;
    // Nothing may be fetched from anywhere but the app itself (no CDN fonts or CMaps).
    const origin = new URL(app.host.url).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    // pdf.js runs in its own worker: the module file Vite emitted, served as JavaScript.
    const workerFiles: string[] = [];
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('response', (response) => {
      if (/pdf\.worker[^/]*\.mjs$/.test(new URL(response.url()).pathname)) workerFiles.push(`${response.status()} ${response.headers()['content-type']}`);
    });
    const calls = await answerPreview(page, { ok: true, value: { pdfBase64: await testPdf(40), pageCount: 40 } });
    await openPdfTab(app);
    expect(await page.getByText("Er is nog geen PDF-voorbeeld").count()).toBe(1);

    await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).click();
    await waitDrawn(page, 'Pagina 1 van 40');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0])[0]).toMatchObject({ language: 'nl' });
    expect(await indicator(page).textContent()).toBe('Pagina 1 van 40');
    expect(await inkedPixels(page, 'Pagina 1 van 40')).toBeGreaterThan(100);
    // Lazy: a handful of canvases exist, not forty.
    const canvases = await page.locator('.pdf-page canvas').count();
    expect(canvases).toBeGreaterThan(0);
    expect(canvases).toBeLessThan(8);

    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect.poll(() => indicator(page).textContent()).toBe('Pagina 2 van 40');
    const viewer = page.getByRole('region', { name: "Pagina's van het PDF-voorbeeld" });
    await viewer.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => indicator(page).textContent()).toBe('Pagina 3 van 40');
    await page.keyboard.press('PageUp');
    await expect.poll(() => indicator(page).textContent()).toBe('Pagina 2 van 40');
    await page.keyboard.press('Control+End');
    await expect.poll(() => indicator(page).textContent()).toBe('Pagina 40 van 40');
    await waitDrawn(page, 'Pagina 40 van 40');
    expect(await inkedPixels(page, 'Pagina 40 van 40')).toBeGreaterThan(100);
    expect(await page.getByRole('img', { name: 'Pagina 1 van 40', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Volgende pagina' }).isDisabled()).toBe(true);

    // 100 % is the printed size: an A4 page is 595 pt = 794 CSS px wide.
    await page.getByRole('button', { name: 'Ware grootte (100%)' }).click();
    await expect.poll(() => page.locator('.pdf-page-indicator ~ .pdf-zoom-value').textContent()).toBe('Zoom 100%');
    await expect.poll(() => page.getByRole('img', { name: 'Pagina 40 van 40', exact: true }).evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(794);
    expect(await indicator(page).textContent()).toBe('Pagina 40 van 40');
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(() => page.locator('.pdf-zoom-value').textContent()).toBe('Zoom 110%');
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await expect.poll(() => page.locator('.pdf-zoom-value').textContent()).toBe('Zoom 90%');
    await page.getByRole('button', { name: 'Paginabreedte' }).click();
    const viewerWidth = await viewer.evaluate((el) => el.clientWidth);
    await expect.poll(() => page.getByRole('img', { name: 'Pagina 40 van 40', exact: true }).evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(viewerWidth - 32);
    await waitDrawn(page, 'Pagina 40 van 40');

    await page.getByRole('checkbox', { name: 'Tekst selecteerbaar maken' }).check();
    await expect.poll(() => page.locator('.pdf-page[data-page="40"] .pdf-text-layer').textContent()).toContain('Testpagina 40');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(workerFiles).toEqual(['200 text/javascript; charset=utf-8']);
    expect(warnings.filter((text) => /fake worker/i.test(text))).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);

    // Back to the structure and again to the PDF: the pages made are still there.
    await page.getByRole('tab', { name: 'Structuur' }).click();
    expect(await page.getByRole('region', { name: 'Koppen van het rapport' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'PDF' }).click();
    expect(await indicator(page).textContent()).toBe('Pagina 40 van 40');
    expect(calls).toHaveLength(1);

    // A preview made before a change says so until it is refreshed.
    const stale = page.locator('.pdf-preview-stale');
    expect(await stale.count()).toBe(0);
    await page.getByLabel('Taal van het rapport').selectOption('en');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('rapporttaal is gewijzigd');
    await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).click();
    await expect.poll(() => calls.length).toBe(2);
    expect(JSON.parse(calls[1])[0]).toMatchObject({ language: 'en' });
    await stale.waitFor({ state: 'detached' });
    await waitDrawn(page, 'Pagina 1 van 40');
  });

  it('shows the coded error when the PDF cannot be made or read', async () => {
    app = await startApp();
    const { page } = app;
    await answerPreview(page, { ok: false, error: { code: 'EXPORT_FONT_MISSING', params: { fileName: 'SourceSans3-Regular.ttf' } } });
    await openPdfTab(app);
    await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('EXPORT_FONT_MISSING');
    expect(await alert.textContent()).toContain('SourceSans3-Regular.ttf');
    expect(await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).isEnabled()).toBe(true);

    // Bytes pdf.js cannot read: the renderer's own code, not a blank viewer.
    await page.unroute('**/api/previewReport');
    await answerPreview(page, { ok: true, value: { pdfBase64: Buffer.from('%PDF-1.7\nnothing a reader can use').toString('base64') } });
    await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).click();
    await expect.poll(() => page.getByRole('alert').getAttribute('data-error-code')).toBe('PREVIEW_UNREADABLE');
    expect(await page.locator('.pdf-page canvas').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the real report PDF of the sample with all its pages', async () => {
    app = await startApp();
    const { page } = app;
    await openPdfTab(app);
    await page.getByRole('button', { name: 'Voorbeeld vernieuwen' }).click();
    await page.getByRole('progressbar', { name: 'Voortgang van het PDF-voorbeeld' }).waitFor();
    const failure = page.getByRole('alert');
    // Either the first page is drawn or the coded error is shown; the error fails the test with its text.
    await page.locator('.pdf-page[data-drawn="true"], [role="alert"]').first().waitFor({ timeout: 120_000 });
    expect(await failure.count(), (await failure.allTextContents()).join(' ')).toBe(0);

    // The same PDF, fetched through the bridge and counted by pdf-lib.
    const samplePath = join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');
    const sample = (JSON.parse(await readFile(samplePath, 'utf8')) as { project: Project }).project;
    const preview = await page.evaluate((project) => window.api!.previewReport({ project, language: 'nl' }), sample);
    const pages = (await PDFDocument.load(Buffer.from(preview.pdfBase64, 'base64'))).getPageCount();
    expect(pages).toBeGreaterThan(1);
    expect(await indicator(page).textContent()).toBe(`Pagina 1 van ${pages}`);
    expect(await inkedPixels(page, `Pagina 1 van ${pages}`)).toBeGreaterThan(100);

    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect.poll(() => indicator(page).textContent()).toBe(`Pagina 2 van ${pages}`);
    await waitDrawn(page, `Pagina 2 van ${pages}`);
    expect(await inkedPixels(page, `Pagina 2 van ${pages}`)).toBeGreaterThan(20);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
