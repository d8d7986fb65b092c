// Stap 8 — Advies (Nederlands).
import type { AdviceContent } from '../content-types';

export const advice: AdviceContent = {
  managementSummary: `
De gemeente Rotterdam wil dat ouders van peuters met een vve-indicatie thuis vaker aansluiten bij wat hun kind op de voorschool leert. Bureau Koers onderzocht met sociale marketing waarom ouders nu doen wat zij doen. We bestudeerden literatuur en beleid en spraken twaalf ouders, pedagogisch medewerkers, coördinatoren en sleutelpersonen.

De belangrijkste conclusie: **ouders zijn meer betrokken dan het lijkt, maar op een andere plek dan waar de voorschool kijkt.** Veel gebeurt thuis, onzichtbaar voor de locatie. Wat ouders tegenhoudt is niet onwil, maar onzekerheid over de eigen taal, werktijden en het gevoel niet aangesproken te worden. Trots op het kind en een vertrouwde persoon zijn de sterkste drijfveren.

We onderscheiden drie groepen ouders — zoekende nieuwkomers, drukke doeners en ouders op afstand — en adviseren per groep een eigen mix. De kern:

- maak het gewenste gedrag klein en concreet (een thuistip van tien minuten per week);
- breng de boodschap via personen die ouders al vertrouwen;
- stuur als gemeente op wat ouders thuis doen, niet op opkomst bij bijeenkomsten.

We stellen voor de aanpak eerst een jaar te beproeven in een proeftuin op vier locaties, met een vijftrapsschaal om de ontwikkeling te volgen.`,
  attentionPoints: [
    { id: 'ap-1', title: 'Begin bij wat ouders al doen', text: 'Erken de activiteiten die thuis al plaatsvinden en benoem ze als leren. Dat werkt beter dan nieuwe verplichtingen toevoegen [@src-sylva-2004, pp. 18-19].' },
    { id: 'ap-2', title: 'Maak het contact niet afhankelijk van één persoon', text: 'Tweetalige medewerkers zijn goud waard, maar het hele team moet het gesprek met ouders kunnen voeren. Anders valt de aanpak weg bij ziekte of vertrek.' },
    { id: 'ap-3', title: 'Spreek vaders apart aan', text: 'Nodig vaders bij naam uit en bied activiteiten waarin zij iets doen. Vaders zijn een onbenutte groep met een sterke drijfveer: de schoolkansen van hun kind.' },
    { id: 'ap-4', title: 'Houd rekening met geld en tijd', text: 'Ouders die moeten rondkomen of in ploegen werken, betalen een hoge prijs voor een ochtend op de voorschool. Verlaag die prijs of breng de activiteit naar hen toe.' },
    { id: 'ap-5', title: 'Werk op drie niveaus tegelijk', text: 'Wat medewerkers doen, houdt alleen stand als de organisatie er tijd voor geeft en het gemeentelijk beleid het beloont [@src-kennisbijeenkomst-2021, pp. 1-3].' },
  ],
  pitfalls: [
    { id: 'pf-1', title: 'Opkomst als maat voor succes', text: 'Wie alleen telt hoeveel ouders er op een bijeenkomst komen, ziet het belangrijkste gedrag — thuis — over het hoofd en demotiveert de medewerkers.' },
    { id: 'pf-2', title: 'Nog een folder', text: 'Schriftelijke informatie bereikt de ouders die het meest nodig hebben het minst. Zet in op beeld, de app en persoonlijk contact.' },
    { id: 'pf-3', title: 'Eén aanpak voor alle ouders', text: 'Een standaardprogramma sluit slecht aan bij de verschillen tussen groepen ouders [@src-actief-ouderschap]. Gebruik de segmentatie om per groep te kiezen.' },
    { id: 'pf-4', title: 'Kwalitatief onderzoek wegzetten als “niet representatief”', text: 'De kracht van dit onderzoek is diepgang, niet statistische representativiteit. Gebruik de proeftuin en de monitoring om de inzichten breder te toetsen, in plaats van ze bij voorbaat te wantrouwen.' },
    { id: 'pf-5', title: 'Ouders de les lezen', text: 'Een toon van “u moet meer voorlezen” versterkt de angst om beoordeeld te worden. Begin bij wat goed gaat.' },
  ],
  goodExamples: [
    { id: 'ge-1', title: 'Zeven stappen naar ouderpartnerschap', place: 'Diverse gemeenten', sourceId: 'src-actief-ouderschap', text: 'Een aanpak die gemeenten, besturen en professionals in dezelfde zeven stappen laat werken, te beginnen met elkaar leren kennen en samen koers bepalen. Aansprekend is dat ouder-kindactiviteiten pas in stap vier komen [@src-actief-ouderschap].' },
    { id: 'ge-2', title: 'Ouders aan tafel bij het kwaliteitskader', place: 'Utrecht', sourceId: 'src-kennisbijeenkomst-2021', text: 'Bij het opstellen van een lokaal kwaliteitskader voor vve dachten ouders actief mee. Zo kregen ouders een stem op beleidsniveau in plaats van alleen als deelnemer aan activiteiten [@src-kennisbijeenkomst-2021, p. 3].' },
    { id: 'ge-3', title: 'Kindcentrum met één voordeur', place: 'Rotterdam-Feijenoord', sourceId: null, text: 'In een kindcentrum waar voorschool en basisschool één ingang delen, kennen ouders de juf van groep 1 al voor de overstap. De locatieleider ziet een soepelere overgang en meer contact met ouders (interview R12).' },
    { id: 'ge-4', title: 'Voorlezen met BoekStart', place: 'Landelijk, via bibliotheken', sourceId: null, text: 'Bibliotheken bieden ouders van baby’s en peuters een koffertje met boekjes en leggen zo contact op een neutrale, vertrouwde plek. Een kansrijke partner voor de meeneemtas.' },
  ],
  recommendations: [
    { id: 'rec-1', title: 'Start met de wekelijkse thuistip en het “kijk wat ik kan”-moment', priority: 'high', insightIds: ['ins-2', 'ins-3'], activityIds: ['act-01', 'act-03', 'act-10'],
      text: 'Dit zijn de goedkoopste en snelst in te voeren activiteiten met het meeste effect op het gewenste gedrag. Ze passen bij alle drie de segmenten.' },
    { id: 'rec-2', title: 'Maak de thuistaal expliciet welkom', priority: 'high', insightIds: ['ins-1'], activityIds: ['act-06', 'act-11', 'act-02'],
      text: 'Laat medewerkers, consultatiebureau en sleutelpersonen dezelfde boodschap uitdragen: uw taal telt. Combineer dat met tekstloze of tweetalige prentenboeken.' },
    { id: 'rec-3', title: 'Investeer in vertrouwde personen in de wijk', priority: 'medium', insightIds: ['ins-5'], activityIds: ['act-08', 'act-14', 'act-09'],
      text: 'Bouw per wijk een netwerk van sleutelpersonen en laat medewerkers naar vertrouwde plekken gaan. Leg de samenwerking met het consultatiebureau vast.' },
    { id: 'rec-4', title: 'Richt een aanpak voor vaders in', priority: 'medium', insightIds: ['ins-6'], activityIds: ['act-04', 'act-12'],
      text: 'Nodig vaders persoonlijk uit voor activiteiten waarin zij samen met hun kind iets doen, buiten werktijd.' },
    { id: 'rec-5', title: 'Verander de verantwoording en geef tijd', priority: 'high', insightIds: ['ins-7'], activityIds: ['act-16', 'act-07', 'act-13'],
      text: 'Vraag in de subsidievoorwaarden naar ontwikkeling op de schaal voor ouderbetrokkenheid in plaats van naar opkomst, en maak in de formatie tijd vrij voor ouderwerk en teamtraining.' },
    { id: 'rec-6', title: 'Verbind ouderbetrokkenheid met andere programma’s', priority: 'low', insightIds: ['ins-4', 'ins-5'], activityIds: ['act-17', 'act-15'],
      text: 'Zorg dat ouders via armoede-, gezondheids- en taalprogramma’s dezelfde boodschap horen en borg de warme overdracht naar groep 1.' },
  ],
  conclusion: `
Ouderbetrokkenheid in de voorschool is geen kwestie van ouders die niet willen, maar van een aanbod dat niet aansluit bij hoe ouders leven. Door klein te beginnen, de thuistaal te omarmen, via vertrouwde personen te werken en anders te sturen, kan de gemeente samen met de locaties de stap maken van ouders *informeren* naar ouders *verleiden*. De proeftuin maakt zichtbaar wat werkt, zodat de aanpak daarna stap voor stap kan worden uitgebreid.`,
};
