// The report's fixed words in Dutch, the default report language. The English
// table (labels-en.ts) must have the same shape: its type is derived from this one.

import type { ReportSectionKey } from '../model/report-settings';
import type { ComB } from '../model/target-group';
import type { FindingTopic, EvidenceStrength } from '../model/desk-research';
import type { StakeholderRelation } from '../model/partners';
import type { InterviewMode } from '../model/interviews';
import type { InsightType } from '../model/insights';
import type { ActivityLevel, MarketingP, Priority } from '../model/marketing-mix';
import type { IndicatorKind } from '../model/monitoring';
import type { ThemeGroup } from '../model/coding';
import type { AssignmentStatus } from '../model/assignment';

/** The behaviour goal as one sentence: "who does …, where/when, instead of …". */
export function joinGoal(g: { who: string; insteadOf: string; does: string; whereWhen: string }, insteadOf: string): string {
  const parts = [[g.who.trim(), g.does.trim()].filter(Boolean).join(' '), g.whereWhen.trim()];
  if (g.insteadOf.trim()) parts.push(`${insteadOf} ${g.insteadOf.trim()}`);
  const sentence = parts.filter(Boolean).join(', ');
  return sentence === '' ? '' : `${sentence.replace(/[.\s]+$/, '')}.`;
}

export const nl = {
  sections: {
    'title-page': 'Titelpagina',
    toc: 'Inhoudsopgave',
    'management-summary': 'Managementsamenvatting',
    context: 'Aanleiding en uitdaging',
    approach: 'Aanpak',
    'target-group': 'Doelgroep en gedrag',
    'desk-research': 'Deskresearch',
    partners: 'Partners en interviews',
    insights: 'Inzichten',
    segments: 'Segmenten en persona’s',
    'marketing-mix': 'Marketingmix',
    advice: 'Advies',
    monitoring: 'Monitoring en vervolg',
    references: 'Literatuur',
    'appendix-interview-guide': 'Bijlage: interviewleidraad',
    'appendix-respondents': 'Bijlage: overzicht respondenten',
    'appendix-codebook': 'Bijlage: codeboek',
  } satisfies Record<ReportSectionKey, string>,
  parts: {
    background: 'Achtergrond',
    challenge: 'Uitdaging',
    researchQuestions: 'Onderzoeksvragen',
    scope: 'Afbakening',
    scopeIn: 'Binnen de opdracht',
    scopeOut: 'Buiten de opdracht',
    desiredResult: 'Beoogd resultaat',
    targetGroup: 'Doelgroep',
    currentBehaviour: 'Huidig gedrag',
    desiredBehaviour: 'Gewenst gedrag',
    behaviourGoal: 'Gedragsdoel',
    competingBehaviours: 'Concurrerend gedrag',
    determinants: 'Drijfveren en barrières',
    theories: 'Theorieën',
    stakeholders: 'Stakeholders',
    interviews: 'Interviews',
    intro: 'Inleiding',
    attentionPoints: 'Aandachtspunten',
    pitfalls: 'Valkuilen',
    goodExamples: 'Goede voorbeelden',
    recommendations: 'Aanbevelingen',
    conclusion: 'Conclusie',
    indicators: 'Indicatoren',
    scales: 'Meetschalen',
    pilot: 'Proeftuin',
    persona: 'Persona',
    introduction: 'Introductie',
    questions: 'Vragen',
  },
  headers: {
    comB: 'COM-B',
    kind: 'Soort',
    description: 'Omschrijving',
    behaviour: 'Gedrag',
    whyAttractive: 'Waarom aantrekkelijk',
    organisation: 'Organisatie',
    contactRole: 'Rol',
    relation: 'Rol t.o.v. het gedrag',
    influence: 'Invloed',
    interest: 'Belang',
    activity: 'Activiteit',
    level: 'Niveau',
    segments: 'Segmenten',
    priority: 'Prioriteit',
    owner: 'Eigenaar',
    timing: 'Planning',
    p: 'P',
    indicator: 'Indicator',
    unit: 'Eenheid',
    source: 'Bron',
    frequency: 'Frequentie',
    targets: 'Nulmeting → doel',
    rank: 'Niveau',
    label: 'Naam',
    phase: 'Fase',
    period: 'Periode',
    code: 'Code',
    group: 'Respondentgroep',
    date: 'Datum',
    mode: 'Vorm',
    theme: 'Thema',
    themeGroup: 'Groep',
    quotes: 'Citaten',
    property: 'Kenmerk',
    value: 'Waarde',
  },
  persona: {
    share: 'Aandeel',
    drivers: 'Drijfveren',
    barriers: 'Barrières',
    trustedPlaces: 'Vertrouwde plekken',
    channels: 'Kanalen',
    age: 'Leeftijd',
  },
  /** "Wie doet wat, waar/wanneer, in plaats van …" — the behaviour goal as one sentence. */
  goal: (g: { who: string; insteadOf: string; does: string; whereWhen: string }) =>
    joinGoal(g, 'in plaats van'),
  wholeGroup: 'hele doelgroep',
  location: 'Locatie',
  strength: 'bewijs',
  probes: 'Doorvragen',
  interviewCount: (interviews: number, groups: number) =>
    `Er zijn ${interviews} ${interviews === 1 ? 'interview' : 'interviews'} gehouden met ${groups} ${groups === 1 ? 'respondentgroep' : 'respondentgroepen'}.`,
  captions: {
    themeChart: 'Aantal gecodeerde citaten per thema en respondentgroep',
    powerGrid: 'Stakeholders naar invloed en belang',
    scale: (name: string) => `Niveaus van de ${name}`,
    determinants: 'Drijfveren en barrières naar COM-B',
    competing: 'Concurrerend gedrag',
    stakeholders: 'Stakeholderregister',
    mixPerP: (p: string) => `Activiteiten: ${p}`,
    mixMatrix: 'Activiteiten per P en niveau',
    indicators: 'Indicatoren',
    scaleTable: (name: string) => `Niveaus van de ${name}`,
    phases: 'Fasen van de proeftuin',
    respondents: 'Respondenten (zonder persoonsgegevens)',
    codebook: 'Codeboek met aantal citaten per thema',
    persona: (name: string) => `Kenmerken van het segment ${name}`,
  },
  alt: {
    bar: 'Staafdiagram',
    grid: 'Raster',
    scale: 'Schaal',
    none: 'geen',
  },
  axes: { influence: 'Invloed', interest: 'Belang', quotes: 'Aantal citaten' },
  quadrants: ['Tevreden houden', 'Nauw betrekken', 'Informeren', 'Monitoren'] as [string, string, string, string],
  comB: {
    'capability-physical': 'Capaciteit – fysiek',
    'capability-psychological': 'Capaciteit – psychologisch',
    'opportunity-physical': 'Gelegenheid – fysiek',
    'opportunity-social': 'Gelegenheid – sociaal',
    'motivation-reflective': 'Motivatie – reflectief',
    'motivation-automatic': 'Motivatie – automatisch',
  } satisfies Record<ComB, string>,
  determinantKind: { driver: 'Drijfveer', barrier: 'Barrière' },
  topics: {
    'target-group': 'Doelgroep',
    environment: 'Omgeving',
    'current-behaviour': 'Huidig gedrag',
    'desired-behaviour': 'Gewenst gedrag',
    theory: 'Theorie',
  } satisfies Record<FindingTopic, string>,
  strengths: { strong: 'sterk', moderate: 'redelijk', weak: 'zwak', anecdotal: 'anekdotisch' } satisfies Record<EvidenceStrength, string>,
  relations: { influences: 'Beïnvloedt het gedrag', 'can-help': 'Kan helpen veranderen', both: 'Beide' } satisfies Record<StakeholderRelation, string>,
  modes: { 'in-person': 'Persoonlijk', phone: 'Telefonisch', video: 'Video', group: 'Groepsgesprek' } satisfies Record<InterviewMode, string>,
  insightTypes: { barrier: 'Barrières', motivator: 'Motivatoren', exchange: 'Uitruil', competition: 'Concurrentie' } satisfies Record<InsightType, string>,
  ps: { product: 'Product', price: 'Prijs', place: 'Plaats', promotion: 'Promotie', partnership: 'Partnerschap', policy: 'Beleid' } satisfies Record<MarketingP, string>,
  levels: { execution: 'Uitvoering', organisation: 'Organisatie', policy: 'Gemeentelijk beleid' } satisfies Record<ActivityLevel, string>,
  priorities: { high: 'Hoog', medium: 'Gemiddeld', low: 'Laag' } satisfies Record<Priority, string>,
  indicatorKinds: { output: 'Output', outcome: 'Effect', process: 'Proces' } satisfies Record<IndicatorKind, string>,
  themeGroups: { 'com-b': 'COM-B', barrier: 'Barrière', motivator: 'Motivator', exchange: 'Uitruil', competition: 'Concurrentie', other: 'Overig' } satisfies Record<ThemeGroup, string>,
  statuses: { draft: 'Concept', 'in-review': 'In review', delivered: 'Opgeleverd' } satisfies Record<AssignmentStatus, string>,
  doc: { page: 'Pagina', of: 'van', contents: 'Inhoudsopgave', figure: 'Figuur', table: 'Tabel', comments: 'Opmerkingen' },
  keyword: 'sociale marketing',
};

export type ReportLabels = typeof nl;
