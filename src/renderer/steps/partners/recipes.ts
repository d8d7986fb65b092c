// The edits of step 5 on the stakeholder register, the interview guide, the
// respondent groups and the codebook, as pure recipes Project → Project.
// Deleting an item also removes every reference to it (removeReferences):
// a deleted theme leaves no quote or insight pointing at it.

import type { Project } from '../../../shared/model/project';
import type { InterviewGuide, Partners, Stakeholder } from '../../../shared/model/partners';
import type { InterviewQuestion, RespondentGroup } from '../../../shared/model/interviews';
import type { Theme } from '../../../shared/model/coding';
import type { RichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { patchObject } from '../insights/patch';

export type StakeholderPatch = Partial<
  Pick<Stakeholder, 'organisation' | 'contactRole' | 'description' | 'relation' | 'influence' | 'interest'>
>;
export type QuestionPatch = Partial<Pick<InterviewQuestion, 'text' | 'topic' | 'probes'>>;
export type ThemePatch = Partial<Pick<Theme, 'name' | 'description' | 'group' | 'color'>>;

/** The project with some lists of step 5 replaced; the same project when nothing changed. */
export function withPartners(project: Project, part: Partial<Partners>): Project {
  const same = (Object.keys(part) as (keyof Partners)[]).every((k) => part[k] === project.partners[k]);
  return same ? project : { ...project, partners: { ...project.partners, ...part } };
}

function withGuide(project: Project, part: Partial<InterviewGuide>): Project {
  const guide = patchObject(project.partners.interviewGuide, part);
  return withPartners(project, { interviewGuide: guide });
}

/** Removes one item with `remove` and then every reference to it. */
function removeWithReferences(project: Project, id: string, remove: (p: Project) => Project): Project {
  const next = remove(project);
  return next === project ? project : removeReferences(next, id);
}

// Stakeholders

export function newStakeholder(id: string = newId()): Stakeholder {
  return { id, organisation: '', contactRole: '', description: '', relation: 'both', influence: 3, interest: 3 };
}

export function addStakeholder(project: Project, id: string = newId()): Project {
  return withPartners(project, { stakeholders: appendItem(project.partners.stakeholders, newStakeholder(id)) });
}

export function updateStakeholder(project: Project, id: string, patch: StakeholderPatch): Project {
  return withPartners(project, { stakeholders: updateItem(project.partners.stakeholders, id, (s) => patchObject<Stakeholder>(s, patch)) });
}

export function removeStakeholder(project: Project, id: string): Project {
  return removeWithReferences(project, id, (p) => withPartners(p, { stakeholders: removeItem(p.partners.stakeholders, id) }));
}

export function moveStakeholder(project: Project, id: string, direction: MoveDirection): Project {
  return withPartners(project, { stakeholders: moveItem(project.partners.stakeholders, id, direction) });
}

// Interview guide

export function setGuideIntroduction(project: Project, introduction: RichText): Project {
  return withGuide(project, { introduction });
}

export function addQuestion(project: Project, id: string = newId()): Project {
  const question: InterviewQuestion = { id, text: '', topic: '', probes: [] };
  return withGuide(project, { questions: appendItem(project.partners.interviewGuide.questions, question) });
}

export function updateQuestion(project: Project, id: string, patch: QuestionPatch): Project {
  const questions = updateItem(project.partners.interviewGuide.questions, id, (q) => patchObject<InterviewQuestion>(q, patch));
  return withGuide(project, { questions });
}

/**
 * Deletes a guide question. Answers to it stay in their interviews (they are
 * the respondent's words) and are shown as answers without a question; quotes
 * from them lose their question link.
 */
export function removeQuestion(project: Project, id: string): Project {
  return removeWithReferences(project, id, (p) => withGuide(p, { questions: removeItem(p.partners.interviewGuide.questions, id) }));
}

export function moveQuestion(project: Project, id: string, direction: MoveDirection): Project {
  return withGuide(project, { questions: moveItem(project.partners.interviewGuide.questions, id, direction) });
}

// Respondent groups

export function addRespondentGroup(project: Project, id: string = newId()): Project {
  const group: RespondentGroup = { id, name: '' };
  return withPartners(project, { respondentGroups: appendItem(project.partners.respondentGroups, group) });
}

export function renameRespondentGroup(project: Project, id: string, name: string): Project {
  return withPartners(project, { respondentGroups: updateItem(project.partners.respondentGroups, id, (g) => patchObject(g, { name })) });
}

/** Deletes a group; its interviews stay, without a group. */
export function removeRespondentGroup(project: Project, id: string): Project {
  return removeWithReferences(project, id, (p) => withPartners(p, { respondentGroups: removeItem(p.partners.respondentGroups, id) }));
}

export function moveRespondentGroup(project: Project, id: string, direction: MoveDirection): Project {
  return withPartners(project, { respondentGroups: moveItem(project.partners.respondentGroups, id, direction) });
}

// Codebook

export function addTheme(project: Project, id: string = newId()): Project {
  const theme: Theme = { id, name: '', description: '', group: 'other', color: '' };
  return withPartners(project, { themes: appendItem(project.partners.themes, theme) });
}

export function updateTheme(project: Project, id: string, patch: ThemePatch): Project {
  return withPartners(project, { themes: updateItem(project.partners.themes, id, (t) => patchObject<Theme>(t, patch)) });
}

/** Deletes a theme; quotes keep their text but lose the tag. */
export function removeTheme(project: Project, id: string): Project {
  return removeWithReferences(project, id, (p) => withPartners(p, { themes: removeItem(p.partners.themes, id) }));
}

export function moveTheme(project: Project, id: string, direction: MoveDirection): Project {
  return withPartners(project, { themes: moveItem(project.partners.themes, id, direction) });
}
