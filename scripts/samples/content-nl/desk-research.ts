// Stap 4 — Deskresearch: bevindingen en theorieën (Nederlands).
import type { DeskResearchContent, FindingContent } from '../content-types';
import { sources } from './sources';

const findings: FindingContent[] = [
  {
    id: 'fnd-01', topic: 'target-group', strength: 'strong', tags: ['thuisleeromgeving'],
    citations: [{ sourceId: 'src-desforges-2003', locator: 'pp. 4-5' }],
    text: 'Wat ouders **thuis** doen met hun kind (praten, voorlezen, spelen) hangt sterker samen met de ontwikkeling van jonge kinderen dan hun aanwezigheid bij activiteiten op school of voorschool [@src-desforges-2003, pp. 4-5].',
  },
  {
    id: 'fnd-02', topic: 'target-group', strength: 'strong', tags: ['thuisleeromgeving', 'vve'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'p. 57' }],
    text: 'De kwaliteit van de thuisleeromgeving voorspelt de cognitieve ontwikkeling van peuters beter dan opleiding of inkomen van de ouders: wat ouders doen telt meer dan wie ze zijn [@src-sylva-2004, p. 57].',
  },
  {
    id: 'fnd-03', topic: 'target-group', strength: 'moderate', tags: ['motivatie', 'rolopvatting'],
    citations: [{ sourceId: 'src-hoover-dempsey-1997', locator: 'pp. 8-17' }],
    text: 'Of ouders betrokken raken hangt af van hun **rolopvatting** (is dit mijn taak?), hun vertrouwen dat zij het kind kunnen helpen, en van uitnodigingen vanuit de instelling en het kind zelf [@src-hoover-dempsey-1997, pp. 8-17].',
  },
  {
    id: 'fnd-04', topic: 'environment', strength: 'moderate', tags: ['barrières'],
    citations: [{ sourceId: 'src-hornby-2011', locator: 'pp. 39-44' }],
    text: 'Barrières voor ouderbetrokkenheid liggen op vier niveaus: het individuele gezin, de relatie ouder–kind, de relatie ouder–professional en de maatschappij (zoals taal, werk en cultuur) [@src-hornby-2011, pp. 39-44].',
  },
  {
    id: 'fnd-05', topic: 'environment', strength: 'moderate', tags: ['professional', 'houding'],
    citations: [{ sourceId: 'src-hornby-2011', locator: 'p. 45' }],
    text: 'Professionals onderschatten vaak wat ouders al doen en leggen een mogelijk gebrek aan betrokkenheid bij de ouders neer; dat beeld kleurt het contact en houdt het gat in stand [@src-hornby-2011, p. 45].',
  },
  {
    id: 'fnd-06', topic: 'environment', strength: 'moderate', tags: ['partnerschap'],
    citations: [{ sourceId: 'src-epstein-2011', locator: 'pp. 43-47' }],
    text: 'Partnerschap tussen gezin, school en omgeving vraagt om een breed palet aan vormen van betrokkenheid — van thuis leren tot meebeslissen — en niet om één soort ouderavond [@src-epstein-2011, pp. 43-47].',
  },
  {
    id: 'fnd-07', topic: 'environment', strength: 'weak', tags: ['ecologisch model'],
    citations: [{ sourceId: 'src-bronfenbrenner-1994', locator: 'pp. 1645-1646' }],
    text: 'De ontwikkeling van een kind wordt gevormd door de samenhang tussen gezin, opvang en buurt; juist de verbindingen tussen die omgevingen (het mesosysteem) maken het verschil [@src-bronfenbrenner-1994, pp. 1645-1646].',
  },
  {
    id: 'fnd-08', topic: 'environment', strength: 'moderate', tags: ['civil society', 'netwerk'],
    citations: [{ sourceId: 'src-dewinter-2008', locator: 'pp. 21-24' }],
    text: 'Kinderen ontwikkelen zich het best in een sterke sociale omgeving waarin ook buren, familie en organisaties zich medeverantwoordelijk voelen voor het opgroeien: de *pedagogische civil society* [@src-dewinter-2008, pp. 21-24].',
  },
  {
    id: 'fnd-09', topic: 'environment', strength: 'anecdotal', tags: ['vertrouwde plekken'],
    citations: [{ sourceId: 'src-kennisbijeenkomst-2021', locator: 'p. 2' }],
    text: 'Gemeenten die ouders goed bereiken, beginnen op plekken waar ouders al komen en zich veilig voelen, zoals het consultatiebureau, de bibliotheek en de huisarts [@src-kennisbijeenkomst-2021, p. 2].',
  },
  {
    id: 'fnd-10', topic: 'environment', strength: 'anecdotal', tags: ['beleid', 'niveaus'],
    citations: [{ sourceId: 'src-kennisbijeenkomst-2021', locator: 'pp. 1-3' }],
    text: 'Ouderbetrokkenheid vraagt werk op drie niveaus tegelijk: de uitvoering (hoe bereik je ouders), de organisatie (samenwerking voorschool en school) en het gemeentelijk beleid (samenhang tussen programma’s) [@src-kennisbijeenkomst-2021, pp. 1-3].',
  },
  {
    id: 'fnd-11', topic: 'environment', strength: 'moderate', tags: ['beleid', 'vve'],
    citations: [{ sourceId: 'src-rotterdam-vve-kader', locator: 'pp. 12-13' }],
    text: 'Het gemeentelijke vve-kader verplicht locaties tot een ouderbeleid, maar laat de invulling vrij; de verantwoording gaat vooral over het aantal georganiseerde activiteiten, niet over wat ouders thuis doen [@src-rotterdam-vve-kader, pp. 12-13].',
  },
  {
    id: 'fnd-12', topic: 'environment', strength: 'weak', tags: ['lea', 'doorgaande lijn'],
    citations: [{ sourceId: 'src-rotterdam-lea', locator: 'p. 9' }],
    text: 'In de lokale educatieve agenda staat ouderbetrokkenheid als gedeelde ambitie, zonder concrete afspraken over de overdracht van ouderinformatie van voorschool naar basisschool [@src-rotterdam-lea, p. 9].',
  },
  {
    id: 'fnd-13', topic: 'current-behaviour', strength: 'moderate', tags: ['opkomst'],
    citations: [{ sourceId: 'src-rotterdam-vve-kader', locator: 'p. 18' }],
    text: 'Locaties rapporteren dat ouderbijeenkomsten op de voorschool vaak door een vaste, kleine groep ouders worden bezocht; ouders die thuis een andere taal spreken zijn ondervertegenwoordigd [@src-rotterdam-vve-kader, p. 18].',
  },
  {
    id: 'fnd-14', topic: 'current-behaviour', strength: 'moderate', tags: ['haal- en brengmoment'],
    citations: [{ sourceId: 'src-epstein-2011', locator: 'p. 160' }],
    text: 'Het meeste contact tussen ouders en professionals is kort en informeel, bij het halen en brengen; juist die momenten worden zelden bewust benut om over leren te praten [@src-epstein-2011, p. 160].',
  },
  {
    id: 'fnd-15', topic: 'current-behaviour', strength: 'weak', tags: ['thuisactiviteiten'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'pp. 18-19' }],
    text: 'Veel ouders doen thuis al leerzame dingen — liedjes zingen, samen koken, boodschappen benoemen — zonder die zelf als ‘leren’ te zien [@src-sylva-2004, pp. 18-19].',
  },
  {
    id: 'fnd-16', topic: 'desired-behaviour', strength: 'strong', tags: ['voorlezen', 'taal'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'p. 57' }, { sourceId: 'src-desforges-2003', locator: 'p. 85' }],
    text: 'Regelmatig samen lezen, praten over wat het kind meemaakt en spelen met letters en liedjes zijn de thuisactiviteiten met het duidelijkste verband met latere taal- en leesvaardigheid [@src-sylva-2004, p. 57; @src-desforges-2003, p. 85].',
  },
  {
    id: 'fnd-17', topic: 'desired-behaviour', strength: 'moderate', tags: ['wederkerigheid'],
    citations: [{ sourceId: 'src-actief-ouderschap', locator: '' }],
    text: 'Een planmatige aanpak in zeven stappen begint bij elkaar leren kennen en samen koers bepalen, en pas daarna bij passende ouder-kindactiviteiten; wederkerige relaties gaan voor programma’s [@src-actief-ouderschap].',
  },
  {
    id: 'fnd-18', topic: 'desired-behaviour', strength: 'moderate', tags: ['maatwerk'],
    citations: [{ sourceId: 'src-actief-ouderschap', locator: '' }, { sourceId: 'src-hornby-2011', locator: 'p. 49' }],
    text: 'Een standaardaanpak voor alle ouders werkt onvoldoende; professionals moeten de ruimte krijgen om activiteiten af te stemmen op de ouders die zij voor zich hebben [@src-actief-ouderschap; @src-hornby-2011, p. 49].',
  },
  {
    id: 'fnd-19', topic: 'theory', strength: 'strong', tags: ['COM-B'],
    citations: [{ sourceId: 'src-michie-2011', locator: 'pp. 4-6' }],
    text: 'Gedrag ontstaat wanneer iemand het **kan** (capability), de **gelegenheid** heeft (opportunity) en het **wil** (motivation); een interventie die maar één van de drie raakt, blijft vaak zonder effect [@src-michie-2011, pp. 4-6].',
  },
  {
    id: 'fnd-20', topic: 'theory', strength: 'strong', tags: ['sociale marketing', 'uitwisseling'],
    citations: [{ sourceId: 'src-kotler-lee-2008', locator: 'pp. 7-8' }, { sourceId: 'src-andreasen-1995', locator: 'p. 7' }],
    text: 'Sociale marketing stelt het gedrag van de doelgroep centraal en vraagt wat zij ervoor terugkrijgen: het gewenste gedrag moet aantrekkelijker, makkelijker en gebruikelijker worden dan het alternatief [@src-kotler-lee-2008, pp. 7-8; @src-andreasen-1995, p. 7].',
  },
  {
    id: 'fnd-21', topic: 'theory', strength: 'moderate', tags: ['concurrentie'],
    citations: [{ sourceId: 'src-andreasen-2002', locator: 'pp. 7-9' }],
    text: 'Het gewenste gedrag concurreert altijd met ander gedrag dat op dat moment makkelijker of prettiger is; wie die concurrentie negeert, overschat het effect van voorlichting [@src-andreasen-2002, pp. 7-9].',
  },
  {
    id: 'fnd-22', topic: 'theory', strength: 'moderate', tags: ['benchmark', 'segmentatie'],
    citations: [{ sourceId: 'src-nsmc-benchmark', locator: '' }],
    text: 'De [benchmarkcriteria voor sociale marketing](https://www.thensmc.com/) vragen om klantoriëntatie, een heldere gedragsdoelstelling, theorie, inzicht, uitwisseling, concurrentie, segmentatie en een mix van methoden [@src-nsmc-benchmark].',
  },
];

export const deskResearch: DeskResearchContent = {
  sources,
  findings,
  theories: [
    {
      id: 'thy-comb', name: 'COM-B en het Behaviour Change Wheel', sourceIds: ['src-michie-2011'],
      description: 'Het COM-B-model verklaart gedrag uit drie voorwaarden: vermogen, gelegenheid en motivatie, elk met twee kanten. We gebruiken het om drijfveren en barrières van ouders te ordenen en om interventiefuncties te kiezen [@src-michie-2011, p. 4].',
    },
    {
      id: 'thy-social-marketing', name: 'Sociale marketing', sourceIds: ['src-kotler-lee-2008', 'src-andreasen-1995', 'src-nsmc-benchmark'],
      description: 'Sociale marketing past marketingprincipes toe om vrijwillig gedrag te beïnvloeden ten gunste van de doelgroep en de samenleving. Kernbegrippen zijn doelgroepgerichtheid, uitwisseling, concurrentie en segmentatie, en de marketingmix van product, prijs, plaats en promotie [@src-kotler-lee-2008, pp. 7-11; @src-nsmc-benchmark].',
    },
    {
      id: 'thy-civil-society', name: 'Pedagogische civil society', sourceIds: ['src-dewinter-2008', 'src-bronfenbrenner-1994'],
      description: 'Opvoeden is niet alleen een zaak van ouders en professionals, maar van het hele sociale netwerk rond een kind. Dat onderbouwt een aanpak via sleutelpersonen, buurt en vertrouwde plekken [@src-dewinter-2008; @src-bronfenbrenner-1994].',
    },
  ],
};
