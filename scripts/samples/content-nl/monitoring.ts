// Stap 9 — Monitoring & vervolg (Nederlands).
import type { MonitoringContent } from '../content-types';

export const monitoring: MonitoringContent = {
  intro: `
We volgen de aanpak op drie soorten indicatoren: **proces** (wordt uitgevoerd wat is afgesproken?), **output** (wat wordt er geleverd en bereikt?) en **outcome** (verandert het gedrag van ouders?). Voor het gedrag zelf gebruiken we een schaal met vijf niveaus, zodat medewerkers per gezin kunnen aangeven waar een ouder staat en het aanbod daarop kunnen afstemmen.`,
  scales: [
    {
      id: 'scl-betrokkenheid', name: 'Schaal ouderbetrokkenheid voorschool',
      description: 'Vijf niveaus waarop een pedagogisch medewerker, na een gesprek met de ouder, inschat hoe de ouder thuis aansluit bij de voorschool.',
      levels: [
        { id: 'lvl-1', rank: 1, label: 'Buiten beeld', description: 'Er is nauwelijks contact; de ouder is onbekend met wat het kind op de voorschool doet.' },
        { id: 'lvl-2', rank: 2, label: 'Op de hoogte', description: 'De ouder ontvangt informatie (app, gesprek bij de deur) en weet globaal welk thema er speelt.' },
        { id: 'lvl-3', rank: 3, label: 'Af en toe actief', description: 'De ouder doet soms thuis iets bij het thema, bijvoorbeeld met de meeneemtas of een thuistip.' },
        { id: 'lvl-4', rank: 4, label: 'Regelmatig actief', description: 'De ouder doet wekelijks een activiteit bij het thema en vertelt de medewerker wat het kind thuis laat zien.' },
        { id: 'lvl-5', rank: 5, label: 'Partner', description: 'De ouder werkt structureel samen met de voorschool, brengt eigen ideeën in en helpt soms andere ouders op weg.' },
      ],
    },
  ],
  indicators: [
    { id: 'ind-1', name: 'Niveau ouderbetrokkenheid', kind: 'outcome', scaleId: 'scl-betrokkenheid', unit: 'niveau (1–5), mediaan', source: 'Inschatting medewerker na oudergesprek', frequency: 'Twee keer per jaar',
      description: 'Mediaan niveau op de schaal ouderbetrokkenheid per segment.',
      targets: [
        { segmentId: 'seg-nieuwkomers', baseline: '2', target: '3' },
        { segmentId: 'seg-werkend', baseline: '3', target: '4' },
        { segmentId: 'seg-afstand', baseline: '1', target: '2' },
      ] },
    { id: 'ind-2', name: 'Ouders die wekelijks een thuisactiviteit doen', kind: 'outcome', scaleId: null, unit: '% ouders', source: 'Korte ouderpeiling via de app', frequency: 'Per kwartaal',
      description: 'Aandeel ouders dat aangeeft in de afgelopen week minstens twee keer een activiteit bij het thema te hebben gedaan.',
      targets: [
        { segmentId: null, baseline: '30%', target: '55%' },
        { segmentId: 'seg-nieuwkomers', baseline: '20%', target: '45%' },
      ] },
    { id: 'ind-3', name: 'Bereik van de thuistip', kind: 'output', scaleId: null, unit: '% ouders dat het bericht opent', source: 'Statistieken ouderapp', frequency: 'Maandelijks',
      description: 'Aandeel ouders dat het wekelijkse themabericht in de app opent.',
      targets: [
        { segmentId: 'seg-werkend', baseline: '60%', target: '85%' },
        { segmentId: 'seg-afstand', baseline: '35%', target: '60%' },
      ] },
    { id: 'ind-4', name: 'Vaders bereikt', kind: 'output', scaleId: null, unit: 'aantal vaders per locatie', source: 'Registratie locatie', frequency: 'Per activiteit',
      description: 'Aantal vaders dat deelneemt aan een vader-kindochtend of ander ouderaanbod.',
      targets: [{ segmentId: 'seg-afstand', baseline: '1', target: '8' }] },
    { id: 'ind-5', name: 'Beschermde tijd voor ouderwerk', kind: 'process', scaleId: null, unit: 'uur per medewerker per week', source: 'Roosters besturen', frequency: 'Halfjaarlijks',
      description: 'Gemiddeld aantal ingeroosterde uren voor contact met ouders.',
      targets: [{ segmentId: null, baseline: '0,2', target: '1' }] },
    { id: 'ind-6', name: 'Bezoeken aan vertrouwde plekken', kind: 'process', scaleId: null, unit: 'aantal bezoeken per wijk', source: 'Logboek proeftuin', frequency: 'Per kwartaal',
      description: 'Aantal keer dat een medewerker een koffieochtend, moedercentrum of consultatiebureau-inloop bezoekt.',
      targets: [{ segmentId: 'seg-nieuwkomers', baseline: '0', target: '4' }] },
  ],
  pilot: {
    name: 'Proeftuin Ouders aan zet',
    location: 'Vier vve-locaties in Feijenoord, Charlois en Delfshaven',
    description: `
Een jaar lang proberen vier locaties de belangrijkste activiteiten uit de marketingmix uit: de wekelijkse thuistip, het “kijk wat ik kan”-moment, de meeneemtas, bezoeken aan vertrouwde plekken en een vader-kindochtend. De locaties krijgen extra uren voor ouderwerk en een teamtraining. Bureau Koers begeleidt de proeftuin en meet op de schaal ouderbetrokkenheid aan het begin, halverwege en aan het eind. Waar nodig sturen we tussentijds bij.`,
    phases: [
      { id: 'ph-1', title: 'Voorbereiding', start: '2026-09-01', end: '2026-10-31', description: 'Locaties kiezen, nulmeting op de schaal, teamtraining, afspraken met sleutelpersonen en consultatiebureau.' },
      { id: 'ph-2', title: 'Uitvoering ronde 1', start: '2026-11-01', end: '2027-02-28', description: 'Thuistips, meeneemtas en “kijk wat ik kan”-momenten; eerste bezoeken aan vertrouwde plekken.' },
      { id: 'ph-3', title: 'Tussenevaluatie en bijsturing', start: '2027-03-01', end: '2027-03-31', description: 'Tussenmeting, gesprekken met ouders en medewerkers, aanpassen van de aanpak per segment.' },
      { id: 'ph-4', title: 'Uitvoering ronde 2 en eindevaluatie', start: '2027-04-01', end: '2027-08-31', description: 'Uitvoering inclusief vader-kindochtenden; eindmeting en advies over opschaling naar alle locaties.' },
    ],
  },
};
