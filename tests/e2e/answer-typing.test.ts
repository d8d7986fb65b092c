// An interview answer keeps what is typed to itself and hands it to the
// project after a short pause (so a keystroke renders only the field). Nothing
// may be lost or late because of that: the first keystroke marks the document
// unsaved at once, and save, close, undo and a step jump straight after typing
// (no pause, no blur) all see every character; the recovery copy gets it too.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { closeAppAfterEach, expectSaveStatus, loadSample, readProjectFile, saveStatus, waitForRecoveryFile } from './ui-helpers';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

/** Opens the sample's first interview and returns its first answer field, with the caret at the end. */
async function openFirstAnswer(page: Page) {
  const sample = await loadSample();
  const interview = sample.partners.interviews[0];
  const question = sample.partners.interviewGuide.questions[0];
  const before = interview.answers.find((a) => a.questionId === question.id)?.text ?? '';
  await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
  await page.getByLabel('Titel', { exact: true }).waitFor();
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Betrekken partners/ }).click();
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('textbox', { name: 'Zoek op code, organisatie, groep of naam' }).fill(interview.code);
  await page.getByRole('button', { name: `Interview ${interview.code} openen` }).click();
  const area = page.getByRole('textbox', { name: `Vraag 1. ${question.text} ${interview.code}`, exact: true });
  await area.click();
  await area.press('End');
  return { area, interview, question, before };
}

const answerIn = (project: Awaited<ReturnType<typeof readProjectFile>>['project'], interviewId: string, questionId: string) =>
  project.partners.interviews.find((iv) => iv.id === interviewId)?.answers.find((a) => a.questionId === questionId)?.text;

describe('typing in an interview answer', () => {
  it('marks the document unsaved at the first keystroke, and Ctrl+S right after typing saves every character', async () => {
    app = await startApp();
    const { page } = app;
    const { area, interview, question, before } = await openFirstAnswer(page);
    const path = join(app.workDir, 'typed.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    // One keystroke, then look before any pause could have passed: already unsaved.
    const status = await area.evaluate((el) => {
      const field = el as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(field, `${field.value}!`);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise<string[]>((resolve) =>
        setTimeout(() => resolve([document.querySelector('.save-status-label')?.textContent ?? '', document.title]), 0),
      );
    });
    expect(status[0]).toBe('Niet opgeslagen');
    expect(status[1].startsWith('*')).toBe(true);

    const typed = ' Soms haalt mijn man hem op.';
    await area.focus();
    await area.press('End');
    await page.keyboard.type(typed);
    await page.keyboard.press('Control+s');
    await expectSaveStatus(page, 'Opgeslagen');
    expect(answerIn((await readProjectFile(path)).project, interview.id, question.id)).toBe(`${before}!${typed}`);
    expect(await area.inputValue()).toBe(`${before}!${typed}`);
    expect(app.consoleErrors).toEqual([]);
  });

  it('Close right after typing asks to save, and saving keeps every character', async () => {
    app = await startApp();
    const { page } = app;
    const { interview, question, before } = await openFirstAnswer(page);
    const typed = ' Dat vind ik fijn.';
    await page.keyboard.type(typed);
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    const path = join(app.workDir, 'closed.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('dialog', { name: 'Wijzigingen opslaan?' }).getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).waitFor();
    expect(answerIn((await readProjectFile(path)).project, interview.id, question.id)).toBe(`${before}${typed}`);
  });

  it('Ctrl+Z right after typing undoes the typing as one step, Ctrl+Y brings it back', async () => {
    app = await startApp();
    const { page } = app;
    const { area, before } = await openFirstAnswer(page);
    await page.keyboard.type(' Nou.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => area.inputValue()).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => area.inputValue()).toBe(`${before} Nou.`);
    expect(app.consoleErrors).toEqual([]);
  });

  it('a step jump right after typing keeps the text, and the recovery copy has it', async () => {
    app = await startApp();
    const { page } = app;
    const { area, interview, before } = await openFirstAnswer(page);
    const typed = ' Zonder pauze weg.';
    await page.keyboard.type(typed);
    await page.keyboard.press('Alt+1');
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await expect.poll(async () => (await saveStatus(page).textContent())?.trim()).toBe('Niet opgeslagen');
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Betrekken partners/ }).click();
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('textbox', { name: 'Zoek op code, organisatie, groep of naam' }).fill(interview.code);
    await page.getByRole('button', { name: `Interview ${interview.code} openen` }).click();
    expect(await area.inputValue()).toBe(`${before}${typed}`);

    const dataDir = app.dataDir;
    await waitForRecoveryFile(dataDir);
    await expect
      .poll(
        async () => {
          const names = await waitForRecoveryFile(dataDir);
          const texts = await Promise.all(names.map((name) => readFile(join(dataDir, 'recovery', name), 'utf8')));
          return texts.some((text) => text.includes(typed.trim()));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});
