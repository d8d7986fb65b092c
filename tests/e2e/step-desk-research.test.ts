// Step 4 in the real renderer: open the sample, import a small BibTeX file
// (one new source, one already in the library, one broken entry) and read the
// summary, find the new source with the search box, add a finding that cites
// it with a page, undo and redo an edit, undo the whole import in one step and
// redo it, save, and find it all in the file on disk. axe-core checks the
// screen with the finding opened.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { seriousAxeViolations } from './axe';
import { closeAppAfterEach, expectSaveStatus, expectValue, loadSample, readProjectFile } from './ui-helpers';
import type { Project } from '../../src/shared/model/project';

let app: StartedApp | null = null;

closeAppAfterEach(
  () => app,
  () => {
    app = null;
  },
);

/** One new article, one book already in the sample library, one entry cut off mid-way. */
function bibtex(duplicate: Project['deskResearch']['sources'][number]): string {
  const author = duplicate.authors.map((a) => `${a.family}, ${a.given}`).join(' and ');
  return `@article{bakker2019,
  author = {Bakker, Jan and Sanders, Eva},
  title = {Ouders als partners in de voorschool},
  journal = {Pedagogiek},
  year = {2019}
}

@book{dubbel,
  author = {${author}},
  title = {${duplicate.title}},
  year = {${duplicate.year}}
}

@article{kapot,
  title = {Zonder einde
`;
}

describe('step 4, desk research', () => {
  it('imports BibTeX with a duplicate and an error, cites the new source in a finding; undo/redo; saved to disk', async () => {
    const sample = await loadSample();
    const duplicate = sample.deskResearch.sources.find((s) => s.authors.length > 0 && s.year !== '' && s.title !== '');
    if (!duplicate) throw new Error('the sample needs a source with author, year and title');
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Deskresearch/ }).click();
    await page.getByRole('heading', { name: /Deskresearch/, level: 2 }).waitFor();

    await page.getByLabel('Bronnen importeren').setInputFiles({
      name: 'zotero.bib',
      mimeType: 'text/plain',
      buffer: Buffer.from(bibtex(duplicate), 'utf8'),
    });
    const summary = page.getByRole('region', { name: 'Import van zotero.bib' });
    await summary.getByText('1 bron toegevoegd').waitFor();
    await summary.getByText('1 dubbele bron overgeslagen').waitFor();
    await summary.getByText('1 item met fouten').waitFor();
    await summary.getByText('kapot', { exact: true }).waitFor();
    const n = sample.deskResearch.sources.length + 1;
    await page.getByRole('group', { name: `Bronnen (${n})` }).waitFor();

    // The whole import is one undo step.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('group', { name: `Bronnen (${n - 1})` }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await page.getByRole('group', { name: `Bronnen (${n})` }).waitFor();

    // Opened, the new source shows its full APA reference on request (the CSL engine loads lazily).
    await page.getByRole('button', { name: new RegExp(`^Bron ${n}: Bakker.* openen$`) }).click();
    await expectValue(page, `Titel Bron ${n}`, 'Ouders als partners in de voorschool');
    await page.getByRole('button', { name: 'Toon APA-referentie' }).click();
    await page.getByRole('status').filter({ hasText: /Bakker, J\., & Sanders, E\. \(2019\)\. Ouders als partners in de voorschool\. .*Pedagogiek/ }).waitFor();

    // The search box finds the new source among the others.
    await page.getByRole('textbox', { name: /^Bronnen zoeken/ }).fill('bakker voorschool');
    await page.getByText('1 bron gevonden.').waitFor();
    await page.getByRole('textbox', { name: /^Bronnen zoeken/ }).fill('');

    // A new finding opens at once and warns that it cites no source.
    const f = `Bevinding ${sample.deskResearch.findings.length + 1}`;
    await page.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    const row = page.locator('.list-editor-item').filter({ has: page.getByRole('combobox', { name: `Onderwerp ${f}` }) });
    await row.getByText('Geen bron: citeer minstens één bron.').waitFor();
    await row.getByRole('textbox', { name: 'Bevinding', exact: true }).click();
    await page.keyboard.type('Ouders die meedoen aan voorschoolactiviteiten lezen thuis vaker voor.');
    await row.getByRole('button', { name: 'Citatie toevoegen' }).click();
    await row.getByRole('combobox', { name: `Bron Citatie 1 ${f}` }).selectOption({ label: 'Bakker, J., & Sanders, E. (2019). Ouders als partners in de voorschool.' });
    await row.getByRole('textbox', { name: `Pagina Citatie 1 ${f}` }).fill('p. 14');
    await page.getByRole('combobox', { name: `Onderwerp ${f}` }).selectOption({ label: 'Gewenst gedrag' });
    expect(await row.getByText('Geen bron: citeer minstens één bron.').count()).toBe(0);

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Strength: change, undo, redo.
    const strength = `Sterkte van het bewijs ${f}`;
    await page.getByRole('combobox', { name: strength }).selectOption({ label: 'Sterk' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expectValue(page, strength, 'moderate');
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expectValue(page, strength, 'strong');

    const path = join(app.workDir, 'deskresearch.drijfveer');
    await app.queueDialog({ save: path });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expectSaveStatus(page, 'Opgeslagen');

    const saved = (await readProjectFile(path)).project.deskResearch;
    expect(saved.sources).toHaveLength(n);
    const added = saved.sources.at(-1);
    expect(added).toMatchObject({ type: 'article', title: 'Ouders als partners in de voorschool', year: '2019', containerTitle: 'Pedagogiek' });
    expect(saved.findings).toHaveLength(sample.deskResearch.findings.length + 1);
    expect(saved.findings.at(-1)).toMatchObject({
      topic: 'desired-behaviour',
      strength: 'strong',
      citations: [{ sourceId: added?.id, locator: 'p. 14' }],
    });
    expect(JSON.stringify(saved.findings.at(-1)?.text)).toContain('lezen thuis vaker voor');
    expect(app.consoleErrors).toEqual([]);
  });
});
