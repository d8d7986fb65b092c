// Step 4 of the XL fixture: 400 sources of every type with every field an APA
// reference of that type uses, findings that cite one to three of them with
// page locators, and theories.

import type { DeskResearch, PersonName, Source, SourceType } from '../../src/shared/model/desk-research';
import { evidenceStrengths, findingTopics, sourceTypes } from '../../src/shared/model/desk-research';
import { XL_COUNTS } from './counts';
import { seqId, type Random } from './random';
import { citedParagraph, prose, researchSentence } from './text';
import { familyNames, givenNames, journals, organisations, places, publishers, subtitles, topics } from './vocabulary';

const person = (random: Random): PersonName => ({ family: random.pick(familyNames), given: random.pick(givenNames) });

const slug = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function buildSource(random: Random, index: number): Source {
  const type: SourceType = sourceTypes[index % sourceTypes.length];
  const id = seqId('src', index);
  const year = String(random.int(1998, 2026));
  const title = `${random.pick(topics)}: ${random.pick(subtitles)}`;
  const byOrganisation = type === 'policy' || (type === 'report' && random.chance(0.5));
  const authors = byOrganisation
    ? [{ family: '', given: '', literal: random.pick(organisations) }]
    : Array.from({ length: random.int(1, 4) }, () => person(random));
  const firstAuthor = authors[0].literal ?? authors[0].family;
  const startPage = random.int(1, 240);
  const base: Source = {
    id,
    type,
    authors,
    year,
    title,
    containerTitle: '',
    editors: [],
    edition: '',
    volume: '',
    issue: '',
    pages: '',
    publisher: '',
    place: '',
    url: '',
    doi: '',
    accessed: '',
    note: `Gebruikt voor de onderbouwing van ${random.pick(topics).toLowerCase()}.`,
    citationKey: `${slug(firstAuthor)}${year}-${index + 1}`,
  };
  const web = `https://kennisbank.example.nl/${slug(title)}-${index + 1}`;
  switch (type) {
    case 'article':
      return {
        ...base,
        containerTitle: random.pick(journals),
        volume: String(random.int(10, 60)),
        issue: String(random.int(1, 6)),
        pages: `${startPage}-${startPage + random.int(8, 24)}`,
        doi: `10.5555/xl.${year}.${index + 1}`,
        url: `https://doi.org/10.5555/xl.${year}.${index + 1}`,
      };
    case 'book':
      return { ...base, edition: String(random.int(1, 4)), publisher: random.pick(publishers), place: random.pick(places) };
    case 'chapter':
      return {
        ...base,
        containerTitle: `Handboek ${random.pick(topics).toLowerCase()}`,
        editors: Array.from({ length: random.int(1, 2) }, () => person(random)),
        edition: String(random.int(1, 3)),
        pages: `${startPage}-${startPage + random.int(10, 30)}`,
        publisher: random.pick(publishers),
        place: random.pick(places),
      };
    case 'report':
      return {
        ...base,
        publisher: random.pick(organisations),
        place: random.pick(places),
        url: web,
        accessed: `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      };
    case 'webpage':
      return { ...base, containerTitle: random.pick(organisations), url: web, accessed: `2026-0${random.int(1, 9)}-2${random.int(0, 8)}` };
    case 'policy':
      return {
        ...base,
        title: `Beleidsnota ${title.toLowerCase()}`,
        publisher: authors[0].literal ?? '',
        place: 'Zuiderveen',
        url: web,
        accessed: `2026-0${random.int(1, 9)}-0${random.int(1, 9)}`,
      };
    default:
      return { ...base, publisher: random.pick(organisations), place: random.pick(places), url: web, note: 'Presentatie op een regionale kennisdag.' };
  }
}

const locator = (random: Random): string => {
  const page = random.int(1, 300);
  return random.chance(0.6) ? `p. ${page}` : `pp. ${page}-${page + random.int(1, 6)}`;
};

export function buildDeskResearch(random: Random): DeskResearch {
  const sources = Array.from({ length: XL_COUNTS.sources }, (_, i) => buildSource(random, i));
  const sourceIds = sources.map((source) => source.id);
  const findings = Array.from({ length: XL_COUNTS.findings }, (_, i) => {
    const id = seqId('fnd', i);
    const citations = random.sample(sourceIds, random.int(1, 3)).map((sourceId) => ({ sourceId, locator: locator(random) }));
    return {
      id,
      text: citedParagraph(random, `${id}-cit1`, citations),
      citations,
      topic: random.pick(findingTopics),
      strength: random.pick(evidenceStrengths),
      tags: random.sample(['taal', 'vertrouwen', 'tijd', 'ouders', 'voorschool', 'wijk', 'communicatie'], random.int(1, 3)),
    };
  });
  const theoryNames = [
    'COM-B-model', 'Theorie van gepland gedrag', 'Zelfdeterminatietheorie', 'Sociaal-ecologisch model',
    'Nudging', 'Sociale normen', 'Stages of change', 'Sociaal kapitaal', 'Hechtingstheorie',
    'Ouderparticipatieladder', 'Diffusie van innovaties', 'Community building',
  ];
  const theories = Array.from({ length: XL_COUNTS.theories }, (_, i) => ({
    id: seqId('thr', i, 2),
    name: theoryNames[i % theoryNames.length],
    description: prose(random, researchSentence, 2),
    sourceIds: random.sample(sourceIds, random.int(1, 4)),
  }));
  return { sources, findings, theories };
}
