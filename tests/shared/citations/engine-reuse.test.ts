// citeproc's engine is kept per language and its registry grows across calls
// (citeproc.ts). These tests prove that reuse changes no output: one engine
// answering many calls gives exactly what a fresh engine gives per call, and
// engines of different libraries that take turns do not see each other's
// sources (no "2015a" leaking from another library).
import { beforeAll, describe, expect, it } from 'vitest';
import { clearCitationCache, createCitationEngine, prepareCitations } from '../../../src/shared/citations/engine';
import type { Source } from '../../../src/shared/model/desk-research';
import { allTypes, make } from '../../fixtures/citations/sample-sources';

beforeAll(() => {
  prepareCitations('nl');
  prepareCitations('en');
}, 120_000);

const visserA = make({ id: 'r-va', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], year: '2015', title: 'Alpha' });
const visserB = make({ id: 'r-vb', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], year: '2015', title: 'Beta' });
const bosK = make({ id: 'r-bk', type: 'book', authors: [{ family: 'Bos', given: 'Karin' }], year: '2010', title: 'Een' });
const bosW = make({ id: 'r-bw', type: 'book', authors: [{ family: 'Bos', given: 'Willem' }], year: '2012', title: 'Twee' });
const library: Source[] = [...allTypes, visserA, visserB, bosK, bosW];

describe('one engine for many calls', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`gives exactly what a fresh engine gives per call (${language})`, () => {
      const calls = [
        ...library.map((source) => [{ sourceId: source.id }]),
        [{ sourceId: visserB.id, locator: 'p. 4' }, { sourceId: bosW.id }],
        [{ sourceId: allTypes[0].id }, { sourceId: visserA.id }],
      ];
      clearCitationCache();
      const shared = createCitationEngine(library, language);
      const reused = calls.map((items) => shared.cite(items));
      const reusedBibliography = shared.bibliography().map((entry) => entry.text);

      const fresh = calls.map((items) => {
        clearCitationCache();
        return createCitationEngine(library, language).cite(items);
      });
      clearCitationCache();
      const freshBibliography = createCitationEngine(library, language).bibliography().map((entry) => entry.text);

      expect(reused).toEqual(fresh);
      expect(reusedBibliography).toEqual(freshBibliography);
      expect(reused).toContain('(Visser, 2015a)');
      expect(reused).toContain('(K. Bos, 2010)');
    });
  }
});

describe('engines of different libraries taking turns', () => {
  it('keeps each library to its own sources', () => {
    clearCitationCache();
    const both = createCitationEngine([visserA, visserB], 'nl');
    const one = createCitationEngine([visserA], 'nl');
    expect(both.cite([{ sourceId: visserA.id }])).toBe('(Visser, 2015a)');
    expect(one.cite([{ sourceId: visserA.id }])).toBe('(Visser, 2015)');
    expect(both.cite([{ sourceId: visserB.id }])).toBe('(Visser, 2015b)');
    expect(one.bibliography().map((entry) => entry.text)).toEqual(['Visser, J. (2015). Alpha.']);
    expect(both.bibliography([visserA.id]).map((entry) => entry.text)).toEqual(['Visser, J. (2015a). Alpha.']);
  });
});

describe('when citation-js is asked for the same engine elsewhere', () => {
  it('takes the engine back with its own items', async () => {
    const { plugins } = await import('@citation-js/core');
    clearCitationCache();
    const engine = createCitationEngine([visserA, visserB], 'nl');
    expect(engine.cite([{ sourceId: visserA.id }])).toBe('(Visser, 2015a)');
    // citation-js hands out its one cached engine per style and locale, resetting it.
    plugins.config.get('@csl').engine([], 'apa', 'nl-NL', 'text');
    clearCitationCache();
    expect(engine.cite([{ sourceId: visserB.id }])).toBe('(Visser, 2015b)');
    expect(engine.bibliography().map((entry) => entry.text)).toEqual(['Visser, J. (2015a). Alpha.', 'Visser, J. (2015b). Beta.']);
  });
});
