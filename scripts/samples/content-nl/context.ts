// Stap 2 — Aanleiding & uitdaging (Nederlands).
import type { ContextContent } from '../content-types';

export const context: ContextContent = {
  background: `
Rotterdam investeert al jaren in voor- en vroegschoolse educatie (vve). Peuters van twee tot vier jaar met een risico op een taal- of ontwikkelingsachterstand krijgen extra uren op een voorschoolse locatie, zodat zij bij de overstap naar groep 3 zo min mogelijk achterstand hebben. De vve maakt deel uit van het lokale onderwijsachterstandenbeleid (OAB) en is vastgelegd in het gemeentelijke vve-kader [@src-rotterdam-vve-kader, pp. 4-6].

Wat een kind op de voorschool leert, beklijft pas echt als het thuis terugkomt. Onderzoek laat al lang zien dat wat ouders thuis doen — praten, voorlezen, samen spelen — meer verklaart van de ontwikkeling van jonge kinderen dan formele contacten met de instelling [@src-desforges-2003, pp. 4-5; @src-sylva-2004, p. 57]. Ouderbetrokkenheid is daarom een vast onderdeel van het vve-programma.

Toch blijkt in de praktijk dat veel locaties worstelen met de vraag hoe zij ouders werkelijk bereiken. De inspectie constateerde bij een deel van de Rotterdamse locaties dat ouderactiviteiten weinig bezocht worden en dat pedagogisch medewerkers niet goed weten hoe zij ouders kunnen stimuleren om thuis met hun kind aan de slag te gaan. Dat was voor de afdeling Onderwijs de aanleiding om een onderzoek vanuit de doelgroep te laten uitvoeren.`,
  challenge: `
De gemeente wil dat ouders weten wat hun peuter op de voorschool doet, en dat zij thuis vaker samen met hun kind praten, spelen, zingen en boekjes lezen. De pedagogisch medewerker is daarbij de spil: zij maakt het leren van het kind **zichtbaar** en **nodigt** ouders uit om thuis mee te doen. Tot nu toe is vooral gedacht vanuit het aanbod: ouderbijeenkomsten, nieuwsbrieven en meegegeven materialen. Wat ouders zelf belangrijk vinden, wat hen tegenhoudt en wat hen in beweging brengt, is onvoldoende bekend.

De uitdaging is om met sociale marketing te begrijpen waarom ouders doen wat ze nu doen, en dat inzicht te vertalen naar een werkwijze voor locaties, naar afspraken tussen organisaties en naar gemeentelijk beleid.`,
  researchQuestions: [
    { id: 'rq-1', text: 'Hoe zien ouders van peuters op een vve-locatie hun eigen rol in de ontwikkeling van hun kind, en wat doen zij thuis al?' },
    { id: 'rq-2', text: 'Welke drijfveren en barrières bepalen of ouders meedoen aan activiteiten van de voorschool en thuis aan de slag gaan met de thema’s?' },
    { id: 'rq-3', text: 'Hoe ervaren pedagogisch medewerkers het contact met ouders, en wat hebben zij nodig om ouders beter te betrekken?' },
    { id: 'rq-4', text: 'Welke groepen ouders zijn te onderscheiden, en via welke vertrouwde plekken, personen en kanalen zijn zij het best te bereiken?' },
    { id: 'rq-5', text: 'Welke interventies op het niveau van uitvoering, organisatie en gemeentelijk beleid zijn kansrijk om ouderbetrokkenheid duurzaam te vergroten?' },
  ],
  scopeIn: `
- Ouders en verzorgers van peuters (2–4 jaar) met een vve-indicatie in Rotterdam
- Pedagogisch medewerkers, coördinatoren en leidinggevenden van vve-locaties
- Partners rond het gezin: jeugdgezondheidszorg, bibliotheek, welzijn, wijkteams en sleutelpersonen
- Contact tussen voorschool en thuis, inclusief de overgang naar de basisschool`,
  scopeOut: `
- Ouderbetrokkenheid in het primair en voortgezet onderwijs na groep 2
- Een effectmeting van de vve-programma’s zelf
- Kwantitatieve peiling onder alle Rotterdamse ouders; dit onderzoek is bewust kwalitatief en verdiepend
- Financiering en indicatiestelling van vve-plaatsen`,
  desiredResult: `
Een adviesrapport met onderbouwde inzichten in de doelgroep, een segmentatie met persona’s en een uitgewerkte marketingmix: concrete tips en activiteiten per doelgroepsegment, verdeeld over uitvoering, organisatie en gemeentelijk beleid. Daarnaast een voorstel voor monitoring en een proeftuin waarin de aanpak op enkele locaties wordt uitgeprobeerd.`,
  approach: `
Het onderzoek volgt de eerste twee fasen van het sociale-marketingproces [@src-kotler-lee-2008, pp. 35-52; @src-nsmc-benchmark]:

1. **Scopefase — deskresearch.** Welke kennis bestaat er al over de ouders, de omgeving waarin zij hun kinderen grootbrengen, en over het gedrag zoals het nu is en zoals we het graag zouden zien? We bestudeerden beleidsstukken, onderzoeksliteratuur en praktijkvoorbeelden.
2. **Scopefase — partners betrekken.** We brachten de organisaties rond het gezin in kaart en voerden twaalf verdiepende interviews met pedagogisch medewerkers, ouders, coördinatoren en sleutelpersonen.
3. **Analyse.** De interviews zijn letterlijk uitgewerkt en thematisch gecodeerd, met het COM-B-model als kapstok [@src-michie-2011].
4. **Ontwikkelfase — segmentatie.** Op basis van drijfveren en barrières onderscheiden we drie groepen ouders, elk met een persona.
5. **Ontwikkelfase — marketingmix.** Per segment vertalen we de inzichten naar product, prijs, plaats en promotie, aangevuld met partnerschap en beleid.`,
};
