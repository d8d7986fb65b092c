// Stap 7 — Marketingmix (Nederlands): de inzichten vertaald naar concrete
// activiteiten per P, op de niveaus uitvoering, organisatie en gemeentelijk beleid.
import type { MarketingMixContent } from '../content-types';

const all = ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'];

export const marketingMix: MarketingMixContent = {
  enabledPs: ['product', 'price', 'place', 'promotion', 'partnership', 'policy'],
  intro: `
De marketingmix vertaalt de inzichten naar wat er concreet moet gebeuren. Het **product** is niet “een ouderbijeenkomst” maar het gewenste gedrag en wat ouders ervoor terugkrijgen: een kind dat zichtbaar groeit. De **prijs** is wat ouders ervoor opgeven: tijd, moeite, onzekerheid. **Plaats** gaat over waar en wanneer het gedrag makkelijk wordt; **promotie** over wie de boodschap brengt en hoe. Omdat veel hangt aan samenwerking en sturing, voegen we **partnerschap** en **beleid** toe [@src-kotler-lee-2008, pp. 47-50].`,
  activities: [
    { id: 'act-01', p: 'product', level: 'execution', title: 'Wekelijkse thuistip van tien minuten', priority: 'high', owner: 'Pedagogisch medewerkers vve-locaties', timing: 'Vanaf start proeftuin, wekelijks',
      description: 'Elke week één activiteit bij het thema die thuis in tien minuten kan, zonder materiaal: een liedje, een zoekspel, een vraag bij het eten. Met foto en één zin uitleg, te doen in elke taal.', segmentIds: all, insightIds: ['ins-3', 'ins-4'] },
    { id: 'act-02', p: 'product', level: 'execution', title: 'Meeneemtas met prentenboek zonder tekst', priority: 'high', owner: 'Vve-locaties met Bibliotheek Rotterdam', timing: 'Per thema (zes weken)',
      description: 'Een tas met een tekstloos of tweetalig prentenboek en een eenvoudig spel. Ouders vertellen het verhaal in hun eigen taal; bij teruggave vraagt de medewerker wat het kind ervan vond.', segmentIds: ['seg-nieuwkomers', 'seg-werkend'], insightIds: ['ins-1', 'ins-2'] },
    { id: 'act-03', p: 'product', level: 'execution', title: '“Kijk wat ik kan”-moment bij het ophalen', priority: 'medium', owner: 'Pedagogisch medewerkers', timing: 'Doorlopend, minimaal eens per twee weken per kind',
      description: 'De medewerker deelt bij het ophalen één concreet succes van het kind en één vraag aan de ouder: “Doet hij dat thuis ook?” Zo wordt het haal- en brengmoment een gesprek over leren.', segmentIds: all, insightIds: ['ins-2', 'ins-5'] },
    { id: 'act-04', p: 'product', level: 'execution', title: 'Vader-kindochtend op zaterdag', priority: 'medium', owner: 'Kindcentra en welzijnsorganisatie', timing: 'Vier keer per jaar',
      description: 'Een ochtend met bouwen, bewegen en buiten spelen rond het thema, persoonlijk uitgenodigd door de leidster. Vaders doen mee in plaats van te luisteren.', segmentIds: ['seg-afstand'], insightIds: ['ins-6'] },
    { id: 'act-05', p: 'price', level: 'execution', title: 'Bijeenkomsten buiten werktijd en zonder kosten', priority: 'high', owner: 'Vve-locaties', timing: 'Vanaf schooljaar 2026–2027',
      description: 'Minstens de helft van de ouderactiviteiten vindt plaats vroeg in de avond of op zaterdag, op loopafstand, met opvang voor broertjes en zusjes en zonder kosten.', segmentIds: ['seg-werkend', 'seg-afstand'], insightIds: ['ins-3'] },
    { id: 'act-06', p: 'price', level: 'execution', title: 'Drempel van de eigen taal wegnemen', priority: 'high', owner: 'Pedagogisch medewerkers', timing: 'Direct',
      description: 'Medewerkers zeggen expliciet dat voorlezen en praten in de thuistaal goed is voor het kind. Dat verlaagt de psychologische prijs: ouders hoeven geen Nederlands te kunnen om mee te doen.', segmentIds: ['seg-nieuwkomers'], insightIds: ['ins-1'] },
    { id: 'act-07', p: 'price', level: 'organisation', title: 'Uren voor ouderwerk in het rooster', priority: 'high', owner: 'Besturen kinderopvang', timing: 'Bij de formatie voor 2027',
      description: 'Elke medewerker krijgt vaste, beschermde tijd (richtlijn: een uur per week) voor contact met ouders, zodat ouderwerk niet het eerste is wat sneuvelt.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-08', p: 'place', level: 'execution', title: 'Voorschool op bezoek bij de koffieochtend', priority: 'high', owner: 'Vve-locaties met sleutelpersonen', timing: 'Eens per kwartaal per wijk',
      description: 'Een pedagogisch medewerker gaat naar een vertrouwde plek — de koffieochtend van de vrouwencommissie, het moedercentrum — en laat met beeld en liedjes zien wat de kinderen leren.', segmentIds: ['seg-nieuwkomers', 'seg-afstand'], insightIds: ['ins-5', 'ins-1'] },
    { id: 'act-09', p: 'place', level: 'organisation', title: 'Consultatiebureau en voorschool onder één dak laten samenwerken', priority: 'medium', owner: 'JGZ en vve-locaties', timing: 'Start in de proeftuinwijken, najaar 2026',
      description: 'Waar consultatiebureau en voorschool in hetzelfde gebouw zitten, plannen zij een gezamenlijk inloopuur en verwijst de jeugdverpleegkundige actief naar de thuistips.', segmentIds: all, insightIds: ['ins-5'] },
    { id: 'act-10', p: 'place', level: 'execution', title: 'De ouderapp als vaste plek voor het thema', priority: 'high', owner: 'Vve-locaties', timing: 'Vanaf start proeftuin',
      description: 'Per thema één vast bericht met woordenlijst en plaatjes, een korte video van de groep en de thuistip; vertaalbaar in de app.', segmentIds: ['seg-werkend', 'seg-afstand'], insightIds: ['ins-3'] },
    { id: 'act-11', p: 'promotion', level: 'execution', title: 'Boodschap “Uw taal telt”', priority: 'high', owner: 'Afdeling Onderwijs (communicatie) met vve-locaties', timing: 'Campagne bij start schooljaar',
      description: 'Een korte, beeldende boodschap in meerdere talen: voorlezen, praten en zingen in uw eigen taal helpt uw kind ook in het Nederlands. Verspreid via sleutelpersonen, consultatiebureau en app.', segmentIds: ['seg-nieuwkomers'], insightIds: ['ins-1'] },
    { id: 'act-12', p: 'promotion', level: 'execution', title: 'Persoonlijk uitnodigen in plaats van een brief', priority: 'high', owner: 'Pedagogisch medewerkers', timing: 'Doorlopend',
      description: 'Uitnodigingen worden mondeling gedaan door de eigen leidster, met een herinnering in de app. Vaders worden apart en bij naam aangesproken.', segmentIds: all, insightIds: ['ins-5', 'ins-6'] },
    { id: 'act-13', p: 'promotion', level: 'organisation', title: 'Teamtraining gesprekken met ouders', priority: 'medium', owner: 'Stichtingen kinderopvang, opleidingsbudget', timing: 'Eerste helft 2027',
      description: 'Training voor hele teams in positief, laagdrempelig contact met ouders die weinig Nederlands spreken: werken met beeld, vertaalapps en het “kijk wat ik kan”-gesprek. Zo hangt het contact niet langer aan één tweetalige collega.', segmentIds: all, insightIds: ['ins-5', 'ins-1'] },
    { id: 'act-14', p: 'partnership', level: 'organisation', title: 'Netwerk van sleutelpersonen per wijk', priority: 'medium', owner: 'Welzijnsorganisatie', timing: 'Opbouw in 2026–2027',
      description: 'Per wijk een klein netwerk van sleutelpersonen (vrouwencommissie, moedercentrum, kerk) dat de boodschap in de eigen taal brengt en signalen van ouders terugkoppelt. Met vrijwilligersvergoeding.', segmentIds: ['seg-nieuwkomers', 'seg-afstand'], insightIds: ['ins-5'] },
    { id: 'act-15', p: 'partnership', level: 'organisation', title: 'Warme overdracht met ouders aan tafel', priority: 'medium', owner: 'Vve-locaties en schoolbesturen', timing: 'Bij elke overgang naar groep 1',
      description: 'De overdracht van voorschool naar basisschool wordt een kort gesprek met de ouder erbij, waarin ook besproken wordt wat het kind thuis doet.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-16', p: 'policy', level: 'policy', title: 'Verantwoording op thuisgedrag in plaats van opkomst', priority: 'high', owner: 'Gemeente Rotterdam, afdeling Onderwijs', timing: 'Nieuwe subsidieregeling 2027',
      description: 'In de subsidievoorwaarden voor vve wordt niet langer het aantal ouderbijeenkomsten gevraagd, maar een korte rapportage over het niveau van ouderbetrokkenheid op de monitoringsschaal.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-17', p: 'policy', level: 'policy', title: 'Ouderbetrokkenheid verbinden met andere programma’s', priority: 'medium', owner: 'Gemeente Rotterdam (Onderwijs, Jeugd, Armoede)', timing: 'Bij actualisatie lokale educatieve agenda',
      description: 'De boodschap en de thuistips worden ook ingezet via armoede-, gezondheids- en taalprogramma’s, zodat ouders één samenhangende boodschap horen.', segmentIds: all, insightIds: ['ins-4', 'ins-5'] },
  ],
};
