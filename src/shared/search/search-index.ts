// The project search index behind Ctrl/Cmd+K: every searchable text of the
// project (titles, names, the plain text of rich-text fields, interview
// answers, quotes, sources, activities, …) with the item it belongs to, its
// step and a field key the interface translates. Entries are in document
// order (step order, then list order), which is also the tie-break of the
// ranking. The index is a flat array of pre-folded strings: building it for
// the largest projects takes tens of milliseconds and a query is a linear
// scan of `includes`, so no incremental bookkeeping is needed — the index is
// cached per project object and rebuilt only after an edit.

import type { Project } from '../model/project';
import { richTextToPlain, type RichText } from '../model/rich-text';
import type { StepId } from '../model/steps';
import type { PersonName } from '../model/desk-research';
import { foldText } from './fold';

/** What kind of thing a hit is; the interface translates `search:kinds.<kind>`. */
export type SearchKind =
  | 'field'
  | 'author'
  | 'researchQuestion'
  | 'competingBehaviour'
  | 'determinant'
  | 'source'
  | 'finding'
  | 'theory'
  | 'stakeholder'
  | 'question'
  | 'respondentGroup'
  | 'interview'
  | 'theme'
  | 'quote'
  | 'insight'
  | 'segment'
  | 'activity'
  | 'attentionPoint'
  | 'pitfall'
  | 'goodExample'
  | 'recommendation'
  | 'indicator'
  | 'scale'
  | 'scaleLevel'
  | 'pilotPhase';

export interface SearchEntry {
  stepId: StepId;
  kind: SearchKind;
  /** The item the text belongs to, or null for a step-level field (e.g. the background). */
  itemId: string | null;
  /** The enclosing item to open when the item itself is shown inside it (a quote's interview). */
  parentId: string | null;
  /** Field key, translated as `search:fields.<field>`. */
  field: string;
  /** A short name of the item for the result line ("R01", a source title, …). */
  label: string;
  text: string;
  folded: string;
  /** A title or name field: ranks before body text. */
  isTitle: boolean;
  /** Position in document order. */
  order: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

type Add = (
  stepId: StepId,
  kind: SearchKind,
  itemId: string | null,
  field: string,
  label: string,
  text: string,
  options?: { title?: boolean; parentId?: string | null },
) => void;

const plain = (doc: RichText): string => richTextToPlain(doc);
const short = (text: string, max = 80): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};
const personName = (p: PersonName): string => p.literal ?? [p.given, p.family].filter((s) => s.trim() !== '').join(' ');

function collect(project: Project, add: Add): void {
  const a = project.assignment;
  add('assignment', 'field', null, 'assignment.title', a.title, a.title, { title: true });
  add('assignment', 'field', null, 'assignment.subtitle', a.title, a.subtitle);
  add('assignment', 'field', null, 'assignment.municipality', a.title, a.client.municipality);
  add('assignment', 'field', null, 'assignment.department', a.title, a.client.department);
  add('assignment', 'field', null, 'assignment.commissionerRole', a.title, a.commissionerRole);
  add('assignment', 'field', null, 'assignment.organisation', a.title, a.consultancy.organisation);
  for (const author of a.authors) {
    add('assignment', 'author', author.id, 'author.name', author.name, author.name, { title: true });
    add('assignment', 'author', author.id, 'author.role', author.name, author.role);
  }

  const c = project.context;
  for (const key of ['background', 'challenge', 'scopeIn', 'scopeOut', 'desiredResult', 'approach'] as const) {
    const text = plain(c[key]);
    add('context', 'field', null, `context.${key}`, '', text);
  }
  for (const q of c.researchQuestions) add('context', 'researchQuestion', q.id, 'researchQuestion.text', short(q.text), q.text, { title: true });

  const tg = project.targetGroup;
  for (const key of ['description', 'currentBehaviour', 'desiredBehaviour'] as const) {
    const text = plain(tg[key]);
    add('target-group', 'field', null, `targetGroup.${key}`, '', text);
  }
  for (const key of ['who', 'insteadOf', 'does', 'whereWhen'] as const) {
    add('target-group', 'field', null, `behaviourGoal.${key}`, '', tg.behaviourGoal[key]);
  }
  for (const cb of tg.competingBehaviours) {
    add('target-group', 'competingBehaviour', cb.id, 'competingBehaviour.description', short(cb.description), cb.description, { title: true });
    add('target-group', 'competingBehaviour', cb.id, 'competingBehaviour.whyAttractive', short(cb.description), cb.whyAttractive);
  }
  for (const d of tg.determinants) add('target-group', 'determinant', d.id, 'determinant.description', short(d.description), d.description, { title: true });

  const dr = project.deskResearch;
  for (const s of dr.sources) {
    const label = short(s.title || s.authors.map(personName).join(', '));
    add('desk-research', 'source', s.id, 'source.title', label, s.title, { title: true });
    add('desk-research', 'source', s.id, 'source.authors', label, s.authors.map(personName).join('; '), { title: true });
    add('desk-research', 'source', s.id, 'source.year', label, s.year);
    add('desk-research', 'source', s.id, 'source.containerTitle', label, s.containerTitle);
    add('desk-research', 'source', s.id, 'source.publisher', label, s.publisher);
    add('desk-research', 'source', s.id, 'source.note', label, s.note);
  }
  for (const f of dr.findings) {
    const text = plain(f.text);
    add('desk-research', 'finding', f.id, 'finding.text', short(text), text);
    add('desk-research', 'finding', f.id, 'finding.tags', short(text), f.tags.join(', '));
  }
  for (const th of dr.theories) {
    add('desk-research', 'theory', th.id, 'theory.name', th.name, th.name, { title: true });
    add('desk-research', 'theory', th.id, 'theory.description', th.name, plain(th.description));
  }

  const pa = project.partners;
  for (const s of pa.stakeholders) {
    add('partners', 'stakeholder', s.id, 'stakeholder.organisation', s.organisation, s.organisation, { title: true });
    add('partners', 'stakeholder', s.id, 'stakeholder.contactRole', s.organisation, s.contactRole);
    add('partners', 'stakeholder', s.id, 'stakeholder.description', s.organisation, s.description);
  }
  add('partners', 'field', null, 'guide.introduction', '', plain(pa.interviewGuide.introduction));
  for (const q of pa.interviewGuide.questions) {
    add('partners', 'question', q.id, 'question.text', short(q.text), q.text, { title: true });
    add('partners', 'question', q.id, 'question.topic', short(q.text), q.topic);
    add('partners', 'question', q.id, 'question.probes', short(q.text), q.probes.join('\n'));
  }
  for (const g of pa.respondentGroups) add('partners', 'respondentGroup', g.id, 'respondentGroup.name', g.name, g.name, { title: true });
  for (const iv of pa.interviews) {
    add('partners', 'interview', iv.id, 'interview.code', iv.code, iv.code, { title: true });
    add('partners', 'interview', iv.id, 'interview.respondent', iv.code, iv.respondent.name);
    add('partners', 'interview', iv.id, 'interview.organisation', iv.code, iv.organisation);
    for (const answer of iv.answers) add('partners', 'interview', iv.id, 'interview.answer', iv.code, answer.text);
    add('partners', 'interview', iv.id, 'interview.notes', iv.code, iv.notes);
  }
  for (const th of pa.themes) {
    add('partners', 'theme', th.id, 'theme.name', th.name, th.name, { title: true });
    add('partners', 'theme', th.id, 'theme.description', th.name, th.description);
  }
  const codes = new Map(pa.interviews.map((iv) => [iv.id, iv.code]));
  for (const q of pa.quotes) {
    const parentId = codes.has(q.interviewId) ? q.interviewId : null;
    add('partners', 'quote', q.id, 'quote.text', codes.get(q.interviewId) ?? '', q.text, { parentId });
  }

  const ins = project.insights;
  for (const i of ins.insights) {
    add('insights', 'insight', i.id, 'insight.title', i.title, i.title, { title: true });
    add('insights', 'insight', i.id, 'insight.description', i.title, plain(i.description));
  }
  for (const s of ins.segments) {
    add('insights', 'segment', s.id, 'segment.name', s.name, s.name, { title: true });
    add('insights', 'segment', s.id, 'segment.description', s.name, plain(s.description));
    add('insights', 'segment', s.id, 'segment.share', s.name, s.share);
    for (const key of ['drivers', 'barriers', 'trustedPlaces', 'channels'] as const) {
      add('insights', 'segment', s.id, `segment.${key}`, s.name, s[key].join('\n'));
    }
    add('insights', 'segment', s.id, 'persona.name', s.name, s.persona.name);
    add('insights', 'segment', s.id, 'persona.description', s.name, plain(s.persona.description));
    add('insights', 'segment', s.id, 'persona.quote', s.name, s.persona.quote);
  }

  const mm = project.marketingMix;
  add('marketing-mix', 'field', null, 'marketingMix.intro', '', plain(mm.intro));
  for (const act of mm.activities) {
    add('marketing-mix', 'activity', act.id, 'activity.title', act.title, act.title, { title: true });
    add('marketing-mix', 'activity', act.id, 'activity.description', act.title, plain(act.description));
    add('marketing-mix', 'activity', act.id, 'activity.owner', act.title, act.owner);
    add('marketing-mix', 'activity', act.id, 'activity.timing', act.title, act.timing);
  }

  const ad = project.advice;
  add('advice', 'field', null, 'advice.managementSummary', '', plain(ad.managementSummary));
  for (const [kind, list] of [
    ['attentionPoint', ad.attentionPoints],
    ['pitfall', ad.pitfalls],
    ['goodExample', ad.goodExamples],
    ['recommendation', ad.recommendations],
  ] as const) {
    for (const item of list) {
      add('advice', kind, item.id, 'advice.itemTitle', item.title, item.title, { title: true });
      add('advice', kind, item.id, 'advice.itemText', item.title, plain(item.text));
    }
  }
  for (const ex of ad.goodExamples) add('advice', 'goodExample', ex.id, 'goodExample.place', ex.title, ex.place);
  add('advice', 'field', null, 'advice.conclusion', '', plain(ad.conclusion));

  const mo = project.monitoring;
  add('monitoring', 'field', null, 'monitoring.intro', '', plain(mo.intro));
  for (const ind of mo.indicators) {
    add('monitoring', 'indicator', ind.id, 'indicator.name', ind.name, ind.name, { title: true });
    for (const key of ['description', 'unit', 'source', 'frequency'] as const) {
      add('monitoring', 'indicator', ind.id, `indicator.${key}`, ind.name, ind[key]);
    }
  }
  for (const sc of mo.scales) {
    add('monitoring', 'scale', sc.id, 'scale.name', sc.name, sc.name, { title: true });
    add('monitoring', 'scale', sc.id, 'scale.description', sc.name, sc.description);
    for (const level of sc.levels) {
      add('monitoring', 'scaleLevel', level.id, 'scaleLevel.label', sc.name, level.label, { parentId: sc.id });
      add('monitoring', 'scaleLevel', level.id, 'scaleLevel.description', sc.name, level.description, { parentId: sc.id });
    }
  }
  add('monitoring', 'field', null, 'pilot.name', mo.pilot.name, mo.pilot.name, { title: true });
  add('monitoring', 'field', null, 'pilot.description', mo.pilot.name, plain(mo.pilot.description));
  add('monitoring', 'field', null, 'pilot.location', mo.pilot.name, mo.pilot.location);
  for (const ph of mo.pilot.phases) {
    add('monitoring', 'pilotPhase', ph.id, 'pilotPhase.title', ph.title, ph.title, { title: true });
    add('monitoring', 'pilotPhase', ph.id, 'pilotPhase.description', ph.title, ph.description);
  }
}

/** Every searchable text of the project, in document order. Empty texts are left out. */
export function buildSearchIndex(project: Project): SearchIndex {
  const entries: SearchEntry[] = [];
  collect(project, (stepId, kind, itemId, field, label, text, options) => {
    if (text.trim() === '') return;
    entries.push({
      stepId,
      kind,
      itemId,
      parentId: options?.parentId ?? null,
      field,
      label,
      text,
      folded: foldText(text),
      isTitle: options?.title ?? false,
      order: entries.length,
    });
  });
  return { entries };
}

const cache = new WeakMap<Project, SearchIndex>();

/** The index of this project object, built on first use and reused until the project changes. */
export function searchIndexFor(project: Project): SearchIndex {
  let index = cache.get(project);
  if (!index) {
    index = buildSearchIndex(project);
    cache.set(project, index);
  }
  return index;
}
