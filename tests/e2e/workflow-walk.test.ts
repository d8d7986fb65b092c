// The whole workflow as a consultant walks it, from a new empty project through
// all ten steps in the real renderer over the real handlers: the assignment,
// the behaviour goal, a BibTeX import with a finding citing a page and a
// citation typed with "[" into a paragraph, a stakeholder and an interview
// whose answer becomes a quote tagged with a theme, an insight backed by that
// quote, a segment, an activity answering the insight for the segment with its
// evidence trail down to the interview, a recommendation, an indicator, the
// report's section choice; then saved, closed, reopened from disk, and
// everything (texts, the citation, the links) is back.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type StartedApp } from './harness';
import { dumpOnFailure, expectSaveStatus, expectValue, readProjectFile } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

const BIBTEX = `@article{jansen2021,
  author = {Jansen, Marieke},
  title = {Voorlezen thuis en taalontwikkeling van peuters},
  journal = {Tijdschrift voor Orthopedagogiek},
  year = {2021}
}

@book{pels2010,
  author = {Pels, Trees},
  title = {Opvoeden in de wijk},
  publisher = {Verwey-Jonker},
  year = {2010}
}
`;

const TEXT = {
  title: 'Samen voorlezen in Deventer',
  municipality: 'Deventer',
  who: 'Ouders van peuters',
  insteadOf: 'de televisie aan te zetten',
  does: 'lezen elke avond een prentenboek voor',
  background: 'Veel peuters horen thuis weinig Nederlands ',
  finding: 'Dagelijks voorlezen vergroot de woordenschat van peuters.',
  answer: 'Ik lees wel voor, maar alleen als mijn man thuis is. Dan is het rustig in huis.',
  quote: 'alleen als mijn man thuis is',
  insight: 'Voorlezen hangt af van rust in huis',
  segment: 'Drukke gezinnen',
  activity: 'Voorleesochtend op de voorschool',
  recommendation: 'Begin met voorleesochtenden in twee wijken',
  indicator: 'Aantal ouders dat wekelijks voorleest',
} as const;

function step(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name });
}

async function goTo(page: Page, name: RegExp): Promise<void> {
  await step(page, name).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

async function pick(page: Page, combobox: string, listbox: string, text: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: combobox });
  await picker.fill(text);
  await page.getByRole('listbox', { name: listbox }).getByRole('option').first().waitFor();
  await picker.press('Enter');
}

describe('the whole workflow', () => {
  it('walks all ten steps from a new project, saves, reopens from disk and finds everything back', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();

    // 1. Assignment.
    await page.getByRole('heading', { name: /Opdracht/, level: 2 }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(TEXT.title);
    await page.getByLabel('Gemeente', { exact: true }).fill(TEXT.municipality);

    // 3. Target group: the behaviour goal helper writes the sentence as the fields fill.
    await goTo(page, /Doelgroep & gedrag/);
    await page.getByLabel('Wie', { exact: true }).fill(TEXT.who);
    await page.getByLabel('In plaats van', { exact: true }).fill(TEXT.insteadOf);
    await page.getByLabel('Doet', { exact: true }).fill(TEXT.does);
    const goal = page.getByRole('status').filter({ hasText: TEXT.who });
    await expect.poll(() => goal.textContent()).toMatch(new RegExp(`^${TEXT.who}, in plaats van ${TEXT.insteadOf}, ${TEXT.does}`));

    // 4. Desk research: import BibTeX through the import control, then a finding citing page 12.
    await goTo(page, /Deskresearch/);
    await page.getByLabel('Bronnen importeren').setInputFiles({ name: 'bronnen.bib', mimeType: 'text/plain', buffer: Buffer.from(BIBTEX, 'utf8') });
    await page.getByRole('region', { name: 'Import van bronnen.bib' }).getByText('2 bronnen toegevoegd').waitFor();
    await page.getByRole('group', { name: 'Bronnen (2)' }).waitFor();
    await page.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    const finding = page.locator('.list-editor-item').filter({ has: page.getByRole('combobox', { name: 'Onderwerp Bevinding 1' }) });
    await finding.getByRole('textbox', { name: 'Bevinding', exact: true }).click();
    await page.keyboard.type(TEXT.finding);
    await finding.getByRole('button', { name: 'Citatie toevoegen' }).click();
    await finding.getByRole('combobox', { name: 'Bron Citatie 1 Bevinding 1' }).selectOption({ label: 'Jansen, M. (2021). Voorlezen thuis en taalontwikkeling van peuters.' });
    await finding.getByRole('textbox', { name: 'Pagina Citatie 1 Bevinding 1' }).fill('p. 12');
    expect(await finding.getByText('Geen bron: citeer minstens één bron.').count()).toBe(0);

    // 2. Context, visited after the import so the library has sources: "[" opens the picker in a paragraph.
    await goTo(page, /Aanleiding & uitdaging/);
    const background = page.getByRole('textbox', { name: 'Aanleiding', exact: true });
    await background.click();
    await page.keyboard.type(TEXT.background);
    await page.keyboard.type('[');
    const picker = page.getByRole('dialog', { name: 'Bron citeren' });
    await picker.getByRole('combobox', { name: 'Zoek een bron' }).fill('Jansen');
    await picker.getByRole('option', { name: /Jansen/ }).waitFor();
    await picker.getByRole('combobox', { name: 'Zoek een bron' }).press('Enter');
    await picker.waitFor({ state: 'detached' });
    await background.getByText('(Jansen, 2021)').waitFor();

    // 5. Partners: a stakeholder, a guide question, an interview with an answer, a quote tagged with a theme.
    await goTo(page, /Betrekken partners/);
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Stakeholders').click();
    await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Organisatie Stakeholder 1' }).fill('Bibliotheek Deventer');
    await tab('Interviewleidraad').click();
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const question = 'Wanneer lees je voor?';
    await page.getByRole('textbox', { name: 'Vraag Vraag 1' }).fill(question);
    await tab('Interviews').click();
    await page.getByRole('button', { name: 'Interview toevoegen' }).click();
    const code = await page.getByRole('textbox', { name: /^Code/ }).inputValue();
    expect(code).not.toBe('');
    const label = `Vraag 1. ${question}`;
    const area = page.getByRole('textbox', { name: `${label} ${code}` });
    await area.fill(TEXT.answer);
    const start = TEXT.answer.indexOf(TEXT.quote);
    await area.evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s, e), [start, start + TEXT.quote.length]);
    await page.getByRole('button', { name: `Maak citaat ${label}` }).click();
    const quoteItem = page.getByRole('list', { name: `Citaten uit ${label}` }).getByRole('listitem').filter({ hasText: TEXT.quote });
    await quoteItem.waitFor();
    await pick(page, `Thema's citaat 1 bij ${label}`, "Thema's", 'Gelegenheid – fysiek');
    await quoteItem.getByRole('button', { name: /Gelegenheid – fysiek.*loskoppelen/ }).waitFor();

    // 6. Insights: a segment, and an insight backed by the quote.
    await goTo(page, /Inzichten & segmentatie/);
    await page.getByRole('button', { name: 'Segment toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam Segment 1' }).fill(TEXT.segment);
    await page.getByRole('button', { name: 'Inzicht toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Titel Inzicht 1' }).fill(TEXT.insight);
    const insight = page.locator('.list-editor-item').filter({ has: page.getByRole('textbox', { name: 'Titel Inzicht 1' }) });
    await pick(page, 'Citaten uit interviews Inzicht 1', 'Citaten uit interviews', TEXT.quote);
    await insight.getByText('1 onderbouwing').waitFor();

    // 7. Marketing mix: an activity for the segment answering the insight; its trail reaches the interview.
    await goTo(page, /Marketingmix/);
    await page.getByRole('button', { name: 'Activiteit toevoegen in Promotie – Uitvoering' }).click();
    await page.keyboard.type(TEXT.activity);
    await pick(page, 'Beantwoordt inzichten', 'Beantwoordt inzichten', TEXT.insight);
    await page.getByRole('button', { name: `${TEXT.insight} loskoppelen` }).waitFor();
    await pick(page, 'Voor segmenten', 'Voor segmenten', TEXT.segment);
    await page.getByRole('button', { name: `${TEXT.segment} loskoppelen` }).waitFor();
    const trail = page.getByRole('region', { name: 'Onderbouwing' });
    await trail.getByText(/^Onderbouwing: 1 inzicht/).click();
    await trail.getByText(TEXT.insight).first().waitFor();
    await trail.getByText(TEXT.quote).first().waitFor();
    await trail.getByText(code, { exact: true }).first().waitFor();

    // 8. Advice: a recommendation worked out in the activity.
    await goTo(page, /Advies/);
    await page.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Titel Aanbeveling 1' }).fill(TEXT.recommendation);
    await pick(page, 'Uitgewerkt in activiteiten Aanbeveling 1', 'Uitgewerkt in activiteiten', TEXT.activity);
    await page.getByRole('button', { name: `${TEXT.activity} loskoppelen` }).waitFor();

    // 9. Monitoring: an indicator.
    await goTo(page, /Monitoring & vervolg/);
    await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam Indicator 1' }).fill(TEXT.indicator);

    // 10. Report: the section choice is there.
    await goTo(page, /Rapport/);
    await page.getByRole('checkbox', { name: 'Partners & interviews opnemen' }).waitFor();

    // Save, close, reopen from disk.
    const path = join(app.workDir, 'deventer.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    await app.queueDialog({ open: path });
    await page.getByRole('button', { name: 'Openen…' }).click();

    // Everything is back in the screens…
    await expectValue(page, 'Titel', TEXT.title);
    await expectValue(page, 'Gemeente', TEXT.municipality);
    await goTo(page, /Aanleiding & uitdaging/);
    await page.getByRole('textbox', { name: 'Aanleiding', exact: true }).getByText('(Jansen, 2021)').waitFor();
    await goTo(page, /Marketingmix/);
    await page.getByRole('button', { name: new RegExp(`^${TEXT.activity}`) }).first().click();
    await page.getByRole('button', { name: `${TEXT.insight} loskoppelen` }).waitFor();
    const reopenedTrail = page.getByRole('region', { name: 'Onderbouwing' });
    await reopenedTrail.getByText(/^Onderbouwing: 1 inzicht/).click();
    await reopenedTrail.getByText(code, { exact: true }).first().waitFor();

    // …and in the file on disk, with every link pointing at the right item.
    const { project } = await readProjectFile(path);
    expect(project.assignment.title).toBe(TEXT.title);
    expect(project.targetGroup.behaviourGoal).toMatchObject({ who: TEXT.who, insteadOf: TEXT.insteadOf, does: TEXT.does });
    const jansen = project.deskResearch.sources.find((s) => s.title === 'Voorlezen thuis en taalontwikkeling van peuters');
    expect(project.deskResearch.sources).toHaveLength(2);
    expect(project.deskResearch.findings[0].citations).toEqual([expect.objectContaining({ sourceId: jansen?.id, locator: 'p. 12' })]);
    expect(JSON.stringify(project.context.background)).toContain(`"sourceId":"${jansen?.id}"`);
    expect(project.partners.stakeholders[0]).toMatchObject({ organisation: 'Bibliotheek Deventer' });
    const interview = project.partners.interviews[0];
    expect(interview.code).toBe(code);
    expect(interview.answers[0].text).toBe(TEXT.answer);
    const quote = project.partners.quotes[0];
    expect(quote).toMatchObject({ interviewId: interview.id, text: TEXT.quote, start, end: start + TEXT.quote.length });
    expect(quote.themeIds).toHaveLength(1);
    const segment = project.insights.segments[0];
    const savedInsight = project.insights.insights[0];
    expect(savedInsight).toMatchObject({ title: TEXT.insight, evidence: { quoteIds: [quote.id] } });
    const activity = project.marketingMix.activities[0];
    expect(activity).toMatchObject({ title: TEXT.activity, insightIds: [savedInsight.id], segmentIds: [segment.id] });
    expect(project.advice.recommendations[0]).toMatchObject({ title: TEXT.recommendation, activityIds: [activity.id] });
    expect(project.monitoring.indicators[0]).toMatchObject({ name: TEXT.indicator });
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});
