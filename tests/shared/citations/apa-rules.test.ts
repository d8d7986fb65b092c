// The APA rules the fast formatter implements, each with citeproc's own output
// for the case (checked against citeproc with the bundled APA style), and proof
// that the fast formatter, not citeproc, produced it.
import { describe, expect, it } from 'vitest';
import { createCitationEngine } from '../../../src/shared/citations/engine';
import { firstEditorsOf, formatApaGroup } from '../../../src/shared/citations/apa/index';
import type { Source } from '../../../src/shared/model/desk-research';
import { make } from '../../fixtures/citations/sample-sources';

const book = (id: string, authors: [string, string][], year: string, extra: Partial<Source> = {}) =>
  make({ id, type: 'book', authors: authors.map(([family, given]) => ({ family, given })), year, title: id.toUpperCase(), ...extra });

/** Every source is formatted by the fast formatter (no group declined). */
function expectFast(sources: Source[], language: 'nl' | 'en' = 'nl'): void {
  const groups = new Map<string, Source[]>();
  for (const s of sources) groups.set(s.authors[0]?.family ?? s.id, [...(groups.get(s.authors[0]?.family ?? s.id) ?? []), s]);
  for (const group of groups.values()) {
    const outcome = formatApaGroup(group, language, firstEditorsOf(sources));
    expect(outcome.ok ? 'fast' : outcome.reason).toBe('fast');
  }
}

describe('initials for first authors who share a family name', () => {
  it('gives initials to all when some initials differ, and letters where they do not help', () => {
    const sources = [
      book('a', [['Bos', 'Fatima']], '2010'),
      book('b', [['Bos', 'Fleur']], '2010'),
      book('c', [['Bos', 'Karin']], '2012'),
    ];
    expectFast(sources);
    const engine = createCitationEngine(sources, 'nl');
    expect(['a', 'b', 'c'].map((id) => engine.cite([{ sourceId: id }]))).toEqual(['(F. Bos, 2010a)', '(F. Bos, 2010b)', '(K. Bos, 2012)']);
    expect(engine.bibliography().map((e) => e.text)).toEqual(['Bos, F. (2010a). A.', 'Bos, F. (2010b). B.', 'Bos, K. (2012). C.']);
  });

  it('gives no initials when all share them', () => {
    const sources = [book('a', [['Bos', 'Fatima']], '2010'), book('b', [['Bos', 'Fleur']], '2011')];
    expectFast(sources);
    const engine = createCitationEngine(sources, 'nl');
    expect(engine.cite([{ sourceId: 'a' }, { sourceId: 'b' }])).toBe('(Bos, 2010, 2011)');
  });

  it('counts the first editor of any source in the library', () => {
    const chapter = make({
      id: 'ch', type: 'chapter', authors: [{ family: 'Smit', given: 'Jan' }], editors: [{ family: 'Bos', given: 'Karel' }],
      containerTitle: 'Boek', title: 'Hoofdstuk', year: '2011',
    });
    const sources = [book('a', [['Bos', 'Anna']], '2010'), chapter];
    expectFast(sources);
    expect(createCitationEngine(sources, 'nl').cite([{ sourceId: 'a' }])).toBe('(A. Bos, 2010)');
    expect(createCitationEngine([sources[0]], 'nl').cite([{ sourceId: 'a' }])).toBe('(Bos, 2010)');
  });
});

describe('works that would cite the same', () => {
  it('names more authors when that tells them apart', () => {
    const sources = [
      book('x', [['Dam', 'Jan'], ['Aa', 'Piet'], ['Kok', 'Jan']], '2010'),
      book('y', [['Dam', 'Jan'], ['Bos', 'Piet'], ['Kok', 'Jan']], '2010'),
      book('z', [['Dam', 'Jan'], ['Bos', 'Piet'], ['Smit', 'Jan']], '2010'),
      book('w', [['Dam', 'Jan'], ['Bos', 'Piet'], ['Smit', 'Jan'], ['Vos', 'Anna']], '2010'),
      book('v', [['Dam', 'Karel'], ['Bos', 'Piet'], ['Smit', 'Jan']], '2010'),
    ];
    expectFast(sources);
    const engine = createCitationEngine(sources, 'nl');
    expect(['x', 'y', 'z', 'w', 'v'].map((id) => engine.cite([{ sourceId: id }]))).toEqual([
      '(J. Dam, Aa, et al., 2010)',
      '(J. Dam, Bos, & Kok, 2010)',
      '(J. Dam, Bos, & Smit, 2010)',
      '(J. Dam, Bos, Smit, et al., 2010)',
      '(K. Dam et al., 2010)',
    ]);
  });

  it('adds letters after "z.d." / "n.d." with a hyphen', () => {
    const sources = [book('c', [['Kok', 'Fatima']], ''), book('d', [['Kok', 'Fatima']], '')];
    expectFast(sources, 'en');
    const engine = createCitationEngine(sources, 'en');
    expect(engine.cite([{ sourceId: 'd' }])).toBe('(Kok, n.d.-b)');
    expect(engine.bibliography().map((e) => e.text)).toEqual(['Kok, F. (n.d.-a). C.', 'Kok, F. (n.d.-b). D.']);
  });
});

describe('details of the reference list', () => {
  it('title-cases a journal name in English only, and expands page ranges', () => {
    const article = make({
      id: 'art', type: 'article', authors: [{ family: 'de Vries', given: 'Jan-Willem' }], year: '2010', title: 'Wat werkt?',
      containerTitle: 'Tijdschrift voor de gezondheid & zorg', volume: '3', pages: '123-45',
    });
    expectFast([article], 'en');
    expect(createCitationEngine([article], 'en').bibliography()[0].text).toBe(
      'de Vries, J.-W. (2010). Wat werkt? Tijdschrift Voor de Gezondheid & Zorg, 3, 123–145.',
    );
    const [nl] = createCitationEngine([article], 'nl').bibliography();
    expect(nl.text).toBe('de Vries, J.-W. (2010). Wat werkt? Tijdschrift voor de gezondheid & zorg, 3, 123–145.');
    expect(nl.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Tijdschrift voor de gezondheid & zorg', '3']);
  });

  it('does not double the full stop after a title that ends in one', () => {
    const report = make({
      id: 'r', type: 'report', authors: [{ family: 'Smit', given: 'Eva' }], year: '2020', title: 'Rapport.', edition: '3', publisher: 'Org',
      url: 'https://example.nl/r',
    });
    expectFast([report], 'en');
    const [entry] = createCitationEngine([report], 'en').bibliography();
    expect(entry.text).toBe('Smit, E. (2020). Rapport. (3rd ed.). Org. https://example.nl/r');
    expect(entry.runs.filter((r) => r.href).map((r) => r.href)).toEqual(['https://example.nl/r']);
  });
});
