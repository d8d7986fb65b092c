// Step 5 in the real renderer: open the sample, read a theme × group count on
// the overview, add a stakeholder (it lands in the grid's table), type an
// answer in interview R01, select part of it and make a quote, tag it with a
// theme, edit the answer (the quote moves along), see the overview count go up
// by one and list the quote (by code, not name), undo a later edit, save, and find it all in the file on disk.
// axe-core checks the interview editor and the overview.

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

const cellName = (n: number, theme: string, group: string) => `${n} ${n === 1 ? 'citaat' : 'citaten'} over ${theme} van ${group}`;

describe('step 5, partners and interviews', () => {
  it('codes a quote in an answer and finds it in the overview; undo; saved to disk', async () => {
    const sample = await loadSample();
    const { interviews, respondentGroups, themes, quotes, interviewGuide } = sample.partners;
    const interview = interviews[0];
    const group = respondentGroups.find((g) => g.id === interview.respondentGroupId);
    const theme = themes.find((t) => t.name === 'Vertrouwen in leidster');
    // A guide question this respondent did not answer yet.
    const qIndex = interviewGuide.questions.findIndex((q) => !interview.answers.some((a) => a.questionId === q.id));
    const question = interviewGuide.questions[qIndex];
    if (!group || !theme || !question) throw new Error('the sample changed: pick another interview or theme');
    const groupOf = new Map(interviews.map((iv) => [iv.id, iv.respondentGroupId]));
    const before = quotes.filter((q) => q.themeIds.includes(theme.id) && groupOf.get(q.interviewId) === group.id).length;

    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Betrekken partners/ }).click();
    await page.getByRole('heading', { name: /Betrekken partners/, level: 2 }).waitFor();
    const tab = (name: string) => page.getByRole('tab', { name });

    // The overview opens first and counts the sample's quotes.
    if (before > 0) await page.getByRole('button', { name: cellName(before, theme.name, group.name) }).waitFor();

    // A stakeholder with high influence lands in the grid's table as "keep satisfied".
    await tab('Stakeholders').click();
    const stakeholder = `Stakeholder ${sample.partners.stakeholders.length + 1}`;
    await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
    await page.getByRole('textbox', { name: `Organisatie ${stakeholder}` }).fill('Bibliotheek Zuid');
    await page.getByRole('combobox', { name: `Invloed ${stakeholder}` }).selectOption('5');
    const gridRow = page.getByRole('table', { name: /Stakeholders in de matrix/ }).getByRole('row').filter({ hasText: 'Bibliotheek Zuid' });
    await gridRow.getByRole('cell', { name: 'Tevreden houden' }).waitFor();

    // Open the interview and type an answer to the open question.
    await tab('Interviews').click();
    await page.getByRole('textbox', { name: 'Zoek op code, organisatie, groep of naam' }).fill(interview.code);
    await page.getByRole('button', { name: `Interview ${interview.code} openen` }).click();
    await page.getByText('Persoonsgegevens – worden verwijderd bij oplevering').waitFor();
    const answer = 'Meestal vraag ik het aan de leidster, die kent mijn kind het best. Soms bel ik mijn zus.';
    const label = `Vraag ${qIndex + 1}. ${question.text}`;
    const area = page.getByRole('textbox', { name: `${label} ${interview.code}` });
    await area.fill(answer);

    // Select "die kent mijn kind het best" and make a quote of it.
    const words = 'die kent mijn kind het best';
    const start = answer.indexOf(words);
    await area.evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s, e), [start, start + words.length]);
    await page.getByRole('button', { name: `Maak citaat ${label}` }).click();
    const quoteItem = page.getByRole('list', { name: `Citaten uit ${label}` }).getByRole('listitem').filter({ hasText: words }).first();
    await quoteItem.waitFor();

    // Tag it with the theme through the picker.
    const picker = page.getByRole('combobox', { name: `Thema's citaat 1 bij ${label}` });
    await picker.fill(theme.name);
    await page.getByRole('listbox', { name: "Thema's" }).getByRole('option').first().waitFor();
    await picker.press('Enter');
    await quoteItem.getByRole('button', { name: new RegExp(`${theme.name}.*loskoppelen`) }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Editing the answer in front of the quote moves the quote along instead of losing it.
    const edited = `Nou. ${answer}`;
    await area.fill(edited);
    await quoteItem.getByRole('button', { name: new RegExp(`${theme.name}.*loskoppelen`) }).waitFor();
    expect(await page.getByText('Deze tekst staat niet meer in het antwoord.', { exact: false }).count()).toBe(0);

    // The overview cell went up by one and lists the quote by code, never by name.
    await tab('Overzicht').click();
    await page.getByRole('button', { name: cellName(before + 1, theme.name, group.name) }).click();
    const listed = page.getByRole('region', { name: `Citaten: ${theme.name} – ${group.name}` });
    await listed.getByText(words).waitFor();
    const listedText = (await listed.textContent()) ?? '';
    expect(listedText).toContain(interview.code);
    expect(listedText).not.toContain(interview.respondent.name);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A later edit (the mode) is undone; the coding stays.
    await tab('Interviews').click();
    await page.getByRole('combobox', { name: `Vorm ${interview.code}` }).selectOption({ label: 'Telefonisch' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expectValue(page, `Vorm ${interview.code}`, interview.mode);

    const path = join(app.workDir, 'partners.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.partners;
    const savedInterview = saved.interviews.find((iv) => iv.id === interview.id);
    expect(savedInterview?.mode).toBe(interview.mode);
    expect(savedInterview?.answers.find((a) => a.questionId === question.id)?.text).toBe(edited);
    expect(saved.quotes).toHaveLength(quotes.length + 1);
    expect(saved.quotes.at(-1)).toMatchObject({
      interviewId: interview.id,
      questionId: question.id,
      text: words,
      start: start + 5,
      end: start + 5 + words.length,
      themeIds: [theme.id],
    });
    expect(saved.stakeholders.at(-1)).toMatchObject({ organisation: 'Bibliotheek Zuid', influence: 5, interest: 3 });
    expect(app.consoleErrors).toEqual([]);
  });
});
