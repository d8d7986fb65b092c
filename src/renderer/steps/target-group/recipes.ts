// The edits the Target group & behaviour form can make, as pure functions
// Project → Project. The same project comes back when nothing changes, so the
// shell records no empty undo steps. Deleting an item also removes every
// reference to its id elsewhere in the project.

import type { Project } from '../../../shared/model/project';
import type { BehaviourGoal, ComB, CompetingBehaviour, Determinant, TargetGroup } from '../../../shared/model/target-group';
import type { RichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { sameRichText } from '../../components/rich-text/convert';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';

/** The narrative fields of step 3; social marketing starts from the current behaviour. */
export const targetGroupRichTextFields = ['description', 'currentBehaviour', 'desiredBehaviour'] as const;
export type TargetGroupRichTextField = (typeof targetGroupRichTextFields)[number];

export const behaviourGoalFields = ['who', 'insteadOf', 'does', 'whereWhen'] as const;
export type BehaviourGoalField = (typeof behaviourGoalFields)[number];

function withTargetGroup(project: Project, targetGroup: TargetGroup): Project {
  return targetGroup === project.targetGroup ? project : { ...project, targetGroup };
}

function patch<K extends keyof TargetGroup>(project: Project, key: K, value: TargetGroup[K]): Project {
  if (project.targetGroup[key] === value) return project;
  return withTargetGroup(project, { ...project.targetGroup, [key]: value });
}

/**
 * The editor reports its content again when it merely becomes editable; a
 * document that says the same thing is no edit, so no undo step is recorded.
 */
export function setTargetGroupText(project: Project, field: TargetGroupRichTextField, value: RichText): Project {
  if (sameRichText(project.targetGroup[field], value)) return project;
  return patch(project, field, value);
}

export function setBehaviourGoalField(project: Project, field: BehaviourGoalField, value: string): Project {
  const goal = project.targetGroup.behaviourGoal;
  if (goal[field] === value) return project;
  const next: BehaviourGoal = { ...goal, [field]: value };
  return patch(project, 'behaviourGoal', next);
}

// Competing behaviours -------------------------------------------------------

export function addCompetingBehaviour(project: Project, id: string = newId()): Project {
  const item: CompetingBehaviour = { id, description: '', whyAttractive: '' };
  return patch(project, 'competingBehaviours', appendItem(project.targetGroup.competingBehaviours, item));
}

export function updateCompetingBehaviour(
  project: Project,
  id: string,
  changes: Partial<Pick<CompetingBehaviour, 'description' | 'whyAttractive'>>,
): Project {
  const list = updateItem(project.targetGroup.competingBehaviours, id, (item) =>
    changedKeys(item, changes) ? { ...item, ...changes } : item,
  );
  return patch(project, 'competingBehaviours', list);
}

export function removeCompetingBehaviour(project: Project, id: string): Project {
  const list = removeItem(project.targetGroup.competingBehaviours, id);
  if (list === project.targetGroup.competingBehaviours) return project;
  return removeReferences(patch(project, 'competingBehaviours', list), id);
}

export function moveCompetingBehaviour(project: Project, id: string, direction: MoveDirection): Project {
  return patch(project, 'competingBehaviours', moveItem(project.targetGroup.competingBehaviours, id, direction));
}

// Determinants ---------------------------------------------------------------

export function addDeterminant(project: Project, comB: ComB, id: string = newId()): Project {
  const item: Determinant = { id, kind: 'barrier', comB, description: '', evidence: { findingIds: [], quoteIds: [] } };
  return patch(project, 'determinants', appendItem(project.targetGroup.determinants, item));
}

export function updateDeterminant(
  project: Project,
  id: string,
  changes: Partial<Pick<Determinant, 'kind' | 'comB' | 'description'>>,
): Project {
  const list = updateItem(project.targetGroup.determinants, id, (item) =>
    changedKeys(item, changes) ? { ...item, ...changes } : item,
  );
  return patch(project, 'determinants', list);
}

/** Replaces the findings or the quotes a determinant rests on (ids, in the order chosen). */
export function setDeterminantEvidence(
  project: Project,
  id: string,
  key: 'findingIds' | 'quoteIds',
  ids: readonly string[],
): Project {
  const list = updateItem(project.targetGroup.determinants, id, (item) => {
    const current = item.evidence[key];
    if (current.length === ids.length && current.every((value, i) => value === ids[i])) return item;
    return { ...item, evidence: { ...item.evidence, [key]: [...new Set(ids)] } };
  });
  return patch(project, 'determinants', list);
}

export function removeDeterminant(project: Project, id: string): Project {
  const list = removeItem(project.targetGroup.determinants, id);
  if (list === project.targetGroup.determinants) return project;
  return removeReferences(patch(project, 'determinants', list), id);
}

/**
 * Moves a determinant one place up or down among the determinants of its own
 * COM-B component, since the form shows them grouped by component: it swaps
 * places with the nearest neighbour in the same group, wherever that sits in
 * the stored list.
 */
export function moveDeterminantInGroup(project: Project, id: string, direction: MoveDirection): Project {
  const list = project.targetGroup.determinants;
  const from = list.findIndex((item) => item.id === id);
  if (from < 0) return project;
  const group = list[from].comB;
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < list.length && list[to].comB !== group) to += step;
  if (to < 0 || to >= list.length) return project;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return patch(project, 'determinants', next);
}

function changedKeys<T extends object>(item: T, changes: Partial<T>): boolean {
  return (Object.keys(changes) as (keyof T)[]).some((key) => item[key] !== changes[key]);
}
