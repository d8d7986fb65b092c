// APA 7 reference-list entries and in-text citations for every source type, in
// Dutch and English. The expected strings were checked by hand against the APA 7
// rules: italics for the book/report/web title and for journal + volume, DOI as
// https://doi.org/…, "(Red.)"/"(Ed.)", "z.d."/"n.d.", "Geraadpleegd op … van".
import { beforeAll, describe, expect, it } from 'vitest';
import { createCitationEngine, prepareCitations } from '../../../src/shared/citations/engine';
import { allTypes, article, book, chapter, other, policy, report, webpage } from '../../fixtures/citations/sample-sources';

const expected = {
  nl: {
    [article.id]: 'Michie, S., van Stralen, M. M., & West, R. (2011). The behaviour change wheel: A new method for characterising and designing behaviour change interventions. Implementation Science, 6(1), 42. https://doi.org/10.1186/1748-5908-6-42',
    [book.id]: 'De Winter, M. (2008). Verbinden, verheffen, vertrouwen (2e dr.). SWP.',
    [chapter.id]: 'Jansen, P., & Bakker, S. (2019). Wijkgericht werken aan gezond gedrag. In A. de Vries (Red.), Sociale marketing in de praktijk (pp. 45–67). Boom.',
    [report.id]: 'Rijksinstituut voor Volksgezondheid en Milieu. (2022). Leefstijlmonitor 2022. RIVM. https://www.rivm.nl/leefstijlmonitor',
    [webpage.id]: 'Gemeente Utrecht. (z.d.). Rookvrije speeltuinen. Gemeente Utrecht. Geraadpleegd op 5 maart 2024, van https://www.utrecht.nl/rookvrij',
    [policy.id]: 'Ministerie van Volksgezondheid, Welzijn en Sport. (2018). Nationaal Preventieakkoord [Beleidsdocument]. Ministerie van VWS.',
    [other.id]: 'Smit, E. (2020). Gedragsanalyse fietsgebruik.',
  },
  en: {
    [article.id]: 'Michie, S., van Stralen, M. M., & West, R. (2011). The behaviour change wheel: A new method for characterising and designing behaviour change interventions. Implementation Science, 6(1), 42. https://doi.org/10.1186/1748-5908-6-42',
    [book.id]: 'De Winter, M. (2008). Verbinden, verheffen, vertrouwen (2nd ed.). SWP.',
    [chapter.id]: 'Jansen, P., & Bakker, S. (2019). Wijkgericht werken aan gezond gedrag. In A. de Vries (Ed.), Sociale marketing in de praktijk (pp. 45–67). Boom.',
    [report.id]: 'Rijksinstituut voor Volksgezondheid en Milieu. (2022). Leefstijlmonitor 2022. RIVM. https://www.rivm.nl/leefstijlmonitor',
    [webpage.id]: 'Gemeente Utrecht. (n.d.). Rookvrije speeltuinen. Gemeente Utrecht. Retrieved March 5, 2024, from https://www.utrecht.nl/rookvrij',
    [policy.id]: 'Ministerie van Volksgezondheid, Welzijn en Sport. (2018). Nationaal Preventieakkoord [Policy document]. Ministerie van VWS.',
    [other.id]: 'Smit, E. (2020). Gedragsanalyse fietsgebruik.',
  },
} as const;

const inText = {
  nl: {
    [article.id]: '(Michie et al., 2011)',
    [book.id]: '(De Winter, 2008)',
    [chapter.id]: '(Jansen & Bakker, 2019)',
    [report.id]: '(Rijksinstituut voor Volksgezondheid en Milieu, 2022)',
    [webpage.id]: '(Gemeente Utrecht, z.d.)',
    [policy.id]: '(Ministerie van Volksgezondheid, Welzijn en Sport, 2018)',
    [other.id]: '(Smit, 2020)',
  },
  en: {
    [article.id]: '(Michie et al., 2011)',
    [book.id]: '(De Winter, 2008)',
    [chapter.id]: '(Jansen & Bakker, 2019)',
    [report.id]: '(Rijksinstituut voor Volksgezondheid en Milieu, 2022)',
    [webpage.id]: '(Gemeente Utrecht, n.d.)',
    [policy.id]: '(Ministerie van Volksgezondheid, Welzijn en Sport, 2018)',
    [other.id]: '(Smit, 2020)',
  },
} as const;

// Building citeproc's APA engine takes seconds the first time per language.
beforeAll(() => {
  prepareCitations('nl');
  prepareCitations('en');
}, 120_000);

describe.each(['nl', 'en'] as const)('APA 7 output in %s', (language) => {
  const engine = createCitationEngine(allTypes, language);

  it.each(allTypes.map((s) => [s.type, s] as const))('formats a %s reference', (_type, source) => {
    const [entry] = engine.bibliography([source.id]);
    expect(entry.sourceId).toBe(source.id);
    expect(entry.text).toBe(expected[language][source.id]);
    expect(entry.runs.map((r) => r.text).join('')).toBe(entry.text);
  });

  it.each(allTypes.map((s) => [s.type, s] as const))('cites a %s in the text', (_type, source) => {
    expect(engine.cite([{ sourceId: source.id }])).toBe(inText[language][source.id]);
  });

  it('orders the reference list alphabetically by first author', () => {
    expect(engine.bibliography().map((e) => e.sourceId)).toEqual([
      book.id, webpage.id, chapter.id, article.id, policy.id, report.id, other.id,
    ]);
  });
});

describe('bibliography runs', () => {
  const engine = createCitationEngine(allTypes, 'nl');

  it('marks the journal and volume of an article in italics and links the DOI', () => {
    const [entry] = engine.bibliography([article.id]);
    expect(entry.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Implementation Science', '6']);
    expect(entry.runs.filter((r) => r.href)).toEqual([
      { text: 'https://doi.org/10.1186/1748-5908-6-42', href: 'https://doi.org/10.1186/1748-5908-6-42' },
    ]);
  });

  it('italicises the book title in a chapter reference, not the chapter title', () => {
    const [entry] = engine.bibliography([chapter.id]);
    expect(entry.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Sociale marketing in de praktijk']);
  });

  it('leaves no markup or entities in the text', () => {
    for (const entry of engine.bibliography()) {
      expect(entry.text).not.toMatch(/<|>|&#|&amp;/);
    }
    const chapterEntry = engine.bibliography([chapter.id])[0];
    expect(chapterEntry.text).toContain('Jansen, P., & Bakker, S.');
  });
});
