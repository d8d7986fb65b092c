import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import {
  addAuthor,
  moveAuthor,
  removeAuthor,
  setAccentColor,
  setAssignmentField,
  setClientField,
  setConsultancyOrganisation,
  setLogo,
  updateAuthor,
} from '../../../../src/renderer/steps/assignment/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));

/** Runs a recipe on a frozen project: any mutation would throw. */
function apply(project: Project, recipe: (p: Project) => Project): Project {
  return recipe(deepFreeze(structuredClone(project)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('assignment recipes', () => {
  it('sets a scalar field in a new project and shares the untouched parts', () => {
    const before = base();
    const after = setAssignmentField(before, 'title', 'Samen voor de voorschool');
    expect(after.assignment.title).toBe('Samen voor de voorschool');
    expect(before.assignment.title).toBe('');
    expect(after.context).toBe(before.context);
    expect(after.assignment.branding).toBe(before.assignment.branding);
  });

  it('never mutates the project it is given', () => {
    const after = apply(base(), (p) => setAssignmentField(setClientField(p, 'municipality', 'Zwolle'), 'status', 'in-review'));
    expect(after.assignment.client.municipality).toBe('Zwolle');
    expect(after.assignment.status).toBe('in-review');
  });

  it('returns the same project when the value does not change', () => {
    const before = base();
    expect(setAssignmentField(before, 'title', '')).toBe(before);
    expect(setClientField(before, 'department', '')).toBe(before);
    expect(setConsultancyOrganisation(before, '')).toBe(before);
    expect(setLogo(before, null)).toBe(before);
  });

  it('sets client and consultancy fields', () => {
    const after = setConsultancyOrganisation(setClientField(base(), 'department', 'Sociaal Domein'), 'Bureau Drijfveer');
    expect(after.assignment.client).toEqual({ municipality: '', department: 'Sociaal Domein' });
    expect(after.assignment.consultancy.organisation).toBe('Bureau Drijfveer');
  });

  it('adds, edits, moves and removes authors by id', () => {
    let p = apply(base(), (x) => addAuthor(x, { name: 'A. de Vries' }, 'a1'));
    p = addAuthor(p, {}, 'a2');
    p = updateAuthor(p, 'a2', 'role', 'onderzoeker');
    expect(p.assignment.authors).toEqual([
      { id: 'a1', name: 'A. de Vries', role: '' },
      { id: 'a2', name: '', role: 'onderzoeker' },
    ]);
    p = moveAuthor(p, 'a2', 'up');
    expect(p.assignment.authors.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(moveAuthor(p, 'a2', 'up')).toBe(p);
    p = removeAuthor(p, 'a2');
    expect(p.assignment.authors.map((a) => a.id)).toEqual(['a1']);
    expect(removeAuthor(p, 'nope')).toBe(p);
  });

  it('gives new authors a fresh id when none is passed', () => {
    const p = addAuthor(addAuthor(base()));
    const [first, second] = p.assignment.authors;
    expect(first.id).not.toBe('');
    expect(first.id).not.toBe(second.id);
  });

  it('stores a valid accent colour as lower-case #rrggbb and ignores an invalid one', () => {
    const before = base();
    expect(setAccentColor(before, '#A0B1C2').assignment.branding.accentColor).toBe('#a0b1c2');
    expect(setAccentColor(before, 'a0b1c2').assignment.branding.accentColor).toBe('#a0b1c2');
    expect(setAccentColor(before, '#abc')).toBe(before);
    expect(setAccentColor(before, 'red')).toBe(before);
  });

  it('sets and removes the logo', () => {
    const logo = { fileName: 'logo.png', mediaType: 'image/png' as const, dataBase64: 'iVBORw0KGgo=' };
    const withLogo = setLogo(base(), logo);
    expect(withLogo.assignment.branding.logo).toEqual(logo);
    expect(setLogo(withLogo, null).assignment.branding.logo).toBeNull();
  });
});
