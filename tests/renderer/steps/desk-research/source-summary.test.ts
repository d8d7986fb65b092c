import { describe, expect, it } from 'vitest';
import { filterLibrary, indexSources, shortReference } from '../../../../src/renderer/steps/desk-research/source-summary';
import { newSource } from '../../../../src/renderer/steps/desk-research/recipes';
import { movePerson, patchPerson } from '../../../../src/renderer/steps/desk-research/people';
import { visibleFields } from '../../../../src/renderer/steps/desk-research/source-fields';
import type { Source } from '../../../../src/shared/model/desk-research';

const source = (id: string, patch: Partial<Source>): Source => ({ ...newSource(id), ...patch });

describe('short reference for the library list', () => {
  it('writes authors with initials, year and title', () => {
    const s = source('a', { authors: [{ family: 'Bakker', given: 'Jan Pieter' }, { family: 'Sanders', given: 'Eva' }], year: '2019', title: 'Ouders' });
    expect(shortReference(s, 'nl')).toBe('Bakker, J. P., & Sanders, E. (2019). Ouders.');
  });

  it('writes an organisation as is and an unknown year as z.d. / n.d.', () => {
    const s = source('a', { authors: [{ family: '', given: '', literal: 'Gemeente Rotterdam' }], title: 'Beleidsnota' });
    expect(shortReference(s, 'nl')).toBe('Gemeente Rotterdam. (z.d.). Beleidsnota.');
    expect(shortReference(s, 'en')).toBe('Gemeente Rotterdam. (n.d.). Beleidsnota.');
  });

  it('puts the title first without authors', () => {
    expect(shortReference(source('a', { title: 'Anoniem rapport', year: '2020' }), 'nl')).toBe('Anoniem rapport. (2020).');
  });
});

describe('library search', () => {
  const library = [
    source('a', { authors: [{ family: 'Bakker', given: 'J.' }], year: '2019', title: 'Ouders en school' }),
    source('b', { authors: [{ family: 'Çelik', given: 'A.' }], year: '2021', title: 'Taal thuis', containerTitle: 'Pedagogiek' }),
  ];
  const index = indexSources(library, 'nl');

  it('matches every word, ignoring case and accents', () => {
    expect(filterLibrary(library, index, 'celik pedagogiek').map((s) => s.id)).toEqual(['b']);
    expect(filterLibrary(library, index, '2019 OUDERS').map((s) => s.id)).toEqual(['a']);
    expect(filterLibrary(library, index, 'bakker taal')).toEqual([]);
  });

  it('returns the library itself for an empty query', () => {
    expect(filterLibrary(library, index, '  ')).toBe(library);
  });
});

describe('names and fields of a source', () => {
  it('edits and moves names; an emptied organisation makes it a person again', () => {
    const people = [{ family: 'A', given: '' }, { family: '', given: '', literal: 'GGD' }];
    expect(patchPerson(people, 1, { literal: '' })[1]).toEqual({ family: '', given: '' });
    expect(movePerson(people, 1, 'up').map((p) => p.family)).toEqual(['', 'A']);
    expect(movePerson(people, 1, 'down')).toEqual(people);
  });

  it('shows the fields of the type, plus any field that holds a value', () => {
    const web = visibleFields(source('w', { type: 'webpage', volume: '3' }));
    expect(web.has('url') && web.has('accessed') && web.has('volume')).toBe(true);
    expect(web.has('issue')).toBe(false);
    expect(visibleFields(source('c', { type: 'chapter' })).has('editors')).toBe(true);
  });
});
