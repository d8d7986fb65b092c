// Steps 1–3 and 6–9 of the XL fixture: the assignment, context, target group,
// insights with segments and personas, the marketing mix, the advice and the
// monitoring plan. Every reference points at an item generated earlier.

import type { Project } from '../../src/shared/model/project';
import { comBComponents } from '../../src/shared/model/target-group';
import { insightTypes } from '../../src/shared/model/insights';
import { activityLevels, marketingPs, priorities } from '../../src/shared/model/marketing-mix';
import { indicatorKinds } from '../../src/shared/model/monitoring';
import { XL_COUNTS } from './counts';
import { seqId, type Random } from './random';
import { adviceSentence, prose, proseWithList, reportedSentence, researchSentence, sentences } from './text';
import { familyNames, givenNames, organisations, places, spoken, topics } from './vocabulary';

type Steps = Pick<Project, 'assignment' | 'context' | 'targetGroup' | 'insights' | 'marketingMix' | 'advice' | 'monitoring'>;

interface Refs {
  sourceIds: string[];
  findingIds: string[];
  quoteIds: string[];
}

const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

const segmentNames = [
  'Betrokken en zelfredzaam', 'Willen wel, kunnen lastig', 'Onzeker over de taal', 'Druk met werk',
  'Op afstand en wantrouwig', 'Nieuw in Nederland', 'Vaders op de achtergrond', 'Grootouders als brengers',
];

export function buildOtherSteps(random: Random, refs: Refs): Steps {
  const assignment: Steps['assignment'] = {
    title: 'Ouderbetrokkenheid in de voorschoolse educatie – XL-testproject',
    subtitle: 'Een groot, gegenereerd project voor prestatie- en stresstests',
    client: { municipality: 'Gemeente Zuiderveen', department: 'Jeugd en Onderwijs' },
    commissionerRole: 'beleidsadviseur jeugd',
    consultancy: { organisation: 'Bureau Drijfveer' },
    authors: times(XL_COUNTS.authors, (i) => ({
      id: seqId('aut', i, 2),
      name: `${givenNames[i]} ${familyNames[i]}`,
      role: i === 0 ? 'projectleider' : 'adviseur',
    })),
    startDate: '2026-01-05',
    dueDate: '2026-10-01',
    reportDate: '2026-09-30',
    status: 'in-review',
    reportLanguage: 'nl',
    branding: { accentColor: '#8b3a1f', logo: null },
  };

  const context: Steps['context'] = {
    background: prose(random, researchSentence, 4),
    challenge: prose(random, reportedSentence, 3),
    researchQuestions: times(XL_COUNTS.researchQuestions, (i) => ({
      id: seqId('rq', i, 2),
      text: `Hoe kan ${topics[i % topics.length].toLowerCase()} bijdragen aan meer betrokkenheid van ouders?`,
    })),
    scopeIn: proseWithList(random, reportedSentence, 4),
    scopeOut: prose(random, reportedSentence, 1),
    desiredResult: prose(random, adviceSentence, 2),
    approach: proseWithList(random, researchSentence, 5),
  };

  const targetGroup: Steps['targetGroup'] = {
    description: prose(random, reportedSentence, 3),
    currentBehaviour: prose(random, reportedSentence, 2),
    desiredBehaviour: prose(random, adviceSentence, 2),
    behaviourGoal: {
      who: 'Ouders van peuters op de voorschool',
      insteadOf: 'alleen bij het brengen en halen even binnen te lopen',
      does: 'minstens één keer per maand mee te doen aan een activiteit',
      whereWhen: 'op de voorschool en thuis, in het eerste jaar',
    },
    competingBehaviours: times(XL_COUNTS.competingBehaviours, (i) => ({
      id: seqId('cmp', i, 2),
      description: random.pick(spoken),
      whyAttractive: sentences(random, reportedSentence, 1, 1),
    })),
    determinants: times(XL_COUNTS.determinants, (i) => ({
      id: seqId('det', i, 3),
      kind: random.chance(0.6) ? ('barrier' as const) : ('driver' as const),
      comB: comBComponents[i % comBComponents.length],
      description: sentences(random, reportedSentence, 1, 1),
      evidence: { findingIds: random.sample(refs.findingIds, random.int(1, 3)), quoteIds: random.sample(refs.quoteIds, random.int(0, 4)) },
    })),
  };

  const segments = times(XL_COUNTS.segments, (i) => ({
    id: seqId('seg', i, 2),
    name: segmentNames[i % segmentNames.length],
    description: prose(random, reportedSentence, 2),
    share: `${random.int(5, 25)}%`,
    drivers: times(3, () => sentences(random, reportedSentence, 1, 1)),
    barriers: times(3, () => sentences(random, reportedSentence, 1, 1)),
    trustedPlaces: random.sample(['consultatiebureau', 'moskee', 'bibliotheek', 'schoolplein', 'buurthuis', 'huisarts'], 3),
    channels: random.sample(['WhatsApp', 'ouderapp', 'flyer', 'persoonlijk gesprek', 'sleutelfiguur', 'lokale radio'], 3),
    persona: {
      name: `${givenNames[(i + 5) % givenNames.length]} (${random.int(22, 44)})`,
      age: String(random.int(22, 44)),
      description: prose(random, reportedSentence, 2),
      quote: random.pick(spoken),
    },
  }));
  const segmentIds = segments.map((segment) => segment.id);

  const insightList = times(XL_COUNTS.insights, (i) => ({
    id: seqId('ins', i, 3),
    title: sentences(random, reportedSentence, 1, 1).replace(/[.,]$/, ''),
    description: prose(random, reportedSentence, 2),
    type: insightTypes[i % insightTypes.length],
    evidence: { quoteIds: random.sample(refs.quoteIds, random.int(2, 6)), findingIds: random.sample(refs.findingIds, random.int(1, 3)) },
    segmentIds: random.sample(segmentIds, random.int(1, 3)),
  }));
  const insightIds = insightList.map((insight) => insight.id);

  const activities = times(XL_COUNTS.activities, (i) => ({
    id: seqId('act', i, 3),
    p: marketingPs[i % marketingPs.length],
    level: activityLevels[Math.floor(i / marketingPs.length) % activityLevels.length],
    title: `Activiteit ${i + 1}: ${topics[i % topics.length].toLowerCase()}`,
    description: proseWithList(random, adviceSentence, 3),
    segmentIds: random.sample(segmentIds, random.int(1, 3)),
    insightIds: random.sample(insightIds, random.int(1, 3)),
    priority: random.pick(priorities),
    owner: random.pick(organisations),
    timing: `Q${random.int(1, 4)} 2027`,
  }));
  const activityIds = activities.map((activity) => activity.id);

  const adviceItem = (prefix: string) => (i: number) => ({
    id: seqId(prefix, i, 2),
    title: sentences(random, adviceSentence, 1, 1).replace(/\.$/, ''),
    text: prose(random, adviceSentence, 1),
  });

  const advice: Steps['advice'] = {
    managementSummary: proseWithList(random, adviceSentence, 6),
    attentionPoints: times(XL_COUNTS.attentionPoints, adviceItem('att')),
    pitfalls: times(XL_COUNTS.pitfalls, adviceItem('pit')),
    goodExamples: times(XL_COUNTS.goodExamples, (i) => ({
      ...adviceItem('gex')(i),
      sourceId: i % 4 === 3 ? null : random.pick(refs.sourceIds),
      place: random.pick(places),
    })),
    recommendations: times(XL_COUNTS.recommendations, (i) => ({
      id: seqId('rec', i, 3),
      title: sentences(random, adviceSentence, 1, 1).replace(/\.$/, ''),
      text: proseWithList(random, adviceSentence, 2),
      priority: random.pick(priorities),
      insightIds: random.sample(insightIds, random.int(1, 3)),
      activityIds: random.sample(activityIds, random.int(1, 4)),
    })),
    conclusion: prose(random, adviceSentence, 3),
  };

  const scaleNames = ['Ladder van ouderbetrokkenheid', 'Mate van vertrouwen', 'Taalaanbod thuis', 'Tijd voor activiteiten'];
  const levelLabels = ['afwezig', 'incidenteel', 'regelmatig', 'actief', 'initiërend'];
  const scales = times(XL_COUNTS.scales, (i) => ({
    id: seqId('scl', i, 2),
    name: scaleNames[i % scaleNames.length],
    description: sentences(random, researchSentence, 1, 1),
    levels: levelLabels.map((label, rank) => ({
      id: `${seqId('scl', i, 2)}-l${rank + 1}`,
      rank: rank + 1,
      label,
      description: sentences(random, reportedSentence, 1, 1),
    })),
  }));
  const scaleIds = scales.map((scale) => scale.id);

  const monitoring: Steps['monitoring'] = {
    intro: prose(random, researchSentence, 2),
    scales,
    indicators: times(XL_COUNTS.indicators, (i) => ({
      id: seqId('ind', i, 2),
      name: `Indicator ${i + 1}: ${topics[i % topics.length].toLowerCase()}`,
      description: sentences(random, researchSentence, 1, 1),
      kind: indicatorKinds[i % indicatorKinds.length],
      scaleId: i % 2 === 0 ? scaleIds[(i / 2) % scaleIds.length] : null,
      unit: i % 2 === 0 ? 'niveau' : '% ouders',
      source: random.pick(['ouderenquête', 'registratie voorschool', 'observatie', 'gesprekken']),
      frequency: random.pick(['per kwartaal', 'halfjaarlijks', 'jaarlijks']),
      targets: [
        { segmentId: null, baseline: String(random.int(10, 40)), target: String(random.int(45, 80)) },
        ...random.sample(segmentIds, 2).map((segmentId) => ({ segmentId, baseline: String(random.int(5, 30)), target: String(random.int(35, 70)) })),
      ],
    })),
    pilot: {
      name: 'Proeftuin Zuiderveen-Oost',
      description: proseWithList(random, adviceSentence, 3),
      location: 'Voorschool De Regenboog en buurthuis De Brug',
      phases: times(XL_COUNTS.pilotPhases, (i) => ({
        id: seqId('pha', i, 2),
        title: ['Voorbereiding', 'Werving', 'Uitvoering', 'Tussentijdse evaluatie', 'Borging'][i % 5],
        start: `2027-${String(1 + i * 2).padStart(2, '0')}-01`,
        end: `2027-${String(2 + i * 2).padStart(2, '0')}-28`,
        description: sentences(random, adviceSentence, 1, 2),
      })),
    },
  };

  return {
    assignment,
    context,
    targetGroup,
    insights: { insights: insightList, segments },
    marketingMix: { enabledPs: [...marketingPs], intro: prose(random, adviceSentence, 2), activities },
    advice,
    monitoring,
  };
}
