// In-text citation variants: locators, several sources, missing sources,
// APA disambiguation, particles as typed, and that cached output follows edits.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCitationEngine, prepareCitations } from '../../../src/shared/citations/engine';
import { allTypes, article, book, make, webpage } from '../../fixtures/citations/sample-sources';

beforeAll(() => {
  prepareCitations('nl');
  prepareCitations('en');
}, 120_000);

describe('cite', () => {
  const nl = createCitationEngine(allTypes, 'nl');
  const en = createCitationEngine(allTypes, 'en');

  it('adds page locators in APA form', () => {
    expect(nl.cite([{ sourceId: book.id, locator: 'p. 12' }])).toBe('(De Winter, 2008, p. 12)');
    expect(nl.cite([{ sourceId: book.id, locator: '12' }])).toBe('(De Winter, 2008, p. 12)');
    expect(en.cite([{ sourceId: book.id, locator: 'pp. 3-5' }])).toBe('(De Winter, 2008, pp. 3–5)');
    expect(nl.cite([{ sourceId: book.id, locator: 'blz. 7' }])).toBe('(De Winter, 2008, p. 7)');
  });

  it('keeps a locator it does not recognise verbatim', () => {
    expect(nl.cite([{ sourceId: book.id, locator: 'tabel 2' }])).toBe('(De Winter, 2008, tabel 2)');
  });

  it('joins several sources with semicolons in alphabetical order', () => {
    expect(en.cite([{ sourceId: article.id }, { sourceId: book.id }])).toBe('(De Winter, 2008; Michie et al., 2011)');
  });

  it('writes z.d. / n.d. for a source without a year', () => {
    expect(nl.cite([{ sourceId: webpage.id }])).toBe('(Gemeente Utrecht, z.d.)');
    expect(en.cite([{ sourceId: webpage.id }])).toBe('(Gemeente Utrecht, n.d.)');
  });

  it('reports a missing source instead of throwing', () => {
    expect(nl.cite([{ sourceId: 'gone' }])).toBe('(bron ontbreekt)');
    expect(en.cite([{ sourceId: 'gone' }])).toBe('(missing source)');
    expect(nl.cite([{ sourceId: book.id }, { sourceId: 'gone' }])).toBe('(De Winter, 2008; bron ontbreekt)');
    expect(nl.cite([])).toBe('');
  });

  it('adds a/b to the year for two works by the same author in the same year', () => {
    const a = make({ id: 'y-a', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], year: '2015', title: 'Alpha' });
    const b = make({ id: 'y-b', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], year: '2015', title: 'Beta' });
    const engine = createCitationEngine([a, b, book], 'nl');
    expect(engine.cite([{ sourceId: 'y-a' }])).toBe('(Visser, 2015a)');
    expect(engine.cite([{ sourceId: 'y-b' }])).toBe('(Visser, 2015b)');
    expect(engine.bibliography().map((e) => e.text)).toEqual([
      'De Winter, M. (2008). Verbinden, verheffen, vertrouwen (2e dr.). SWP.',
      'Visser, J. (2015a). Alpha.',
      'Visser, J. (2015b). Beta.',
    ]);
    // A selection keeps the letters its in-text citations show.
    expect(engine.bibliography(['y-b']).map((e) => e.text)).toEqual(['Visser, J. (2015b). Beta.']);
  });

  it('adds initials when two first authors share a family name', () => {
    const a = make({ id: 'i-a', type: 'book', authors: [{ family: 'Bos', given: 'Karin' }], year: '2010', title: 'Een' });
    const b = make({ id: 'i-b', type: 'book', authors: [{ family: 'Bos', given: 'Willem' }], year: '2012', title: 'Twee' });
    const engine = createCitationEngine([a, b], 'en');
    expect(engine.cite([{ sourceId: 'i-a' }])).toBe('(K. Bos, 2010)');
    expect(engine.cite([{ sourceId: 'i-b' }])).toBe('(W. Bos, 2012)');
  });

  it('keeps a Dutch particle as typed and files it under the particle', () => {
    const lower = make({ id: 'p-lower', type: 'book', authors: [{ family: 'de Winter', given: 'Micha' }], year: '2011', title: 'Later' });
    const upper = make({ id: 'p-upper', type: 'book', authors: [{ family: 'De Winter', given: 'Micha' }], year: '2008', title: 'Eerder' });
    const wouters = make({ id: 'p-w', type: 'book', authors: [{ family: 'Wouters', given: 'Eva' }], year: '2001', title: 'W' });
    const dam = make({ id: 'p-dam', type: 'book', authors: [{ family: 'Dam', given: 'Ruud' }], year: '2001', title: 'D' });
    const engine = createCitationEngine([wouters, lower, dam, upper], 'nl');
    expect(engine.cite([{ sourceId: 'p-lower' }])).toBe('(de Winter, 2011)');
    expect(engine.cite([{ sourceId: 'p-upper' }])).toBe('(De Winter, 2008)');
    // Both sort under D (after Dam, before Wouters); same author, so the older work comes first.
    expect(engine.bibliography().map((e) => e.sourceId)).toEqual(['p-dam', 'p-upper', 'p-lower', 'p-w']);
    expect(engine.bibliography(['p-lower'])[0].text).toBe('de Winter, M. (2011). Later.');
  });

  it('shows an edited source with its new content although the old one was cached', () => {
    const before = createCitationEngine([book], 'nl');
    expect(before.cite([{ sourceId: book.id }])).toBe('(De Winter, 2008)');
    expect(before.bibliography()[0].text).toContain('(2008)');
    const edited = { ...book, year: '2009', title: 'Verbinden opnieuw' };
    const after = createCitationEngine([edited], 'nl');
    expect(after.cite([{ sourceId: book.id }])).toBe('(De Winter, 2009)');
    expect(after.bibliography()[0].text).toBe('De Winter, M. (2009). Verbinden opnieuw (2e dr.). SWP.');
  });

  it('files a source without authors under its title, and n.d. before dated works', () => {
    const report = make({ id: 't-r', type: 'report', title: 'Kerncijfers jeugd', year: '2021', publisher: 'CBS' });
    const piece = make({ id: 't-a', type: 'article', title: 'Anders fietsen', containerTitle: 'Verkeerskunde', year: '2019' });
    const undated = make({ id: 't-u', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], title: 'Zonder jaar' });
    const dated = make({ id: 't-d', type: 'book', authors: [{ family: 'Visser', given: 'Jan' }], title: 'Met jaar', year: '2001' });
    const engine = createCitationEngine([dated, report, undated, piece, book], 'nl');
    expect(engine.bibliography().map((e) => e.sourceId)).toEqual(['t-a', book.id, 't-r', 't-u', 't-d']);
    expect(engine.cite([{ sourceId: 't-r' }])).toBe('(Kerncijfers jeugd, 2021)');
    expect(engine.cite([{ sourceId: 't-d' }, { sourceId: 't-u' }])).toBe('(Visser, z.d., 2001)');
  });

  it('limits the bibliography to the given ids and ignores unknown ones', () => {
    const entries = nl.bibliography([article.id, 'gone', article.id]);
    expect(entries.map((e) => e.sourceId)).toEqual([article.id]);
  });

  it('keeps user text that looks like HTML as plain text', () => {
    const hostile = make({ id: 'h', type: 'book', authors: [{ family: 'Kok', given: 'Ans' }], year: '2020', title: '<script>alert(1)</script> & zo' });
    const [entry] = createCitationEngine([hostile], 'nl').bibliography();
    expect(entry.text).toBe('Kok, A. (2020). <script>alert(1)</script> & zo.');
  });
});
