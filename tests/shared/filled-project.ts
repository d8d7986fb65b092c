// A project with every part filled in, used by several tests. Content is
// invented for the tests (a fictional municipality and study).

import { createEmptyProject, type Project } from '../../src/shared/model/project';
import { richTextFromPlain, type RichText } from '../../src/shared/model/rich-text';

const para = (text: string): RichText => richTextFromPlain(text);

export const ids = {
  author: 'au-1',
  question: 'rq-1',
  competing: 'cb-1',
  determinant: 'det-1',
  source: 'src-1',
  source2: 'src-2',
  finding: 'fi-1',
  theory: 'th-1',
  stakeholder: 'sh-1',
  guideQuestion: 'gq-1',
  group: 'rg-1',
  interview: 'iv-1',
  theme: 'tm-1',
  quote: 'qu-1',
  insight: 'in-1',
  segment: 'sg-1',
  activity: 'ac-1',
  attention: 'ap-1',
  pitfall: 'pf-1',
  example: 'ge-1',
  recommendation: 're-1',
  scale: 'sc-1',
  level: 'lv-1',
  indicator: 'ind-1',
  phase: 'ph-1',
  comment: 'cm-1',
} as const;

export function filledProject(): Project {
  const p = createEmptyProject('nl', new Date('2026-03-01T09:00:00.000Z'));
  p.id = 'project-filled';
  p.assignment = {
    ...p.assignment,
    title: 'Samen sterk in de voorschool',
    subtitle: 'Advies over ouderbetrokkenheid',
    client: { municipality: 'Gemeente Voorbeeldstad', department: 'Jeugd en Onderwijs' },
    commissionerRole: 'beleidsadviseur onderwijs',
    consultancy: { organisation: 'Bureau Drijfkracht' },
    authors: [{ id: ids.author, name: 'Anne de Vries', role: 'adviseur' }],
    startDate: '2026-01-15',
    dueDate: '2026-06-30',
    reportDate: '2026-06-01',
    status: 'draft',
  };
  p.context = {
    background: para('Ouders doen weinig mee aan activiteiten op de voorschool.'),
    challenge: para('Hoe krijgen we meer ouders betrokken?'),
    researchQuestions: [{ id: ids.question, text: 'Wat houdt ouders tegen?' }],
    scopeIn: para('Voorscholen in twee wijken.'),
    scopeOut: para('Basisonderwijs.'),
    desiredResult: para('Een uitvoerbaar plan.'),
    approach: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Aanpak volgens ', marks: [{ type: 'bold' }] },
          { type: 'citation', id: 'ci-1', items: [{ sourceId: ids.source, locator: 'p. 4' }] }] },
        { type: 'bulletList', items: [{ content: [para('Deskresearch').content[0]] },
          { content: [{ type: 'orderedList', items: [{ content: [para('Interviews').content[0]] }] }] }] },
      ],
    },
  };
  p.targetGroup = {
    description: para('Ouders van peuters.'),
    currentBehaviour: para('Ouders brengen hun kind en gaan weer.'),
    desiredBehaviour: para('Ouders doen een keer per maand mee.'),
    behaviourGoal: { who: 'Ouders', insteadOf: 'direct weggaan', does: 'blijven bij een activiteit', whereWhen: 'op de voorschool' },
    competingBehaviours: [{ id: ids.competing, description: 'Naar het werk gaan', whyAttractive: 'Inkomen' }],
    determinants: [{
      id: ids.determinant, kind: 'barrier', comB: 'opportunity-physical', description: 'Geen tijd',
      evidence: { findingIds: [ids.finding], quoteIds: [ids.quote] },
    }],
  };
  p.deskResearch = {
    sources: [
      { id: ids.source, type: 'report', authors: [{ family: '', given: '', literal: 'Gemeente Voorbeeldstad' }], year: '2024',
        title: 'Monitor voorschool', containerTitle: '', editors: [], edition: '', volume: '', issue: '', pages: '',
        publisher: 'Gemeente Voorbeeldstad', place: 'Voorbeeldstad', url: 'https://example.org/monitor', doi: '',
        accessed: '2026-02-01', note: '', citationKey: 'monitor2024' },
      { id: ids.source2, type: 'article', authors: [{ family: 'Jansen', given: 'P.' }], year: '', title: 'Ouders en school',
        containerTitle: 'Tijdschrift', editors: [], edition: '', volume: '3', issue: '2', pages: '10-20', publisher: '',
        place: '', url: '', doi: '10.1000/xyz', accessed: '', note: '', citationKey: '' },
    ],
    findings: [{ id: ids.finding, text: para('Werkende ouders hebben weinig tijd.'),
      citations: [{ sourceId: ids.source, locator: 'p. 12' }, { sourceId: ids.source2, locator: '' }],
      topic: 'target-group', strength: 'strong', tags: ['tijd'] }],
    theories: [{ id: ids.theory, name: 'COM-B', description: para('Gedrag vraagt capaciteit, gelegenheid en motivatie.'), sourceIds: [ids.source2] }],
  };
  p.partners = {
    ...p.partners,
    stakeholders: [{ id: ids.stakeholder, organisation: 'Kinderopvang Zon', contactRole: 'locatiemanager',
      description: 'Voert de voorschool uit', relation: 'both', influence: 4, interest: 5 }],
    interviewGuide: { introduction: para('Welkom.'), questions: [{ id: ids.guideQuestion, text: 'Wat doet u?', topic: 'gedrag', probes: ['Waarom?'] }] },
    respondentGroups: [{ id: ids.group, name: 'Ouder' }],
    interviews: [{ id: ids.interview, code: 'R01', respondent: { name: 'Fatima', email: 'f@example.org', phone: '0600000000' },
      respondentGroupId: ids.group, organisation: '', date: '2026-02-10', mode: 'in-person',
      consent: { given: true, date: '2026-02-10', note: 'mondeling' },
      answers: [{ questionId: ids.guideQuestion, text: 'Ik moet snel naar mijn werk.' }], notes: '' }],
    themes: [...p.partners.themes, { id: ids.theme, name: 'Tijd', description: '', group: 'barrier', color: '#ff0000' }],
    quotes: [{ id: ids.quote, interviewId: ids.interview, questionId: ids.guideQuestion, text: 'snel naar mijn werk',
      start: 8, end: 27, themeIds: [ids.theme] }],
  };
  p.insights = {
    insights: [{ id: ids.insight, title: 'Tijd is schaars', description: para('Ouders ervaren tijdsdruk.'), type: 'barrier',
      evidence: { quoteIds: [ids.quote], findingIds: [ids.finding] }, segmentIds: [ids.segment] }],
    segments: [{ id: ids.segment, name: 'Werkende ouders', description: para('Beide ouders werken.'), share: '40%',
      drivers: ['kind'], barriers: ['tijd'], trustedPlaces: ['school'], channels: ['app'],
      persona: { name: 'Sanne', age: '32', description: para('Moeder van twee.'), quote: 'Ik wil wel, maar wanneer?' } }],
  };
  p.marketingMix = {
    enabledPs: ['product', 'price', 'place', 'promotion'],
    intro: para('De mix.'),
    activities: (['product', 'price', 'place', 'promotion'] as const).map((ps, i) => ({
      id: i === 0 ? ids.activity : `ac-${ps}`, p: ps, level: 'execution' as const, title: `Activiteit ${ps}`,
      description: para('Omschrijving'), segmentIds: [ids.segment], insightIds: [ids.insight], priority: 'high' as const,
      owner: 'Kinderopvang Zon', timing: 'najaar 2026' })),
  };
  p.advice = {
    managementSummary: para('Samenvatting.'),
    attentionPoints: [{ id: ids.attention, title: 'Taal', text: para('Let op taal.') }],
    pitfalls: [{ id: ids.pitfall, title: 'Te veel tegelijk', text: para('Begin klein.') }],
    goodExamples: [{ id: ids.example, title: 'Koffieochtend', text: para('Werkte goed.'), sourceId: ids.source, place: 'Elders' }],
    recommendations: [{ id: ids.recommendation, title: 'Flexibele tijden', text: para('Bied avondmomenten.'),
      priority: 'high', insightIds: [ids.insight], activityIds: [ids.activity] }],
    conclusion: para('Conclusie.'),
  };
  p.monitoring = {
    intro: para('Zo meten we.'),
    scales: [{ id: ids.scale, name: 'Betrokkenheid', description: '', levels: [{ id: ids.level, rank: 1, label: 'Laag', description: 'Nooit aanwezig' }] }],
    indicators: [{ id: ids.indicator, name: 'Deelname', description: '', kind: 'outcome', scaleId: ids.scale, unit: '%',
      source: 'presentielijst', frequency: 'maandelijks',
      targets: [{ segmentId: ids.segment, baseline: '10%', target: '30%' }, { segmentId: null, baseline: '15%', target: '25%' }] }],
    pilot: { name: 'Proeftuin Noord', description: para('Zes maanden.'), location: 'Noord',
      phases: [{ id: ids.phase, title: 'Start', start: '2026-09-01', end: '2026-10-01', description: '' }] },
  };
  p.review = {
    comments: [{ id: ids.comment, target: { kind: 'item', stepId: 'insights', itemId: ids.insight, quote: 'Tijd' },
      author: { name: 'Bert', role: 'senior' }, createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z',
      body: 'Klopt dit?', status: 'resolved', resolvedAt: '2026-03-03T10:00:00.000Z', resolvedBy: 'Anne', statusChangedAt: '2026-03-03T10:00:00.000Z',
      replies: [{ id: 'rp-1', author: { name: 'Anne', role: 'adviseur' }, createdAt: '2026-03-03T09:00:00.000Z',
        updatedAt: '2026-03-03T09:00:00.000Z', body: 'Ja' }] }],
    copy: null,
    deletedCommentIds: [],
  };
  return p;
}
