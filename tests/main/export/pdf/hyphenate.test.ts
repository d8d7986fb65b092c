// Hyphenation points: Dutch diacritics, English, and the words that must never break.

import { describe, expect, it } from 'vitest';
import { hyphenationPoints, showHyphenation } from '../../../../src/main/export/pdf/layout/hyphenate';

describe('hyphenationPoints', () => {
  it('hyphenates Dutch words with diaeresis correctly', () => {
    expect(showHyphenation('coördinatie', 'nl')).toBe('co-ör-di-na-tie');
    expect(showHyphenation('reïntegratieplan', 'nl')).toBe('re-ïn-te-gra-tie-plan');
    expect(showHyphenation('COÖRDINATIE', 'nl')).toBe('CO-ÖR-DI-NA-TIE');
  });

  it('hyphenates English with English patterns', () => {
    expect(showHyphenation('representative', 'en')).toBe('rep-res-ent-at-ive');
    expect(showHyphenation('representative', 'nl')).not.toBe(showHyphenation('representative', 'en'));
  });

  it('keeps surrounding punctuation whole and gives offsets into the given text', () => {
    expect(showHyphenation('(coördinatie),', 'nl')).toBe('(co-ör-di-na-tie),');
    const points = hyphenationPoints('"gemeentelijke"', 'nl');
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect('"gemeentelijke"'.slice(0, point)).toMatch(/^"ge/);
  });

  it('leaves at least two letters before and three after a break', () => {
    for (const word of ['organisatie', 'beleidsmedewerkers', 'hyphenation', 'avonturen', 'ouderbetrokkenheid']) {
      for (const language of ['nl', 'en'] as const) {
        for (const point of hyphenationPoints(word, language)) {
          expect(point, `${word} ${language}`).toBeGreaterThanOrEqual(2);
          expect(word.length - point, `${word} ${language}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
    expect(hyphenationPoints('hyphenation', 'en').length).toBeGreaterThan(0);
    // The Dutch patterns allow "hy-phe-na-ti-on"; the last break leaves only two letters and is dropped.
    expect(showHyphenation('hyphenation', 'nl')).toBe('hy-phe-na-tion');
  });

  it('never hyphenates short words, numbers, URLs, e-mail addresses or strings longer than any word', () => {
    for (const word of ['a'.repeat(5000), 'ouder', 'Wmo', 'kind', 'https://www.gemeente.nl/beleidsplannen', 'www.voorbeeldgemeente.nl', 'beleidsmedewerker@gemeente.nl', 'COVID19maatregelen', '2024-2025', 'maatregelen2024']) {
      expect(hyphenationPoints(word, 'nl'), word).toEqual([]);
      expect(hyphenationPoints(word, 'en'), word).toEqual([]);
    }
  });

  it('is memoised per language and stable', () => {
    const first = hyphenationPoints('samenwerkingsverband', 'nl');
    expect(hyphenationPoints('samenwerkingsverband', 'nl')).toBe(first);
    expect(first.length).toBeGreaterThan(2);
  });
});
