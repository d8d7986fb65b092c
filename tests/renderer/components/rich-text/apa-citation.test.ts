// The editor's in-text citations equal what the report prints (the export
// engine, citeproc included) for every citation of the sample projects; where
// the APA formatter declines a group the editor shows the quick form instead.

import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apaInTextCitation } from '../../../../src/renderer/components/rich-text/apa-citation';
import { formatInTextCitation } from '../../../../src/renderer/components/rich-text/format-citation';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import { createCitationEngine } from '../../../../src/shared/citations/engine';
import type { Project } from '../../../../src/shared/model/project';
import type { CitationItem } from '../../../../src/shared/model/rich-text';

const samples = resolve(__dirname, '..', '..', '..', '..', 'resources', 'samples');

function citationsOf(project: Project): CitationItem[][] {
  return project.deskResearch.findings
    .map((finding) => finding.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator })))
    .filter((items) => items.length > 0);
}

describe('editor citations', () => {
  const projects: Record<string, Project> = {};
  beforeAll(async () => {
    for (const language of ['nl', 'en'] as const) {
      projects[language] = (await readProjectFile(join(samples, `ouderbetrokkenheid-voorschool.${language}.drijfveer`))).loaded.project;
    }
  }, 60_000);

  for (const language of ['nl', 'en'] as const) {
    it(`print as the report does (${language})`, () => {
      const project = projects[language];
      const sources = project.deskResearch.sources;
      const engine = createCitationEngine(sources, language);
      const all = citationsOf(project);
      expect(all.length).toBeGreaterThan(10);
      let exact = 0;
      for (const items of all) {
        const shown = apaInTextCitation(items, sources, language);
        if (shown === engine.cite(items)) exact += 1;
        else expect(shown, JSON.stringify(items)).toBe(formatInTextCitation(items, sources, language));
      }
      // Only citations of a group the formatter declines may differ (the sample has one such source).
      expect(exact).toBeGreaterThanOrEqual(all.length - 2);
    }, 60_000);
  }

  it('adds the year letters the whole library decides, which the quick form cannot know', () => {
    const base = projects.nl.deskResearch.sources.find((s) => s.type === 'book' && s.authors.length === 1 && /^\d{4}$/.test(s.year))!;
    const twin = { ...base, id: 'twin', title: `${base.title}: een vervolg` };
    const library = [base, twin];
    const [first, second] = [base, twin].map((s) => apaInTextCitation([{ sourceId: s.id, locator: '' }], library, 'nl'));
    expect(first).not.toBe(second);
    expect([first, second].sort()).toEqual([`(${base.authors[0].family}, ${base.year}a)`, `(${base.authors[0].family}, ${base.year}b)`].sort());
    expect(formatInTextCitation([{ sourceId: twin.id, locator: '' }], library, 'nl')).toBe(`(${base.authors[0].family}, ${base.year})`);
  });

  it('says a cited source is missing instead of inventing one', () => {
    const sources = projects.nl.deskResearch.sources;
    expect(apaInTextCitation([{ sourceId: 'deleted', locator: '' }], sources, 'nl')).toBe('(bron ontbreekt)');
  });
});
