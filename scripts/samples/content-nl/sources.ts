// Stap 4 — Deskresearch: de bronnenbibliotheek (Nederlands). De lokale
// beleidsstukken hebben generieke titels: het is een voorbeeldproject.
import type { SourceContent } from '../content-types';

const rotterdam = { family: '', given: '', literal: 'Gemeente Rotterdam' };

export const sources: SourceContent[] = [
  {
    id: 'src-dewinter-2008', type: 'book', citationKey: 'dewinter2008',
    authors: [{ family: 'De Winter', given: 'Micha' }], year: '2008',
    title: 'Over de pedagogische civil society',
    note: 'Voorbeeldreferentie: aangehaald in de zevenstappenaanpak van Actief Ouderschap; titel generiek weergegeven, controleer de volledige beschrijving.',
  },
  {
    id: 'src-michie-2011', type: 'article', citationKey: 'michie2011',
    authors: [
      { family: 'Michie', given: 'Susan' },
      { family: 'van Stralen', given: 'Maartje M.' },
      { family: 'West', given: 'Robert' },
    ],
    year: '2011',
    title: 'The behaviour change wheel: A new method for characterising and designing behaviour change interventions',
    containerTitle: 'Implementation Science', volume: '6', pages: '42',
    doi: '10.1186/1748-5908-6-42', url: 'https://doi.org/10.1186/1748-5908-6-42',
  },
  {
    id: 'src-kotler-lee-2008', type: 'book', citationKey: 'kotler2008',
    authors: [{ family: 'Kotler', given: 'Philip' }, { family: 'Lee', given: 'Nancy R.' }], year: '2008',
    title: 'Social marketing: Influencing behaviors for good', edition: '3',
    publisher: 'Sage', place: 'Thousand Oaks, CA',
  },
  {
    id: 'src-andreasen-1995', type: 'book', citationKey: 'andreasen1995',
    authors: [{ family: 'Andreasen', given: 'Alan R.' }], year: '1995',
    title: 'Marketing social change: Changing behavior to promote health, social development, and the environment',
    publisher: 'Jossey-Bass', place: 'San Francisco, CA',
  },
  {
    id: 'src-andreasen-2002', type: 'article', citationKey: 'andreasen2002',
    authors: [{ family: 'Andreasen', given: 'Alan R.' }], year: '2002',
    title: 'Marketing social marketing in the social change marketplace',
    containerTitle: 'Journal of Public Policy & Marketing', volume: '21', issue: '1', pages: '3-13',
    doi: '10.1509/jppm.21.1.3.17602',
  },
  {
    id: 'src-nsmc-benchmark', type: 'webpage', citationKey: 'nsmc',
    authors: [{ family: '', given: '', literal: 'National Social Marketing Centre' }], year: '',
    title: 'Social marketing benchmark criteria', containerTitle: 'The NSMC',
    url: 'https://www.thensmc.com/', accessed: '2026-02-09',
  },
  {
    id: 'src-desforges-2003', type: 'report', citationKey: 'desforges2003',
    authors: [{ family: 'Desforges', given: 'Charles' }, { family: 'Abouchaar', given: 'Alberto' }], year: '2003',
    title: 'The impact of parental involvement, parental support and family education on pupil achievement and adjustment: A literature review',
    publisher: 'Department for Education and Skills', place: 'London', note: 'Research Report RR433',
  },
  {
    id: 'src-sylva-2004', type: 'report', citationKey: 'sylva2004',
    authors: [
      { family: 'Sylva', given: 'Kathy' },
      { family: 'Melhuish', given: 'Edward' },
      { family: 'Sammons', given: 'Pam' },
      { family: 'Siraj-Blatchford', given: 'Iram' },
      { family: 'Taggart', given: 'Brenda' },
    ],
    year: '2004',
    title: 'The Effective Provision of Pre-School Education (EPPE) project: Final report',
    publisher: 'Institute of Education, University of London', place: 'London',
  },
  {
    id: 'src-hoover-dempsey-1997', type: 'article', citationKey: 'hooverdempsey1997',
    authors: [{ family: 'Hoover-Dempsey', given: 'Kathleen V.' }, { family: 'Sandler', given: 'Howard M.' }], year: '1997',
    title: 'Why do parents become involved in their children’s education?',
    containerTitle: 'Review of Educational Research', volume: '67', issue: '1', pages: '3-42',
    doi: '10.3102/00346543067001003',
  },
  {
    id: 'src-hornby-2011', type: 'article', citationKey: 'hornby2011',
    authors: [{ family: 'Hornby', given: 'Garry' }, { family: 'Lafaele', given: 'Rayleen' }], year: '2011',
    title: 'Barriers to parental involvement in education: An explanatory model',
    containerTitle: 'Educational Review', volume: '63', issue: '1', pages: '37-52',
    doi: '10.1080/00131911.2010.488049',
  },
  {
    id: 'src-bronfenbrenner-1994', type: 'chapter', citationKey: 'bronfenbrenner1994',
    authors: [{ family: 'Bronfenbrenner', given: 'Urie' }], year: '1994',
    title: 'Ecological models of human development',
    containerTitle: 'International encyclopedia of education',
    editors: [{ family: 'Husén', given: 'Torsten' }, { family: 'Postlethwaite', given: 'T. Neville' }],
    edition: '2', volume: '3', pages: '1643-1647', publisher: 'Elsevier', place: 'Oxford',
  },
  {
    id: 'src-epstein-2011', type: 'book', citationKey: 'epstein2011',
    authors: [{ family: 'Epstein', given: 'Joyce L.' }], year: '2011',
    title: 'School, family, and community partnerships: Preparing educators and improving schools', edition: '2',
    publisher: 'Westview Press', place: 'Boulder, CO',
  },
  {
    id: 'src-rotterdam-vve-kader', type: 'policy', citationKey: 'rotterdam2025vve',
    authors: [rotterdam], year: '2025',
    title: 'Beleidskader voor- en vroegschoolse educatie 2025–2028',
    publisher: 'Gemeente Rotterdam, afdeling Onderwijs', place: 'Rotterdam',
    note: 'Generieke titel voor dit voorbeeldproject.',
  },
  {
    id: 'src-rotterdam-lea', type: 'policy', citationKey: 'rotterdam2024lea',
    authors: [rotterdam], year: '2024',
    title: 'Lokale educatieve agenda: afspraken over onderwijsachterstandenbeleid',
    publisher: 'Gemeente Rotterdam', place: 'Rotterdam',
    note: 'Generieke titel voor dit voorbeeldproject.',
  },
  {
    id: 'src-actief-ouderschap', type: 'webpage', citationKey: 'actiefouderschap',
    authors: [{ family: '', given: '', literal: 'Actief Ouderschap' }], year: '',
    title: 'Aanpak op gemeentelijk en bestuurlijk niveau: zeven stappen', containerTitle: 'Actief Ouderschap',
    accessed: '2026-02-11',
  },
  {
    id: 'src-kennisbijeenkomst-2021', type: 'report', citationKey: 'kennisbijeenkomst2021',
    authors: [{ family: '', given: '', literal: 'Kennisnetwerk gemeentelijk onderwijsachterstandenbeleid' }], year: '2021',
    title: 'Ouderbetrokkenheid in de kinderopvang: opbrengsten van een kennisbijeenkomst voor gemeenten',
    note: 'Generieke titel; verslag van een bijeenkomst met circa dertig beleidsmedewerkers.',
  },
];
