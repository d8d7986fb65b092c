// Step 4 — Desk research: the source library (English). The references are
// the same works as in Dutch; only notes and the translation of Dutch titles differ.
import type { SourceContent } from '../content-types';
import { sources as sourcesNl } from '../content-nl/sources';

const english: Record<string, Partial<SourceContent>> = {
  'src-dewinter-2008': {
    title: 'On the pedagogical civil society',
    note: 'Sample reference: cited in the seven-step approach of Actief Ouderschap; title given generically, check the full description.',
  },
  'src-rotterdam-vve-kader': {
    title: 'Beleidskader voor- en vroegschoolse educatie 2025–2028 [Policy framework for early childhood education 2025–2028]',
    publisher: 'Municipality of Rotterdam, Education Department',
    note: 'Generic title for this sample project.',
  },
  'src-rotterdam-lea': {
    title: 'Lokale educatieve agenda: afspraken over onderwijsachterstandenbeleid [Local education agenda: agreements on educational disadvantage policy]',
    publisher: 'Municipality of Rotterdam',
    note: 'Generic title for this sample project.',
  },
  'src-actief-ouderschap': {
    title: 'Aanpak op gemeentelijk en bestuurlijk niveau: zeven stappen [Approach at municipal and board level: seven steps]',
  },
  'src-kennisbijeenkomst-2021': {
    authors: [{ family: '', given: '', literal: 'Municipal Knowledge Network on Educational Disadvantage' }],
    title: 'Ouderbetrokkenheid in de kinderopvang: opbrengsten van een kennisbijeenkomst voor gemeenten [Parental involvement in childcare: outcomes of a knowledge meeting for municipalities]',
    note: 'Generic title; report of a meeting with about thirty policy officers.',
  },
};

const rotterdam = { family: '', given: '', literal: 'Municipality of Rotterdam' };

export const sources: SourceContent[] = sourcesNl.map((source) => {
  const authors = source.authors.map((author) => (author.literal === 'Gemeente Rotterdam' ? rotterdam : author));
  return { ...source, authors, ...english[source.id] };
});
