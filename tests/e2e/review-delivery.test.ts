// The review and delivery flows end to end, in Chromium against the real
// handlers and real files: send the sample for review, open the copy (review
// banner, content read-only), where the reviewer comments, replies and
// resolves in the comments panel and saves; merge it back into the edited
// original (summary; everything exactly once), deliver, open the delivered
// file ("ongewijzigd") and export its PDF, then change one byte of its
// content on disk and see the warning.

import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadProjectText } from '../../src/shared/project-file/load';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { addComment } from '../../src/shared/review/comments';
import { seriousAxeViolations } from './axe';
import { startApp, type StartedApp } from './harness';
import { closeAppAfterEach, expectSaveStatus, readProjectFile, SAMPLE_PATH } from './ui-helpers';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

const reviewer = { name: 'Dr. Anneke Brouwer', role: 'Senior adviseur' };

async function openFile(started: StartedApp, path: string): Promise<void> {
  const { page } = started;
  const close = page.getByRole('toolbar').getByRole('button', { name: 'Sluiten', exact: true });
  if (await close.isVisible()) {
    await close.click();
    // Closing is asynchronous: wait until the project is gone before opening the next one.
    await close.waitFor({ state: 'hidden' });
  }
  await started.queueDialog({ open: path });
  await page.getByRole('button', { name: 'Openen…' }).click();
}

async function goToReport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Rapport/ }).click();
  await page.getByRole('heading', { name: 'Review en oplevering' }).waitFor();
}

describe('review copies, merging and delivery', () => {
  it('sends for review, merges the returned copy into the edited original, delivers, and verifies the delivered file', async () => {
    app = await startApp();
    const { page } = app;
    const original = join(app.workDir, 'advies.drijfveer');
    await writeFile(original, await readFile(SAMPLE_PATH));
    const sample = loadProjectText(await readFile(SAMPLE_PATH, 'utf8')).project;
    await openFile(app, original);
    await page.getByRole('heading', { name: sample.assignment.title, level: 1 }).waitFor();

    // 1. Send for review, from the Report step (the browser host has no native menu).
    await goToReport(page);
    await page.getByRole('button', { name: 'Verstuur voor review…' }).click();
    const sendDialog = page.getByRole('dialog', { name: 'Verstuur voor review' });
    await sendDialog.getByLabel('Bericht aan de reviewer (optioneel)').fill('Graag voor vrijdag');
    const copyPath = join(app.workDir, 'review-anneke.drijfveer');
    await app.queueDialog({ save: copyPath });
    await sendDialog.getByRole('button', { name: 'Kopie opslaan…' }).click();
    await page.getByText('Reviewkopie opgeslagen als review-anneke.drijfveer.').waitFor();
    const copyFile = await readProjectFile(copyPath);
    expect(copyFile.project.id).toBe(sample.id);
    expect(copyFile.project.review.copy?.reviewerNote).toBe('Graag voor vrijdag');

    // 2. The copy opens in review mode: banner, content read-only.
    await openFile(app, copyPath);
    await page.getByRole('note', { name: 'Reviewkopie' })
      .getByText('Reviewkopie — de inhoud is alleen-lezen; opmerkingen kunt u wel toevoegen.').waitFor();
    const copyTitle = page.getByLabel('Titel', { exact: true });
    await copyTitle.waitFor();
    expect(await copyTitle.isEditable()).toBe(false);

    // 3. The reviewer comments in the copy: a new comment on the advice step, a reply to one of
    //    the consultant's open comments, another one resolved; the copy saves (comments only).
    const [toReply, toResolve] = sample.review.comments.filter((c) => c.status === 'open');
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /^Advies/ }).click();
    await page.getByRole('button', { name: /^Opmerkingen \(\d+ open\)$/ }).click();
    const comments = page.getByRole('complementary', { name: 'Opmerkingen' });
    await comments.getByRole('button', { name: /^Opmerking bij stap / }).click();
    const identity = page.getByRole('dialog', { name: 'Wie schrijft de opmerkingen?' });
    await identity.getByLabel('Naam').fill(reviewer.name);
    await identity.getByLabel('Rol').fill(reviewer.role);
    await identity.getByRole('button', { name: 'Opslaan' }).click();
    await identity.waitFor({ state: 'detached' });
    await comments.getByRole('textbox', { name: 'Opmerking' }).fill('Maak de aanbeveling concreter.');
    await comments.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await comments.getByRole('listitem').filter({ hasText: 'Maak de aanbeveling concreter.' }).first().waitFor();
    const replyThread = comments.getByRole('listitem').filter({ hasText: toReply.body }).first();
    await replyThread.getByRole('button', { name: 'Reageren' }).click();
    await replyThread.getByRole('textbox', { name: 'Uw reactie' }).fill('Eens.');
    await replyThread.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await replyThread.getByText('Eens.').waitFor();
    const resolveThread = comments.getByRole('listitem').filter({ hasText: toResolve.body }).first();
    await resolveThread.getByRole('button', { name: 'Oplossen' }).click();
    await resolveThread.waitFor({ state: 'detached' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('toolbar').getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    const reviewed = (await readProjectFile(copyPath)).project;
    expect(reviewed.assignment).toEqual(copyFile.project.assignment);
    const added = reviewed.review.comments.find((c) => c.body === 'Maak de aanbeveling concreter.');
    const reply = reviewed.review.comments.find((c) => c.id === toReply.id)?.replies.find((r) => r.body === 'Eens.');
    expect(added?.author).toEqual(reviewer);
    expect(reply?.author).toEqual(reviewer);
    const review = { commentId: added!.id, replyId: reply!.id, resolvedId: toResolve.id };

    // 4. Back in the original, edited meanwhile, merge the copy: one undoable edit and a summary.
    await openFile(app, original);
    const title = page.getByLabel('Titel', { exact: true });
    await title.waitFor();
    await title.fill(`${sample.assignment.title} (herzien)`);
    await goToReport(page);
    await app.queueDialog({ openMany: [copyPath] });
    await page.getByRole('button', { name: 'Review samenvoegen…' }).click();
    const summary = page.getByRole('dialog', { name: 'Review samengevoegd' });
    await summary.getByText('1 nieuwe opmerking(en), 1 nieuwe reactie(s), 1 statuswijziging(en) en 0 bewerking(en) zijn binnengekomen.').waitFor();
    await summary.getByText(/^review-anneke\.drijfveer: 1 opmerking/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await summary.getByRole('button', { name: 'Sluiten' }).click();

    // The merge is one undoable edit: undo takes back exactly the merge, not the title edit.
    const toolbar = page.getByRole('toolbar', { name: 'Bestand en bewerken' });
    await toolbar.getByRole('button', { name: 'Ongedaan maken' }).click();
    await toolbar.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    const undone = (await readProjectFile(original)).project;
    expect(undone.assignment.title).toBe(`${sample.assignment.title} (herzien)`);
    expect(undone.review.comments.map((c) => c.id)).toEqual(sample.review.comments.map((c) => c.id));
    await toolbar.getByRole('button', { name: 'Opnieuw' }).click();

    // Merging the same copy again brings in nothing.
    await app.queueDialog({ openMany: [copyPath] });
    await page.getByRole('button', { name: 'Review samenvoegen…' }).click();
    await page.getByRole('dialog', { name: 'Review samengevoegd' })
      .getByText('Er kwam niets nieuws binnen: alles uit deze kopieën stond al in het project.').waitFor();
    await page.getByRole('dialog', { name: 'Review samengevoegd' }).getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('toolbar').getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    const merged = (await readProjectFile(original)).project;
    expect(merged.assignment.title).toBe(`${sample.assignment.title} (herzien)`);
    expect(merged.review.copy).toBeNull();
    expect(merged.review.comments.filter((c) => c.id === review.commentId)).toHaveLength(1);
    expect(merged.review.comments.flatMap((c) => c.replies).filter((r) => r.id === review.replyId)).toHaveLength(1);
    expect(merged.review.comments.find((c) => c.id === review.resolvedId)?.status).toBe('resolved');
    expect(merged.review.comments).toHaveLength(sample.review.comments.length + 1);

    // 5. Deliver: the name is asked (with what is removed), the own file stays as it is.
    const ownBefore = await readFile(original);
    await page.getByRole('button', { name: 'Opleveren…' }).click();
    const deliverDialog = page.getByRole('dialog', { name: 'Opleveren aan de gemeente' });
    await deliverDialog.getByText(/Respondent 1, 2/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const name = deliverDialog.getByLabel('Opgeleverd door');
    // Prefilled from the comment identity in this browser's preferences (the reviewer's, here: one machine plays both).
    expect(await name.inputValue()).toBe(reviewer.name);
    await name.fill('Marleen Verhoef');
    const deliveredPath = join(app.workDir, 'gemeente.drijfveer');
    await app.queueDialog({ save: deliveredPath });
    await deliverDialog.getByRole('button', { name: 'Opleverbestand opslaan…' }).click();
    await page.getByText(/Opleverbestand opgeslagen als gemeente\.drijfveer/).waitFor();
    expect(await readFile(original)).toEqual(ownBefore);
    const deliveredText = await readFile(deliveredPath, 'utf8');
    for (const interview of sample.partners.interviews) expect(deliveredText).not.toContain(interview.respondent.name);

    // 6. The delivered file opens read-only with "ongewijzigd".
    await openFile(app, deliveredPath);
    const banner = page.getByTestId('delivered-banner');
    await banner.getByText(/^Opgeleverd op .+ door Marleen Verhoef — ongewijzigd\.$/).waitFor();
    expect(await banner.getAttribute('role')).toBe('note');
    expect(await page.getByLabel('Titel', { exact: true }).isEditable()).toBe(false);

    // The municipality can export the report from the delivered file, as a PDF.
    await goToReport(page);
    const report = join(app.workDir, 'rapport-gemeente.pdf');
    await app.queueDialog({ save: report });
    await page.getByRole('button', { name: 'Exporteer PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'Het rapport is opgeslagen als rapport-gemeente.pdf' }).waitFor({ timeout: 120_000 });
    expect((await readFile(report)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // 7. One byte of the content changed on disk: a warning, announced.
    const close = page.getByRole('toolbar').getByRole('button', { name: 'Sluiten', exact: true });
    await close.click();
    await close.waitFor({ state: 'hidden' });
    const at = deliveredText.indexOf('"title": "') + '"title": "'.length;
    expect(at).toBeGreaterThan(20);
    const altered = deliveredText.slice(0, at) + (deliveredText[at] === 'X' ? 'Y' : 'X') + deliveredText.slice(at + 1);
    await writeFile(deliveredPath, altered);
    await openFile(app, deliveredPath);
    const warning = page.getByRole('alert').filter({ hasText: 'Let op: gewijzigd na oplevering.' });
    await warning.getByText(/door Marleen Verhoef, maar de inhoud komt niet meer overeen met de vingerafdruk/).waitFor();
    expect(await page.getByText(/— ongewijzigd\./).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  }, 300_000);

  it('lists a copy of another project as not merged, and merges nothing from it', async () => {
    app = await startApp();
    const { page } = app;
    const original = join(app.workDir, 'advies.drijfveer');
    await writeFile(original, await readFile(SAMPLE_PATH));
    const other = loadProjectText(await readFile(SAMPLE_PATH, 'utf8')).project;
    const stranger = addComment({ ...other, id: 'een-ander-project' }, {
      target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' }, author: reviewer, body: 'Vreemd', now: new Date(),
    }).project;
    const strangerPath = join(app.workDir, 'ander.drijfveer');
    await writeFile(strangerPath, serializeProject(stranger, 'test'));
    await openFile(app, original);
    await goToReport(page);
    await app.queueDialog({ openMany: [strangerPath] });
    await page.getByRole('button', { name: 'Review samenvoegen…' }).click();
    const summary = page.getByRole('dialog', { name: 'Review samengevoegd' });
    await summary.getByText('Niet samengevoegd:').waitFor();
    await summary.getByText(/^ander\.drijfveer: Deze reviewkopie hoort bij een ander project/).waitFor();
    await summary.getByRole('button', { name: 'Sluiten' }).click();
    // Nothing changed: the document is not dirty and undo has nothing to undo.
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
  }, 60_000);
});
