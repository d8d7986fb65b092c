// The edits the Context & challenge form can make, as pure functions
// Project → Project. The same project comes back when nothing changes.

import type { Project } from '../../../shared/model/project';
import type { Context, ResearchQuestion } from '../../../shared/model/context';
import type { RichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';

/** The narrative fields of step 2, each a rich-text document. */
export const contextRichTextFields = ['background', 'challenge', 'scopeIn', 'scopeOut', 'desiredResult', 'approach'] as const;
export type ContextRichTextField = (typeof contextRichTextFields)[number];

function withContext(project: Project, context: Context): Project {
  return context === project.context ? project : { ...project, context };
}

export function setContextText(project: Project, field: ContextRichTextField, value: RichText): Project {
  if (project.context[field] === value) return project;
  return withContext(project, { ...project.context, [field]: value });
}

function withQuestions(project: Project, researchQuestions: ResearchQuestion[]): Project {
  if (researchQuestions === project.context.researchQuestions) return project;
  return withContext(project, { ...project.context, researchQuestions });
}

export function addResearchQuestion(project: Project, text = '', id: string = newId()): Project {
  return withQuestions(project, appendItem(project.context.researchQuestions, { id, text }));
}

export function updateResearchQuestion(project: Project, id: string, text: string): Project {
  return withQuestions(
    project,
    updateItem(project.context.researchQuestions, id, (question) => (question.text === text ? question : { ...question, text })),
  );
}

export function removeResearchQuestion(project: Project, id: string): Project {
  return withQuestions(project, removeItem(project.context.researchQuestions, id));
}

export function moveResearchQuestion(project: Project, id: string, direction: MoveDirection): Project {
  return withQuestions(project, moveItem(project.context.researchQuestions, id, direction));
}
