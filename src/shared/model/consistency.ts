// Consistency warnings across the steps: links that point nowhere or items
// that nothing builds on — a segment no activity serves, an activity that
// answers no insight, a citation of a source that is not in the library, a
// finding that cites no source (e.g. after its only source was deleted, which
// removes the citations), an insight without evidence, a recommendation that
// names no insight, a quote whose interview is gone. Keys are stable (the UI translates them, tests assert
// them); each warning names the item concerned (to jump to) and the ids it
// refers to. Everything is derived from the project, so undo removes a
// warning by itself.

import type { Project } from './project';
import { richTextToPlain } from './rich-text';
import { stepIds, type StepId } from './steps';
import { stepKeys } from '../review/item-index';

export const consistencyKeys = [
  'segment-without-activity',
  'activity-without-insight',
  'citation-of-deleted-source',
  'finding-without-source',
  'insight-without-evidence',
  'recommendation-without-insight',
  'quote-of-deleted-interview',
] as const;
export type ConsistencyKey = (typeof consistencyKeys)[number];

export interface ConsistencyWarning {
  /** Stable identity for lists: `<key>:<item id or step>`. */
  id: string;
  key: ConsistencyKey;
  stepId: StepId;
  /** The item to look at, or null for a step-level field (e.g. the background text). */
  itemId: string | null;
  /** A short name of that item (title, name or code), '' when it has none. */
  label: string;
  /** The ids the item refers to that no longer exist (deleted sources, interview). */
  missingIds: string[];
}

const shorten = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const labelOf = (item: Record<string, unknown>): string => {
  for (const key of ['title', 'name', 'code', 'organisation', 'label']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
};

/**
 * Source references anywhere in one step: citations inside rich text
 * (`{ type: 'citation', items: [{ sourceId }] }`), findings' citations and good
 * examples (`sourceId`), theories (`sourceIds`). The walk is structural, so a
 * new field that cites sources is checked without changes here. Each missing
 * reference is attributed to the nearest enclosing item with an id.
 */
function deletedSourceCitations(project: Project, stepId: StepId, sources: ReadonlySet<string>, out: ConsistencyWarning[]): void {
  const byOwner = new Map<string, { owner: Record<string, unknown> | null; missing: Set<string> }>();
  const note = (owner: Record<string, unknown> | null, sourceId: unknown) => {
    if (typeof sourceId !== 'string' || sourceId === '' || sources.has(sourceId)) return;
    const key = owner ? String(owner.id) : '';
    let entry = byOwner.get(key);
    if (!entry) byOwner.set(key, (entry = { owner, missing: new Set() }));
    entry.missing.add(sourceId);
  };
  const stack: Array<[unknown, Record<string, unknown> | null]> = [[project[stepKeys[stepId]], null]];
  while (stack.length > 0) {
    const [value, owner] = stack.pop() as [unknown, Record<string, unknown> | null];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push([value[i], owner]);
      continue;
    }
    if (!isObj(value)) continue;
    const isItem = value.type !== 'citation' && typeof value.id === 'string' && value.id !== '';
    const here = isItem ? value : owner;
    if ('sourceId' in value) note(here, value.sourceId);
    if (Array.isArray(value.sourceIds)) for (const id of value.sourceIds) note(here, id);
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, here]);
  }
  for (const [key, { owner, missing }] of byOwner) {
    out.push({
      id: `citation-of-deleted-source:${key || stepId}`,
      key: 'citation-of-deleted-source',
      stepId,
      itemId: owner ? String(owner.id) : null,
      label: owner ? labelOf(owner) : '',
      missingIds: [...missing],
    });
  }
}

/** All consistency warnings, grouped by kind in the order of consistencyKeys, items in document order. */
export function consistencyWarnings(project: Project): ConsistencyWarning[] {
  const out: ConsistencyWarning[] = [];
  const { insights, segments } = project.insights;
  const { activities } = project.marketingMix;
  const insightIds = new Set(insights.map((i) => i.id));
  const warn = (key: ConsistencyKey, stepId: StepId, item: { id: string }, label: string, missingIds: string[] = []) =>
    out.push({ id: `${key}:${item.id}`, key, stepId, itemId: item.id, label, missingIds });

  const served = new Set(activities.flatMap((a) => a.segmentIds));
  for (const s of segments) if (!served.has(s.id)) warn('segment-without-activity', 'insights', s, s.name);

  for (const a of activities) {
    if (!a.insightIds.some((id) => insightIds.has(id))) warn('activity-without-insight', 'marketing-mix', a, a.title);
  }

  const sources = new Set(project.deskResearch.sources.map((s) => s.id));
  for (const stepId of stepIds) deletedSourceCitations(project, stepId, sources, out);

  for (const f of project.deskResearch.findings) {
    if (f.citations.length === 0) warn('finding-without-source', 'desk-research', f, shorten(richTextToPlain(f.text)));
  }

  const quoteIds = new Set(project.partners.quotes.map((q) => q.id));
  const findingIds = new Set(project.deskResearch.findings.map((f) => f.id));
  for (const i of insights) {
    const backed = i.evidence.quoteIds.some((id) => quoteIds.has(id)) || i.evidence.findingIds.some((id) => findingIds.has(id));
    if (!backed) warn('insight-without-evidence', 'insights', i, i.title);
  }

  for (const r of project.advice.recommendations) {
    if (!r.insightIds.some((id) => insightIds.has(id))) warn('recommendation-without-insight', 'advice', r, r.title);
  }

  const interviews = new Map(project.partners.interviews.map((iv) => [iv.id, iv]));
  for (const q of project.partners.quotes) {
    if (q.interviewId !== '' && !interviews.has(q.interviewId)) {
      warn('quote-of-deleted-interview', 'partners', q, shorten(q.text), [q.interviewId]);
    }
  }
  return out;
}
