// Stap 5 — Betrekken partners: stakeholders, interviewleidraad, respondentgroepen
// en projectthema's (Nederlands). De interviews en citaten staan in interviews-*.ts.
import type { PartnersContent } from '../content-types';
import { interviewsA, quotesA } from './interviews-a';
import { interviewsB, quotesB } from './interviews-b';

export const partners: PartnersContent = {
  stakeholders: [
    {
      id: 'stk-jgz', organisation: 'Jeugdgezondheidszorg (consultatiebureaus)', contactRole: 'Teamleider JGZ 0–4 jaar',
      description: 'Ziet vrijwel alle ouders met jonge kinderen en verwijst naar de vve; ouders vertrouwen de jeugdverpleegkundige.',
      relation: 'both', influence: 4, interest: 4,
    },
    {
      id: 'stk-vve-locaties', organisation: 'Vve-locaties (kinderopvang en peuteropvang)', contactRole: 'Locatiemanagers en pedagogisch medewerkers',
      description: 'Voeren het vve-programma en het ouderbeleid uit; hebben dagelijks contact met ouders bij halen en brengen.',
      relation: 'both', influence: 5, interest: 5,
    },
    {
      id: 'stk-schoolbesturen', organisation: 'Schoolbesturen primair onderwijs', contactRole: 'Beleidsmedewerker onderwijskwaliteit',
      description: 'Verantwoordelijk voor de vroegschoolse kant (groep 1–2) en de warme overdracht; belang bij een doorgaande lijn.',
      relation: 'influences', influence: 4, interest: 2,
    },
    {
      id: 'stk-bibliotheek', organisation: 'Bibliotheek Rotterdam', contactRole: 'Programmamaker voorlezen en taal',
      description: 'Biedt voorleesprogramma’s en taalhuizen; een laagdrempelige, neutrale plek voor ouders.',
      relation: 'can-help', influence: 2, interest: 4,
    },
    {
      id: 'stk-welzijn', organisation: 'Welzijnsorganisatie in de wijk', contactRole: 'Opbouwwerker gezinnen',
      description: 'Organiseert moedergroepen en inloopochtenden; kent ouders die buiten beeld van de voorschool blijven.',
      relation: 'can-help', influence: 2, interest: 3,
    },
    {
      id: 'stk-sleutelpersonen', organisation: 'Sleutelpersonen en moskeeën', contactRole: 'Voorzitter vrouwencommissie, voorlichter eigen taal',
      description: 'Vertrouwde personen binnen gemeenschappen; kunnen de boodschap in de eigen taal en context brengen.',
      relation: 'both', influence: 3, interest: 3,
    },
    {
      id: 'stk-wijkteam', organisation: 'Wijkteams', contactRole: 'Gezinscoach',
      description: 'Begeleidt gezinnen met meervoudige problemen; ouderbetrokkenheid staat daar zelden bovenaan.',
      relation: 'influences', influence: 3, interest: 1,
    },
    {
      id: 'stk-inspectie', organisation: 'Inspectie van het Onderwijs / GGD-toezicht', contactRole: 'Inspecteur vve',
      description: 'Toetst de kwaliteit van het vve-aanbod, inclusief het ouderbeleid; signaleerde de aanleiding van dit onderzoek.',
      relation: 'influences', influence: 5, interest: 2,
    },
  ],
  interviewGuide: {
    introduction: `
Dank dat u tijd maakt voor dit gesprek. Wij doen in opdracht van de gemeente Rotterdam onderzoek naar hoe ouders en voorschool samen het beste kunnen doen voor jonge kinderen. Er zijn geen goede of foute antwoorden: we zijn benieuwd naar uw ervaringen.

Het gesprek duurt ongeveer drie kwartier. Met uw toestemming nemen we het op; de opname wordt na uitwerking verwijderd en uw naam komt niet in het rapport.`,
    questions: [
      { id: 'iq-1', topic: 'Kennismaking', text: 'Kunt u iets over uzelf vertellen en over uw rol bij de voorschool?', probes: ['Hoe lang al?', 'Hoeveel kinderen / welke groep?'] },
      { id: 'iq-2', topic: 'Huidig gedrag', text: 'Wat gebeurt er thuis aan spelen, praten, voorlezen en zingen met de peuter?', probes: ['Wie doet dat vooral?', 'Op welk moment van de dag?', 'In welke taal?'] },
      { id: 'iq-3', topic: 'Contact', text: 'Hoe verloopt het contact tussen ouders en de voorschool?', probes: ['Bij halen en brengen?', 'Via de app of papier?', 'Wat gaat goed, wat schuurt?'] },
      { id: 'iq-4', topic: 'Barrières', text: 'Wat maakt het moeilijk om mee te doen met activiteiten van de voorschool of thuis met de thema’s aan de slag te gaan?', probes: ['Taal?', 'Tijd en werk?', 'Onzekerheid?'] },
      { id: 'iq-5', topic: 'Uitwisseling', text: 'Wat levert meedoen ouders op, en wat kost het hen?', probes: ['Wat merkt het kind ervan?', 'Wat moet je ervoor laten?'] },
      { id: 'iq-6', topic: 'Vertrouwde plekken', text: 'Bij wie of waar halen ouders informatie en advies over opgroeien en opvoeden?', probes: ['Familie?', 'Consultatiebureau?', 'Moskee, kerk, buurthuis?', 'Sociale media?'] },
      { id: 'iq-7', topic: 'Concurrentie', text: 'Wat gaat er in het dagelijks leven vaak voor, of wat doen ouders in plaats daarvan?', probes: ['Schermen?', 'Huishouden?', 'Oudere kinderen?'] },
      { id: 'iq-8', topic: 'Ideeën', text: 'Als u één ding mocht veranderen aan hoe de voorschool met ouders samenwerkt, wat zou dat zijn?', probes: ['Wie zou dat moeten doen?', 'Wat zou u zelf willen bijdragen?'] },
    ],
  },
  respondentGroups: [
    { id: 'rg-pm', name: 'Pedagogisch medewerker' },
    { id: 'rg-ouder', name: 'Ouder' },
    { id: 'rg-coord', name: 'Coördinator/leidinggevende' },
    { id: 'rg-sleutel', name: 'Sleutelpersoon' },
  ],
  interviews: [...interviewsA, ...interviewsB],
  themes: [
    { id: 'thm-taal', name: 'Taalbarrière', description: 'Ouder en medewerker verstaan elkaar niet of maar half; informatie komt niet aan.', group: 'barrier', color: '#c0392b' },
    { id: 'thm-vertrouwen', name: 'Vertrouwen in leidster', description: 'De persoonlijke band met de pedagogisch medewerker als reden om mee te doen.', group: 'motivator', color: '#27ae60' },
    { id: 'thm-tijd', name: 'Tijdgebrek', description: 'Werk, andere kinderen en het huishouden laten weinig ruimte over.', group: 'barrier', color: '#e67e22' },
    { id: 'thm-vader', name: 'Rol van vader', description: 'Hoe vaders hun rol zien en hoe de voorschool hen (niet) aanspreekt.', group: 'other', color: '#2c3e50' },
    { id: 'thm-thuis', name: 'Thuisactiviteiten', description: 'Wat ouders thuis al doen aan spelen, praten, zingen en voorlezen.', group: 'motivator', color: '#16a085' },
    { id: 'thm-onzeker', name: 'Onzekerheid over eigen kunnen', description: 'Het gevoel het niet goed genoeg te kunnen, bijvoorbeeld door laaggeletterdheid of een andere moedertaal.', group: 'barrier', color: '#8e44ad' },
    { id: 'thm-scherm', name: 'Schermtijd', description: 'Tablet en televisie als makkelijk alternatief voor samen spelen.', group: 'competition', color: '#7f8c8d' },
    { id: 'thm-trots', name: 'Trots op het kind', description: 'Zien wat het kind leert als beloning voor ouders.', group: 'exchange', color: '#f1c40f' },
  ],
  quotes: [...quotesA, ...quotesB],
};
