// What the shell gives every step form: the project to show, whether it may be
// edited, and the one way to change it — a pure recipe Project → Project plus
// a label. Edits with the same label in quick succession become one undo
// step, so a label names one field ("assignment.title"); edits of one list
// item append ":<item id>" so typing in two items never merges.

import type { Project } from '../../shared/model/project';

export interface StepProps {
  project: Project;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}
