// The edits of step 8 (advice) as pure recipes Project → Project: the two
// narrative fields and four lists (attention points, pitfalls, good examples,
// recommendations) with add / update / move / remove.

import type { Project } from '../../../shared/model/project';
import type { Advice, AdviceItem, GoodExample, Recommendation } from '../../../shared/model/advice';
import type { RichText } from '../../../shared/model/rich-text';
import { emptyRichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { patchObject } from '../insights/patch';

export const adviceTextFields = ['managementSummary', 'conclusion'] as const;
export type AdviceTextField = (typeof adviceTextFields)[number];

/** The lists of the advice and the type of their items. */
export interface AdviceLists {
  attentionPoints: AdviceItem;
  pitfalls: AdviceItem;
  goodExamples: GoodExample;
  recommendations: Recommendation;
}
export type AdviceList = keyof AdviceLists;
export const adviceLists = ['attentionPoints', 'pitfalls', 'goodExamples', 'recommendations'] as const satisfies readonly AdviceList[];

function withAdvice(project: Project, part: Partial<Advice>): Project {
  const same = (Object.keys(part) as (keyof Advice)[]).every((k) => part[k] === project.advice[k]);
  return same ? project : { ...project, advice: { ...project.advice, ...part } };
}

export function setAdviceText(project: Project, field: AdviceTextField, value: RichText): Project {
  return withAdvice(project, { [field]: value });
}

export function newAdviceItem<L extends AdviceList>(list: L, id: string = newId()): AdviceLists[L] {
  const base = { id, title: '', text: emptyRichText() };
  switch (list) {
    case 'goodExamples':
      return { ...base, sourceId: null, place: '' } as GoodExample as AdviceLists[L];
    case 'recommendations':
      return { ...base, priority: 'medium', insightIds: [], activityIds: [] } as Recommendation as AdviceLists[L];
    default:
      return base as AdviceItem as AdviceLists[L];
  }
}

function items<L extends AdviceList>(project: Project, list: L): AdviceLists[L][] {
  return project.advice[list] as AdviceLists[L][];
}

export function addAdviceItem<L extends AdviceList>(project: Project, list: L, id: string = newId()): Project {
  return withAdvice(project, { [list]: appendItem(items(project, list), newAdviceItem(list, id)) });
}

export function updateAdviceItem<L extends AdviceList>(
  project: Project,
  list: L,
  id: string,
  patch: Partial<AdviceLists[L]>,
): Project {
  const next = updateItem(items(project, list), id, (item) => patchObject(item, patch as Partial<AdviceLists[L]>));
  return withAdvice(project, { [list]: next });
}

export function moveAdviceItem(project: Project, list: AdviceList, id: string, direction: MoveDirection): Project {
  return withAdvice(project, { [list]: moveItem(items(project, list), id, direction) });
}

export function removeAdviceItem(project: Project, list: AdviceList, id: string): Project {
  const next = removeItem(items(project, list), id);
  if (next === project.advice[list]) return project;
  // Nothing links to advice items today; cleaning up keeps it so if that changes (comments do point at items).
  return removeReferences(withAdvice(project, { [list]: next }), id);
}
