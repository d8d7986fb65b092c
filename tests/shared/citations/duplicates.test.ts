// Recognising sources that are already in the library.
import { describe, expect, it } from 'vitest';
import { findDuplicate, mergeImport } from '../../../src/shared/citations/duplicates';
import { article, book, chapter, make } from '../../fixtures/citations/sample-sources';

describe('findDuplicate', () => {
  const library = [article, book, chapter];

  it('matches the same DOI regardless of case and link prefix', () => {
    const candidate = make({ id: 'n1', title: 'Totally different title', doi: 'https://doi.org/10.1186/1748-5908-6-42'.toUpperCase() });
    expect(findDuplicate(candidate, library)).toBe(article);
  });

  it('matches title, year and first author ignoring case, accents and punctuation', () => {
    const candidate = make({
      id: 'n2',
      title: 'Verbinden; verheffen — vertrouwén',
      year: '2008',
      authors: [{ family: 'de winter', given: 'M.' }],
    });
    expect(findDuplicate(candidate, library)).toBe(book);
  });

  it('does not match when the year or the first author differs', () => {
    expect(findDuplicate({ ...book, id: 'n3', year: '2009' }, library)).toBeNull();
    expect(findDuplicate({ ...book, id: 'n4', authors: [{ family: 'Visser', given: 'J.' }] }, library)).toBeNull();
    expect(findDuplicate(make({ id: 'n5' }), [make({ id: 'n6' })])).toBeNull();
  });
});

describe('mergeImport', () => {
  it('separates new sources from duplicates, also within the import itself', () => {
    const fresh = make({ id: 'f1', title: 'Nieuw', year: '2020', authors: [{ family: 'Kok', given: 'A.' }] });
    const again = { ...fresh, id: 'f2' };
    const known = { ...chapter, id: 'f3' };
    const result = mergeImport([article, chapter], [fresh, known, again]);
    expect(result.added).toEqual([fresh]);
    expect(result.duplicates).toEqual([
      { imported: known, existing: chapter },
      { imported: again, existing: fresh },
    ]);
  });
});
