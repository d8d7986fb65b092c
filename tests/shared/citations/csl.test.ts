// Source → CSL-JSON mapping.
import { describe, expect, it } from 'vitest';
import { sourceToCsl } from '../../../src/shared/citations/csl';
import { book, chapter, make, policy, webpage } from '../../fixtures/citations/sample-sources';

describe('sourceToCsl', () => {
  it('maps each source type to its CSL type', () => {
    const types = ['article', 'book', 'chapter', 'report', 'webpage', 'policy', 'other'] as const;
    const mapped = types.map((type) => sourceToCsl(make({ id: type, type, title: 't' })).type);
    expect(mapped).toEqual(['article-journal', 'book', 'chapter', 'report', 'webpage', 'report', 'document']);
  });

  it('keeps particles in the family name exactly as typed', () => {
    expect(sourceToCsl(book).author).toEqual([{ family: 'De Winter', given: 'Micha' }]);
    expect(sourceToCsl(chapter).editor).toEqual([{ family: 'de Vries', given: 'Anna' }]);
  });

  it('writes organisations as literal names and drops empty names', () => {
    const source = make({
      id: 'o',
      authors: [{ family: '', given: '', literal: 'GGD Amsterdam' }, { family: ' ', given: '' }],
    });
    expect(sourceToCsl(source).author).toEqual([{ literal: 'GGD Amsterdam' }]);
  });

  it('gives web pages their retrieval date and policy documents a genre per language', () => {
    expect(sourceToCsl(webpage).accessed).toEqual({ 'date-parts': [[2024, 3, 5]] });
    expect(sourceToCsl(policy, 'nl').genre).toBe('Beleidsdocument');
    expect(sourceToCsl(policy, 'en').genre).toBe('Policy document');
    expect(sourceToCsl({ ...book, accessed: '2024-03-05' }).accessed).toBeUndefined();
  });

  it('turns years into dates and leaves no date when the year is empty', () => {
    expect(sourceToCsl(book).issued).toEqual({ 'date-parts': [[2008]] });
    expect(sourceToCsl(webpage).issued).toBeUndefined();
    expect(sourceToCsl({ ...book, year: 'in druk' }).issued).toEqual({ literal: 'in druk' });
  });

  it('unwraps a DOI pasted as a link', () => {
    expect(sourceToCsl({ ...book, doi: 'https://doi.org/10.1000/ABC' }).DOI).toBe('10.1000/ABC');
    expect(sourceToCsl({ ...book, doi: 'doi:10.1000/abc' }).DOI).toBe('10.1000/abc');
  });
});
