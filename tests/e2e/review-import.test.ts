// Importing a reviewer's Word comments end to end, in Chromium against the real
// handlers: our DOCX export of the sample with a reviewer's comments (one on
// research question 2 with a reply, one on the title page) is picked through
// the dialog queue from the Report step; the summary says what landed where,
// the comments panel shows the thread on the right item, and one Undo takes
// the whole import back.

import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { exportReport } from '../../src/main/export/export-report';
import { loadProjectText } from '../../src/shared/project-file/load';
import { addComments, partText, unzipDocx, wrapBookmark, wrapFirstParagraph, zipDocx } from '../main/review-import/docx-fixtures';
import { seriousAxeViolations } from './axe';
import { startApp, type StartedApp } from './harness';
import { closeAppAfterEach, SAMPLE_PATH } from './ui-helpers';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

const steps = (page: Page) => page.getByRole('navigation', { name: 'Stappen' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Opmerkingen' });

async function annotatedExport(path: string): Promise<void> {
  const sample = loadProjectText(await readFile(SAMPLE_PATH, 'utf8')).project;
  const files = unzipDocx(await exportReport(sample, { format: 'docx', language: 'nl', comments: true }));
  let doc = partText(files, 'word/document.xml');
  doc = wrapBookmark(doc, 'item_rq_2', [200, 201]);
  doc = wrapFirstParagraph(doc, [202]);
  files['word/document.xml'] = strToU8(doc);
  addComments(files, [
    { id: 200, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:30:00Z', body: 'Deze vraag is te breed voor één interviewronde.', paraId: '0B000200' },
    { id: 201, author: 'Joost Bakker', initials: 'JB', date: '2026-11-19T10:00:00Z', body: 'Mee eens, splitsen.', paraId: '0B000201', parentParaId: '0B000200' },
    { id: 202, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:35:00Z', body: 'Titel graag korter.', paraId: '0B000202' },
  ]);
  await writeFile(path, zipDocx(files));
}

describe('review import from Word', () => {
  it('imports an annotated DOCX picked in the dialog: summary, comments on the right items, one undo', async () => {
    app = await startApp();
    const { page } = app;
    const docxPath = join(app.workDir, 'rapport-review.docx');
    await annotatedExport(docxPath);

    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Opmerkingen bij Onderzoeksvraag 2 \(\d+ open\)/ }).count()).toBe(0);

    await steps(page).getByRole('button', { name: /Rapport/ }).click();
    await app.queueDialog({ open: docxPath });
    await page.getByRole('button', { name: 'Review uit Word importeren…' }).click();

    const summary = page.getByRole('dialog', { name: 'Review uit Word geïmporteerd' });
    await summary.waitFor();
    await summary.getByText('Uit rapport-review.docx:').waitFor();
    await summary.getByText('1 opmerking geplaatst bij het juiste onderdeel').waitFor();
    await summary.getByText('1 reactie toegevoegd aan een gesprek').waitFor();
    await summary.getByText('1 opmerking niet bij een onderdeel geplaatst').waitFor();
    await summary.getByTestId('docx-import-unplaced').getByText('Titel graag korter.').waitFor();
    await summary.getByText(/stonden al in het project en zijn niet dubbel toegevoegd/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await summary.getByRole('button', { name: 'Sluiten' }).click();
    await summary.waitFor({ state: 'detached' });

    // The comment and its reply sit on research question 2.
    await steps(page).getByRole('button', { name: /Aanleiding & uitdaging.*1 open opmerking\b/ }).waitFor();
    await steps(page).getByRole('button', { name: /Aanleiding & uitdaging/ }).click();
    await page.getByRole('button', { name: 'Opmerkingen bij Onderzoeksvraag 2 (1 open)' }).click();
    const comments = panel(page);
    const thread = comments.getByRole('listitem').filter({ hasText: 'Deze vraag is te breed voor één interviewronde.' });
    await thread.waitFor();
    await thread.getByText('Mee eens, splitsen.').waitFor();
    await thread.getByText('Sanne de Wit').first().waitFor();

    // One undo takes back the whole import.
    await page.getByRole('toolbar').getByRole('button', { name: 'Ongedaan maken' }).click();
    await thread.waitFor({ state: 'detached' });
    await steps(page).getByRole('button', { name: /Aanleiding & uitdaging.*open opmerking/ }).waitFor({ state: 'detached' });
  }, 120_000);

  it('shows a coded error for a file that is not a Word document', async () => {
    app = await startApp();
    const { page } = app;
    const bogus = join(app.workDir, 'geen-word.docx');
    await writeFile(bogus, 'dit is geen zip');
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await steps(page).getByRole('button', { name: /Rapport/ }).click();
    await app.queueDialog({ open: bogus });
    await page.getByRole('button', { name: 'Review uit Word importeren…' }).click();
    await page.getByText('geen-word.docx is geen geldig Word-document (.docx).', { exact: false }).waitFor();
  }, 60_000);
});
