// Stap 6 — Inzichten & segmentatie (Nederlands).
import type { InsightsContent } from '../content-types';

export const insights: InsightsContent = {
  insights: [
    {
      id: 'ins-1', type: 'barrier', title: 'Ouders denken dat hun eigen taal “niet goed genoeg” is',
      description: 'Ouders met een andere moedertaal laten voorlezen en praten over het thema vaak achterwege, omdat zij denken dat het in het Nederlands moet. Wie hoort dat de eigen taal juist helpt, voelt zich opgelucht en gaat aan de slag. De boodschap “uw taal telt” is daarmee een sleutel.',
      evidence: { quoteIds: ['q-r02-1', 'q-r06-1', 'q-r06-2'], findingIds: ['fnd-16', 'fnd-04'] },
      segmentIds: ['seg-nieuwkomers'],
    },
    {
      id: 'ins-2', type: 'motivator', title: 'Trots op het kind is de sterkste drijfveer',
      description: 'Ouders raken het meest gemotiveerd wanneer zij zien wat hun kind kan. Positieve, concrete terugkoppeling — “vandaag telde hij tot tien” — opent het gesprek en nodigt uit om thuis verder te gaan.',
      evidence: { quoteIds: ['q-r02-4', 'q-r01-4', 'q-r10-1', 'q-r08-2'], findingIds: ['fnd-03'] },
      segmentIds: ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-3', type: 'exchange', title: 'Kleine, concrete tips zijn de moeite waard; bijeenkomsten kosten te veel',
      description: 'Voor werkende ouders is een ochtend vrij nemen een hoge prijs. Een wekelijkse tip of woordenlijst in de app kost weinig en levert direct iets op: ze weten wat hun kind leert en kunnen thuis meedoen.',
      evidence: { quoteIds: ['q-r09-3', 'q-r03-4', 'q-r10-3', 'q-r09-2'], findingIds: ['fnd-14', 'fnd-20'] },
      segmentIds: ['seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-4', type: 'competition', title: 'Op vermoeide momenten wint het scherm',
      description: 'Na een dienst of een drukke dag is een filmpje de makkelijkste weg naar rust. Een alternatief moet even weinig moeite kosten: een activiteit van tien minuten zonder voorbereiding, op een moment dat al in de dag zit.',
      evidence: { quoteIds: ['q-r03-3', 'q-r09-4', 'q-r12-2', 'q-r08-3'], findingIds: ['fnd-21'] },
      segmentIds: ['seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-5', type: 'motivator', title: 'Vertrouwen loopt via personen, niet via organisaties',
      description: 'Ouders komen omdat iemand die zij vertrouwen het vraagt: de eigen leidster, de jeugdverpleegkundige, de voorzitter van de vrouwengroep. Brieven en folders bereiken hen nauwelijks. Tegelijk maakt dit de aanpak kwetsbaar als het contact aan één medewerker hangt.',
      evidence: { quoteIds: ['q-r04-3', 'q-r07-3', 'q-r05-2', 'q-r06-3', 'q-r04-2', 'q-r12-1'], findingIds: ['fnd-09', 'fnd-08'] },
      segmentIds: ['seg-nieuwkomers', 'seg-afstand'],
    },
    {
      id: 'ins-6', type: 'barrier', title: 'Vaders voelen zich niet aangesproken',
      description: 'Vaders zijn gemotiveerd door de schoolkansen van hun kind, maar de voorschool richt zich in taal, tijdstip en vorm op moeders. Wie vaders persoonlijk uitnodigt voor iets om samen te doen, bereikt een groep die nu buiten beeld blijft.',
      evidence: { quoteIds: ['q-r03-1', 'q-r03-2', 'q-r11-1', 'q-r11-3', 'q-r11-2'], findingIds: ['fnd-03'] },
      segmentIds: ['seg-afstand'],
    },
    {
      id: 'ins-7', type: 'barrier', title: 'De organisatie stuurt op opkomst, niet op wat ouders thuis doen',
      description: 'Locaties verantwoorden zich over het aantal ouderbijeenkomsten en bezoekers. Tegenvallende opkomst demotiveert medewerkers, terwijl het gewenste gedrag thuis plaatsvindt. Ouderwerk is bovendien het eerste wat sneuvelt als het druk is.',
      evidence: { quoteIds: ['q-r05-1', 'q-r05-3'], findingIds: ['fnd-11', 'fnd-10'] },
      segmentIds: ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'],
    },
  ],
  segments: [
    {
      id: 'seg-nieuwkomers', name: 'Zoekende nieuwkomers', share: 'ca. 35%',
      description: 'Ouders die korter in Nederland wonen en thuis een andere taal spreken. Zij willen graag het goede doen, maar zijn onzeker over wat de voorschool verwacht en over hun eigen Nederlands. Ze vertrouwen vooral op familie, landgenoten en één vertrouwde medewerker.',
      drivers: ['Wil het kind een goede start geven', 'Trots op wat het kind leert', 'Opluchting als de eigen taal welkom is'],
      barriers: ['Taalbarrière en schaamte', 'Angst om beoordeeld te worden', 'Onbekend met het Nederlandse onderwijs'],
      trustedPlaces: ['Consultatiebureau', 'Moskee of kerk', 'Moedercentrum en koffieochtend'],
      channels: ['Persoonlijk gesprek bij de deur', 'Sleutelpersoon in de eigen taal', 'Beeld en korte video zonder veel tekst'],
      persona: {
        name: 'Amina', age: '29',
        description: 'Amina woont drie jaar in Rotterdam-Zuid en heeft twee kinderen. Thuis spreekt ze Arabisch. Ze knikt vriendelijk bij de deur, maar begrijpt de helft van wat de juf zegt. Ze zou graag voorlezen, maar denkt dat haar Nederlands te slecht is.',
        quote: 'Als iemand me laat zien hoe het moet, in mijn eigen taal, doe ik het meteen.',
      },
    },
    {
      id: 'seg-werkend', name: 'Drukke doeners', share: 'ca. 40%',
      description: 'Werkende ouders met wisselende diensten. Thuis doen ze vaak al veel, maar op de locatie zijn ze zelden te zien; halen en brengen gebeurt soms door anderen. Ze willen snel en concreet weten wat hun kind leert en hoe zij kunnen aansluiten.',
      drivers: ['Vaste routines thuis', 'Behoefte aan concrete informatie', 'Wil zeker weten dat het kind goed Nederlands leert'],
      barriers: ['Tijdgebrek en werktijden', 'Vermoeidheid: het scherm als makkelijke uitweg', 'Activiteiten alleen overdag'],
      trustedPlaces: ['Ouderapp van de voorschool', 'Buurvrouw of familie die het kind brengt', 'Bibliotheek in het weekend'],
      channels: ['Ouderapp met foto en één tip per week', 'Woordenlijst per thema', 'Activiteit op zaterdag of vroeg in de avond'],
      persona: {
        name: 'Kasia', age: '33',
        description: 'Kasia werkt fulltime in een distributiecentrum, haar partner ook, in andere diensten. Ze leest haar dochter elke avond voor in het Pools. De juf ziet ze bijna nooit; alles loopt via de app.',
        quote: 'Vertel me in één zin wat ze deze week leert, dan doe ik thuis de rest.',
      },
    },
    {
      id: 'seg-afstand', name: 'Ouders op afstand', share: 'ca. 25%',
      description: 'Ouders die het leren aan de voorschool overlaten: vaak vaders, en gezinnen die door geldzorgen of andere problemen weinig ruimte hebben. Ze zijn niet onverschillig — ze zien hun eigen rol alleen niet, of worden er niet op aangesproken.',
      drivers: ['Schoolsucces van het kind', 'Samen iets doen in plaats van praten', 'Erkenning als ouder'],
      barriers: ['Voelt zich niet aangesproken', 'Overleven gaat voor', 'Wantrouwen tegenover instanties'],
      trustedPlaces: ['Familie en vrienden', 'Sportclub of moskee', 'Consultatiebureau'],
      channels: ['Persoonlijke uitnodiging door de leidster', 'Vader-kindactiviteit met bewegen of bouwen', 'Groepsapp van de buurt'],
      persona: {
        name: 'Ricardo', age: '34',
        description: 'Ricardo werkt in ploegendienst in de haven. Zijn vriendin regelt de contacten met de peuteropvang. Hij wil dat zijn dochter het goed doet op school, maar voelt zich bij de voorschool een buitenstaander.',
        quote: 'Als ze mij vragen iets te komen bouwen met de kinderen, ben ik er.',
      },
    },
  ],
};
