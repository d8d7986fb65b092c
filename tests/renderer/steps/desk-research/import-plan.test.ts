import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/renderer/steps/desk-research/import-plan';
import { addImportedSources, addSource, updateSource } from '../../../../src/renderer/steps/desk-research/recipes';
import { createEmptyProject } from '../../../../src/shared/model/project';

const bib = `@article{bakker2019,
  author = {Bakker, Jan and Sanders, Eva},
  title = {Ouders als partners in de voorschool},
  journal = {Pedagogiek},
  year = {2019},
  volume = {39},
  pages = {12--30}
}

@book{dewinter2008,
  author = {De Winter, Micha},
  title = {Over de pedagogische civil society},
  year = {2008}
}

@article{kapot,
  title = {Zonder einde
`;

describe('planning an import', () => {
  it('separates new sources, duplicates of the library and broken entries', () => {
    let p = addSource(createEmptyProject('nl', new Date('2026-03-01T10:00:00Z')), 's1');
    p = updateSource(p, 's1', { title: 'Over de pedagogische civil society', year: '2008', authors: [{ family: 'De Winter', given: 'M.' }] });
    const plan = planImport(p.deskResearch.sources, bib, 'zotero.bib');
    expect(plan.format).toBe('bibtex');
    expect(plan.added.map((s) => s.title)).toEqual(['Ouders als partners in de voorschool']);
    expect(plan.duplicates.map((d) => d.existing.id)).toEqual(['s1']);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0].label).toBe('kapot');

    // Applying the plan is one recipe: the library grows by the new source only.
    const next = addImportedSources(p, plan.added);
    expect(next.deskResearch.sources.map((s) => s.title)).toEqual([
      'Over de pedagogische civil society',
      'Ouders als partners in de voorschool',
    ]);
  });

  it('reports an unreadable file as one error and adds nothing', () => {
    const plan = planImport([], 'dit is geen referentiebestand', 'notities.txt');
    expect(plan.added).toEqual([]);
    expect(plan.errors).toHaveLength(1);
  });
});
