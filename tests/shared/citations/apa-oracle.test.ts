// Proof by oracle: the fast APA formatter (src/shared/citations/apa) and
// citeproc with the bundled APA 7 style format the same libraries, and every
// reference (text and italic/link runs), the order within each name group and
// every citation must be identical wherever the fast formatter does not
// decline. Failures print the sources involved.
//
// Where citeproc deviates from the APA manual, the fast formatter follows
// citeproc on purpose, so that a report never changes depending on which
// formatter handled a group. Known cases, all left as citeproc has them:
// - APA 9.25: a publisher that is the same as the author is omitted; the CSL
//   style cannot compare variables, so citeproc prints it (and so do we).
// - APA 8.20: initials are only needed to tell first authors apart; citeproc
//   also gives them to people whose initials are the same ("F. Bos" for both
//   Fatima and Fleur Bos when a Karin Bos is in the library).
// Inputs where citeproc's output is plainly broken (a lower-case given name
// "ali" becomes "Öz,  ali" with two spaces) are declined, never imitated.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXlProject } from '../../../scripts/fixture-xl/build-project';
import { prepareCitations } from '../../../src/shared/citations/engine';
import { formatApaGroup } from '../../../src/shared/citations/apa/index';
import { loadProjectText } from '../../../src/shared/project-file/load';
import { type PersonName, type Source, SourceSchema } from '../../../src/shared/model/desk-research';
import type { CitationItem } from '../../../src/shared/model/rich-text';
import { compareWithCiteproc } from './apa-oracle-helpers';

beforeAll(() => {
  prepareCitations('nl');
  prepareCitations('en');
}, 120_000);

const languages = ['nl', 'en'] as const;

describe('the fast formatter against citeproc on the sample projects', () => {
  const dir = path.join(__dirname, '../../../resources/samples');
  const samples = ['ouderbetrokkenheid-voorschool.nl.drijfveer', 'ouderbetrokkenheid-voorschool.en.drijfveer'];
  it.each(samples.flatMap((file) => languages.map((language) => [file, language] as const)))('%s in %s', (file, language) => {
    const project = loadProjectText(readFileSync(path.join(dir, file), 'utf8')).project;
    const clusters: CitationItem[][] = project.deskResearch.findings.map((finding) => finding.citations);
    const report = compareWithCiteproc(project.deskResearch.sources, language, clusters);
    expect(report.failures).toEqual([]);
    // Every group, the encyclopedia chapter with a volume number included, is formatted without citeproc.
    expect(report.declinedGroups).toEqual([]);
    expect(report.citations).toBeGreaterThan(project.deskResearch.sources.length);
  }, 60_000);
});

describe('the fast formatter against citeproc on chapters in a numbered volume', () => {
  // citeproc writes "In K. Jansen & P. Dekker (Red.), Handboek jeugd (2e dr., Vol. 3, pp. 45–67). Boom."
  const editors = [{ family: 'Jansen', given: 'Karin' }, { family: 'Dekker', given: 'Piet' }];
  const variants: Partial<Source>[] = [
    { volume: '3' },
    { volume: '3', pages: '45-67' },
    { volume: '12', pages: '42' },
    { volume: '3', edition: '2' },
    { volume: '3', edition: '11', pages: '123-45' },
    { volume: '3', editors: editors.slice(0, 1) },
    { volume: '3', editors },
    { volume: '3', editors, edition: '2', pages: '1643-1647' },
    { volume: '1200', publisher: '', doi: '10.1000/xyz123' },
    { volume: '3', year: '' },
    { volume: '3', pages: '45-67', url: 'https://www.example.nl/pagina' },
  ];
  const sources = variants.map((fields, i) =>
    SourceSchema.parse({
      id: `vol-${i}`,
      type: 'chapter',
      authors: [{ family: 'Bos', given: 'Anna' }],
      year: '2010',
      title: `Hoofdstuk ${String.fromCharCode(65 + i)}`,
      containerTitle: 'Handboek jeugd',
      publisher: 'Boom',
      ...fields,
    }),
  );
  it.each(languages)('formats every variant exactly like citeproc (%s)', (language) => {
    for (const source of sources) {
      const report = compareWithCiteproc([source], language);
      expect(report.failures).toEqual([]);
      expect(report.declinedGroups).toEqual([]);
    }
    // Together in one name group, so year suffixes and order are compared as well.
    const together = compareWithCiteproc(sources, language);
    expect(together.failures).toEqual([]);
    expect(together.declinedGroups).toEqual([]);
  }, 60_000);
  it('declines a volume that is not a plain number (citeproc appends it to the book title)', () => {
    for (const volume of ['IV', 'Deel 2', '03', '3-4']) {
      const outcome = formatApaGroup([{ ...sources[0], volume }], 'nl');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(/volume/);
    }
  });
});

describe('the fast formatter against citeproc on the XL fixture', () => {
  const project = buildXlProject();
  const clusters: CitationItem[][] = project.deskResearch.findings.map((finding) => finding.citations);
  it.each(languages)('formats all 400 sources and 1,000 citations exactly like citeproc (%s)', (language) => {
    const report = compareWithCiteproc(project.deskResearch.sources, language, clusters);
    expect(report.failures).toEqual([]);
    expect(report.declinedGroups).toEqual([]);
    expect(report.declinedCitations).toBe(0);
    expect(report.citations).toBe(400 + clusters.length);
  }, 180_000);
});

// Small pools so that generated libraries are full of collisions: the same
// family name with other given names or the same initials, the same author
// in the same year, et al. lists that differ only later on.
const families = ['Bos', 'de Vries', 'De Vries', 'van der Berg', 'Jansen-Bakker', 'Özdemir', 'Noë', 'ter Horst', 'Dekker', 'Çelik'];
const givens = ['Anna', 'Anouk', 'Jan-Willem', 'Maartje M.', 'K.', 'Émile', 'Fatima', 'Fleur', 'Zoë', 'A. B.', 'Ijsbrand'];
const oddGivens = ['ali', 'E.J.', 'JW', 'M. de', ''];
const organisations = ['Gemeente Utrecht', 'RIVM', 'Ministerie van Volksgezondheid, Welzijn en Sport', 'GGD Hollands-Midden', 'Gemeente Den Haag'];
const titles = [
  'Wijkgericht werken aan gezond gedrag',
  'Waarom doen ouders mee?',
  'Rapport.',
  'Sociale marketing: een inleiding',
  'Één taal & twee culturen',
  'Kerncijfers 2021',
];
const oddTitles = ['De rol van de “pedagogisch” medewerker', "Auto's in de wijk", 'Een <b>vet</b> idee', ''];
const journals = ['Tijdschrift voor Gezondheidswetenschappen', 'Journal of Public Policy & Marketing', 'health education research', 'The NSMC', 'of the people'];

/** Mostly ordinary values, now and then one the fast formatter must decline. */
const mostly = <T,>(usual: T[], odd: T[]) =>
  odd.length > 0 ? fc.oneof({ weight: 24, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) }) : fc.constantFrom(...usual);

const person: fc.Arbitrary<PersonName> = fc.record({ family: fc.constantFrom(...families), given: mostly(givens, oddGivens) });
const organisation: fc.Arbitrary<PersonName> = fc.constantFrom(...organisations).map((literal) => ({ family: '', given: '', literal }));
const name = fc.oneof({ weight: 30, arbitrary: person }, { weight: 1, arbitrary: organisation });

const common = {
  authors: fc.oneof(
    { weight: 16, arbitrary: fc.array(name, { minLength: 1, maxLength: 4 }) },
    { weight: 4, arbitrary: organisation.map((org) => [org]) },
    { weight: 1, arbitrary: fc.constant([]) },
  ),
  year: mostly(['', '2010', '2010', '2011', '2015', '1999'], ['2015a', 'in druk']),
  title: mostly(titles, oddTitles),
  url: fc.constantFrom('', 'https://www.example.nl/pagina'),
  doi: mostly(['', '', '10.1000/xyz123', 'https://doi.org/10.1186/1748-5908-6-42'], ['10.1000/a b']),
};
const edition = mostly(['', '', '1', '2', '3', '11', '22'], ['herziene']);
const publisher = fc.constantFrom('', 'Boom', 'SWP', 'Gemeente Utrecht');
const pages = mostly(['', '42', '45-67', '123-45'], ['e1001', '67-45']);

// Per type the fields an APA reference of that type uses, as the editor offers them.
const sourceFields = fc.oneof(
  fc.record({ type: fc.constant('article'), ...common, containerTitle: mostly(journals, ['']), volume: fc.constantFrom('', '6', '12', '12'), issue: fc.constantFrom('', '', '1', '4'), pages }),
  fc.record({ type: fc.constant('book'), ...common, edition, publisher, place: fc.constantFrom('', 'Amsterdam') }),
  fc.record({
    type: fc.constant('chapter'),
    ...common,
    containerTitle: mostly(['Handboek jeugd', 'Sociale marketing in de praktijk'], ['']),
    editors: fc.array(name, { maxLength: 3 }),
    edition,
    volume: mostly(['', '', '3', '12'], ['IV']),
    pages,
    publisher,
  }),
  fc.record({ type: fc.constantFrom('report', 'policy', 'other'), ...common, edition, publisher }),
  fc.record({ type: fc.constant('webpage'), ...common, containerTitle: mostly(['Gemeente Utrecht', 'Rijksoverheid'], ['']), accessed: mostly(['', '2024-03-05'], ['2024-03']) }),
);

const library = fc
  .array(sourceFields, { minLength: 2, maxLength: 12 })
  .map((list) => list.map((fields, i) => SourceSchema.parse({ ...fields, id: `gen-${i}` })));

const locators = ['', '', 'p. 12', '12', 'pp. 3-5', '123-45', 'blz. 7', 'par. 4', 'hfdst. 2', 'tabel 2', 'ii'];

const withClusters = library.chain((sources) =>
  fc.tuple(
    fc.constant(sources),
    fc.array(
      fc.uniqueArray(fc.nat(sources.length - 1), { minLength: 1, maxLength: 3 }).chain((indices) =>
        fc.tuple(...indices.map((i) => fc.constantFrom(...locators).map((locator) => ({ sourceId: sources[i].id, locator })))),
      ),
      { maxLength: 6 },
    ),
  ),
);

describe('the fast formatter against citeproc on generated sources', () => {
  it('agrees with citeproc wherever it does not decline', () => {
    let groups = 0;
    let declined = 0;
    fc.assert(
      fc.property(withClusters, ([sources, clusters]: [Source[], CitationItem[][]]) => {
        for (const language of languages) {
          const report = compareWithCiteproc(sources, language, clusters);
          expect(report.failures).toEqual([]);
          groups += report.groups;
          declined += report.declinedGroups.length;
        }
      }),
      { numRuns: 60 },
    );
    // The generator must exercise the fast path, not only its declines.
    expect(declined).toBeLessThan(groups * 0.5);
  }, 300_000);
});

describe('declining', () => {
  it('says why it leaves a group to citeproc', () => {
    const make = (fields: Partial<Source>) => SourceSchema.parse({ id: 'd', type: 'book', title: 'T', year: '2010', ...fields });
    const cases: [Partial<Source>, RegExp][] = [
      [{ authors: [] }, /without authors/],
      [{ authors: [{ family: 'Öz', given: 'ali' }] }, /given name/],
      [{ authors: [{ family: 'Bos', given: 'A' }], year: 'in druk' }, /year/],
      [{ authors: [{ family: 'Bos', given: 'A' }], title: 'Een "test"' }, /markup/],
      [{ authors: [{ family: 'Bos', given: 'A' }], edition: 'herziene' }, /edition/],
    ];
    for (const [fields, reason] of cases) {
      const outcome = formatApaGroup([make(fields)], 'nl');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(reason);
    }
    expect(formatApaGroup([make({ authors: [{ family: 'Bos', given: 'A' }] })], 'nl').ok).toBe(true);
  });
});
