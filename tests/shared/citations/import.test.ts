// Reference import: format detection, Zotero-like exports in the three formats,
// malformed entries among good ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReferences } from '../../../src/shared/citations/import';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/citations', name), 'utf8');
const withoutIds = <T extends { id: string }>(items: T[]) => items.map(({ id: _id, ...rest }) => rest);

describe('importReferences', () => {
  it('reads a Zotero BibTeX export', () => {
    const result = importReferences(fixture('zotero-export.bib'), 'library.bib');
    expect(result.format).toBe('bibtex');
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.type)).toEqual(['article', 'book', 'chapter', 'report', 'webpage']);
    const [article, book, chapter, report, webpage] = result.sources;
    expect(article.authors).toEqual([
      { family: 'Michie', given: 'Susan' },
      { family: 'van Stralen', given: 'Maartje M.' },
      { family: 'West', given: 'Robert' },
    ]);
    expect(article).toMatchObject({ year: '2011', containerTitle: 'Implementation Science', volume: '6', issue: '1', pages: '42', doi: '10.1186/1748-5908-6-42', citationKey: 'michie_behaviour_2011' });
    expect(book).toMatchObject({ authors: [{ family: 'De Winter', given: 'Micha' }], edition: '2', publisher: 'SWP', place: 'Amsterdam' });
    expect(chapter).toMatchObject({ containerTitle: 'Sociale marketing in de praktijk', pages: '45-67', editors: [{ family: 'de Vries', given: 'Anna' }] });
    expect(report.authors).toEqual([{ family: '', given: '', literal: 'Rijksinstituut voor Volksgezondheid en Milieu' }]);
    expect(webpage).toMatchObject({ year: '', url: 'https://www.utrecht.nl/rookvrij', accessed: '2024-03-05' });
    expect(new Set(result.sources.map((s) => s.id)).size).toBe(5);
  });

  it('reads a Zotero RIS export', () => {
    const result = importReferences(fixture('zotero-export.ris'));
    expect(result.format).toBe('ris');
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.type)).toEqual(['article', 'book', 'chapter', 'webpage']);
    expect(result.sources[0]).toMatchObject({ year: '2011', doi: '10.1186/1748-5908-6-42', pages: '42', accessed: '2024-02-11' });
    expect(result.sources[1].authors).toEqual([{ family: 'De Winter', given: 'Micha' }]);
    expect(result.sources[2]).toMatchObject({ pages: '45-67', editors: [{ family: 'de Vries', given: 'Anna' }] });
  });

  it('reads a Zotero CSL-JSON export and maps types back', () => {
    const result = importReferences(fixture('zotero-export.json'));
    expect(result.format).toBe('csl-json');
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.type)).toEqual(['article', 'policy', 'webpage']);
    expect(result.sources[0].authors[1]).toEqual({ family: 'van Stralen', given: 'Maartje M.' });
    expect(result.sources[0].accessed).toBe('2024-02-11');
    expect(result.sources[1]).toMatchObject({ year: '2018', authors: [{ literal: 'Ministerie van Volksgezondheid, Welzijn en Sport' }] });
  });

  it('gives the same sources from the three formats for the same article', () => {
    const fromBib = importReferences(fixture('zotero-export.bib')).sources[0];
    const fromRis = importReferences(fixture('zotero-export.ris')).sources[0];
    const fromJson = importReferences(fixture('zotero-export.json')).sources[0];
    const comparable = (s: typeof fromBib) => ({ ...withoutIds([s])[0], citationKey: '' });
    expect(comparable(fromRis)).toEqual(comparable(fromBib));
    expect(comparable(fromJson)).toEqual(comparable(fromBib));
  });

  it('reports one error for a malformed BibTeX entry and imports the others', () => {
    const text = [
      '@book{goed1, title = {Eerste}, author = {Smit, Eva}, year = 2001}',
      '@article{kapot, title = {Niet gesloten, author = {Visser, Jan}, year = 2002',
      '@book{goed2, title = {Tweede}, author = {Bos, Karin}, year = 2003}',
    ].join('\n\n');
    const result = importReferences(text);
    expect(result.sources.map((s) => s.title)).toEqual(['Eerste', 'Tweede']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ entry: 2, label: 'kapot' });
    expect(result.errors[0].message.length).toBeGreaterThan(0);
  });

  it('uses @string macros in every entry', () => {
    const text = '@string{vwz = {Ministerie van VWS}}\n@report{r1, title = {Nota}, author = {{Gemeente Delft}}, institution = vwz, year = 2020}';
    const result = importReferences(text);
    expect(result.errors).toEqual([]);
    expect(result.sources[0].publisher).toBe('Ministerie van VWS');
  });

  it('reports an empty RIS record and keeps the good one', () => {
    const text = 'TY  - BOOK\nTI  - Goed boek\nAU  - Smit, Eva\nPY  - 2001\nER  - \n\nTY  - GEN\nN1  - alleen een notitie\nER  - \n';
    const result = importReferences(text);
    expect(result.sources.map((s) => s.title)).toEqual(['Goed boek']);
    expect(result.errors).toMatchObject([{ entry: 2 }]);
  });

  it('reports CSL-JSON entries that are not references', () => {
    const result = importReferences('[{"type":"book","title":"Goed"}, 42, null, {"type":"book"}]');
    expect(result.sources.map((s) => s.title)).toEqual(['Goed']);
    expect(result.errors.map((e) => e.entry)).toEqual([2, 3, 4]);
  });

  it('detects the format by content, falling back on the file name', () => {
    expect(importReferences('  [ ]').format).toBe('csl-json');
    expect(importReferences('\ufeffTY  - BOOK\nTI  - X\nER  - \n').format).toBe('ris');
    expect(importReferences('% export\n@book{a, title={X}}').format).toBe('bibtex');
    const unknown = importReferences('just some words');
    expect(unknown.sources).toEqual([]);
    expect(unknown.errors).toHaveLength(1);
  });
});
