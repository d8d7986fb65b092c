// The edits the Assignment form can make, as pure functions Project → Project.
// Each returns a new project (sharing every untouched part with the old one)
// and returns the very same project when nothing would change, so the shell
// can tell a real edit from a no-op.

import type { Project } from '../../../shared/model/project';
import type { Assignment, Author, Logo } from '../../../shared/model/assignment';
import { newId } from '../../../shared/model/ids';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { parseHexColor } from './validation';

/** Assignment fields that hold one plain value (text, date, choice). */
export type AssignmentScalarField =
  | 'title'
  | 'subtitle'
  | 'commissionerRole'
  | 'startDate'
  | 'dueDate'
  | 'reportDate'
  | 'status'
  | 'reportLanguage';

function withAssignment(project: Project, assignment: Assignment): Project {
  return assignment === project.assignment ? project : { ...project, assignment };
}

export function setAssignmentField<K extends AssignmentScalarField>(
  project: Project,
  field: K,
  value: Assignment[K],
): Project {
  if (project.assignment[field] === value) return project;
  return withAssignment(project, { ...project.assignment, [field]: value });
}

export function setClientField(project: Project, field: 'municipality' | 'department', value: string): Project {
  const { client } = project.assignment;
  if (client[field] === value) return project;
  return withAssignment(project, { ...project.assignment, client: { ...client, [field]: value } });
}

export function setConsultancyOrganisation(project: Project, organisation: string): Project {
  const { consultancy } = project.assignment;
  if (consultancy.organisation === organisation) return project;
  return withAssignment(project, { ...project.assignment, consultancy: { ...consultancy, organisation } });
}

function withAuthors(project: Project, authors: Author[]): Project {
  if (authors === project.assignment.authors) return project;
  return withAssignment(project, { ...project.assignment, authors });
}

export function addAuthor(project: Project, author: Partial<Omit<Author, 'id'>> = {}, id: string = newId()): Project {
  return withAuthors(project, appendItem(project.assignment.authors, { name: '', role: '', ...author, id }));
}

export function updateAuthor(project: Project, id: string, field: 'name' | 'role', value: string): Project {
  return withAuthors(
    project,
    updateItem(project.assignment.authors, id, (author) => (author[field] === value ? author : { ...author, [field]: value })),
  );
}

export function removeAuthor(project: Project, id: string): Project {
  return withAuthors(project, removeItem(project.assignment.authors, id));
}

export function moveAuthor(project: Project, id: string, direction: MoveDirection): Project {
  return withAuthors(project, moveItem(project.assignment.authors, id, direction));
}

/** Sets the accent colour when `value` is a valid colour (stored as lower-case #rrggbb); otherwise no change. */
export function setAccentColor(project: Project, value: string): Project {
  const color = parseHexColor(value);
  const { branding } = project.assignment;
  if (color === null || color === branding.accentColor) return project;
  return withAssignment(project, { ...project.assignment, branding: { ...branding, accentColor: color } });
}

export function setLogo(project: Project, logo: Logo | null): Project {
  const { branding } = project.assignment;
  if (logo === null && branding.logo === null) return project;
  return withAssignment(project, { ...project.assignment, branding: { ...branding, logo } });
}
