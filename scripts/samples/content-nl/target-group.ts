// Stap 3 — Doelgroep & gedrag (Nederlands).
import type { TargetGroupContent } from '../content-types';

export const targetGroup: TargetGroupContent = {
  description: `
De primaire doelgroep zijn **ouders en verzorgers van peuters van twee tot vier jaar** met een vve-indicatie in Rotterdam. Het is een gevarieerde groep: gezinnen die al generaties in de stad wonen, en gezinnen die hier kort wonen en thuis een andere taal spreken. Veel ouders werken in ploegendiensten of met wisselende roosters; een deel heeft weinig geld te besteden.

De secundaire doelgroep zijn de **pedagogisch medewerkers** van vve-locaties. Zij zijn het gezicht van de voorschool voor ouders en bepalen voor een groot deel hoe ouders zich welkom voelen.`,
  currentBehaviour: `
Ouders brengen hun kind en halen het op, wisselen een paar woorden uit met de medewerker en lezen soms de berichten in de ouderapp. Een kleine, vaste groep bezoekt ouderbijeenkomsten. Thuis gebeurt meer dan professionals denken — zingen, samen koken, buiten spelen — maar ouders zien dat zelf niet als leren en verbinden het niet aan de thema’s van de voorschool [@src-sylva-2004, pp. 18-19]. Voorlezen is bij een deel van de gezinnen geen gewoonte, vaak uit onzekerheid over de eigen taalvaardigheid.`,
  desiredBehaviour: `
Ouders weten wat hun kind op de voorschool leert en doen thuis, in hun eigen taal, een paar keer per week iets wat daarbij aansluit: een prentenboek bekijken, praten over wat het kind meemaakt, een liedje of spelletje van het thema. Zij spreken de pedagogisch medewerker aan als partner en delen wat zij thuis zien.`,
  behaviourGoal: {
    who: 'Ouders van peuters met een vve-indicatie',
    insteadOf: 'alleen halen en brengen en de thema’s van de voorschool aan de professionals overlaten',
    does: 'minstens drie keer per week tien minuten met hun kind een activiteit van het thema doen (voorlezen, praten, zingen of spelen), in de taal die zij het best spreken',
    whereWhen: 'thuis, op een vast moment van de dag, ondersteund door een wekelijkse tip van de eigen pedagogisch medewerker',
  },
  competingBehaviours: [
    { id: 'cb-1', description: 'Het kind laten kijken naar filmpjes of tekenfilms op tablet of televisie', whyAttractive: 'Geeft de ouder direct rust na een lange werkdag, kost geen voorbereiding en het kind vindt het leuk.' },
    { id: 'cb-2', description: 'Huishouden en zorg voor oudere kinderen voor laten gaan', whyAttractive: 'Voelt urgenter en is zichtbaar af; spelen met de peuter lijkt te kunnen wachten.' },
    { id: 'cb-3', description: 'Het leren volledig aan de voorschool overlaten', whyAttractive: 'De juf is de deskundige; ouders vermijden het risico iets “fout” te doen of in een taal die zij niet goed beheersen.' },
  ],
  determinants: [
    { id: 'det-01', kind: 'barrier', comB: 'capability-psychological', description: 'Ouders weten niet dat gewone dagelijkse bezigheden (koken, boodschappen, zingen) bijdragen aan de taalontwikkeling.', evidence: { findingIds: ['fnd-15'], quoteIds: ['q-r01-1', 'q-r07-1'] } },
    { id: 'det-02', kind: 'barrier', comB: 'capability-psychological', description: 'Beperkte beheersing van het Nederlands of laaggeletterdheid maakt voorlezen en het lezen van brieven lastig.', evidence: { findingIds: ['fnd-13'], quoteIds: ['q-r02-1', 'q-r01-3'] } },
    { id: 'det-03', kind: 'barrier', comB: 'opportunity-physical', description: 'Activiteiten vinden plaats op werktijden; vervoer en kosten vormen een drempel.', evidence: { findingIds: ['fnd-04'], quoteIds: ['q-r09-2', 'q-r08-1', 'q-r02-3'] } },
    { id: 'det-04', kind: 'barrier', comB: 'opportunity-social', description: 'Vaders worden zelden persoonlijk aangesproken; de voorschool voelt als een wereld van moeders.', evidence: { findingIds: ['fnd-03'], quoteIds: ['q-r03-1', 'q-r11-1'] } },
    { id: 'det-05', kind: 'barrier', comB: 'motivation-automatic', description: 'Angst om beoordeeld te worden en schaamte over de eigen taal leiden tot vermijden en knikken.', evidence: { findingIds: ['fnd-05'], quoteIds: ['q-r04-4', 'q-r06-2', 'q-r07-2'] } },
    { id: 'det-06', kind: 'barrier', comB: 'capability-psychological', description: 'Medewerkers voelen zich onvoldoende toegerust voor gesprekken met ouders die weinig Nederlands spreken.', evidence: { findingIds: ['fnd-05'], quoteIds: ['q-r10-2', 'q-r04-2'] } },
    { id: 'det-07', kind: 'driver', comB: 'motivation-reflective', description: 'Ouders willen hun kind een goede start op school geven, beter dan zij zelf hadden.', evidence: { findingIds: ['fnd-03'], quoteIds: ['q-r11-2'] } },
    { id: 'det-08', kind: 'driver', comB: 'motivation-automatic', description: 'Trots zien wat het eigen kind kan, werkt als directe beloning.', evidence: { findingIds: ['fnd-20'], quoteIds: ['q-r02-4', 'q-r01-4', 'q-r08-2'] } },
    { id: 'det-09', kind: 'driver', comB: 'opportunity-social', description: 'Een persoonlijke band met een vertrouwde medewerker of sleutelpersoon verlaagt de drempel sterk.', evidence: { findingIds: ['fnd-09', 'fnd-08'], quoteIds: ['q-r04-3', 'q-r07-3', 'q-r05-2'] } },
    { id: 'det-10', kind: 'driver', comB: 'opportunity-physical', description: 'De ouderapp wordt gelezen, ook door werkende ouders en vaders: een kanaal dat al bestaat.', evidence: { findingIds: ['fnd-14'], quoteIds: ['q-r03-4'] } },
    { id: 'det-11', kind: 'driver', comB: 'motivation-automatic', description: 'Vaste routines, zoals voorlezen voor het slapengaan, houden thuisactiviteiten vol.', evidence: { findingIds: ['fnd-16'], quoteIds: ['q-r09-1'] } },
  ],
};
