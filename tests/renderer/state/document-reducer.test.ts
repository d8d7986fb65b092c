import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import type { DocumentInfo, OpenedProject, ReadOnlyReason } from '../../../src/shared/ipc';
import {
  canSave,
  canSaveAs,
  documentReducer,
  documentTitle,
  isDirty,
  saveStatus,
  type DocumentState,
} from '../../../src/renderer/state/document-reducer';

const doc = (over: Partial<DocumentInfo> = {}): DocumentInfo => ({
  docId: 'd1',
  path: null,
  fileName: null,
  readOnly: null,
  fileFormatVersion: 1,
  migratedFrom: null,
  ...over,
});
const opened = (over: Partial<DocumentInfo> = {}): OpenedProject => ({
  doc: doc(over),
  project: createEmptyProject('nl', new Date('2026-01-01T00:00:00Z')),
});
const setTitle = (title: string) => (p: Project): Project => ({ ...p, assignment: { ...p.assignment, title } });

function open(over: Partial<DocumentInfo> = {}): DocumentState {
  return documentReducer(null, { type: 'opened', opened: opened(over) })!;
}

describe('documentReducer', () => {
  it('a freshly opened file is clean and saved; a new project without a file is clean but "new"', () => {
    const s = open({ path: '/x/a.drijfveer', fileName: 'a.drijfveer' });
    expect(isDirty(s)).toBe(false);
    expect(saveStatus(s)).toBe('saved');
    expect(saveStatus(open())).toBe('new');
  });

  it('an edit applies the recipe, makes the document dirty and can be undone to clean', () => {
    let s = open({ path: '/x/a.drijfveer', fileName: 'a.drijfveer' });
    s = documentReducer(s, { type: 'edit', recipe: setTitle('Voorschool'), label: 'Titel', at: 0 })!;
    expect(s.project.assignment.title).toBe('Voorschool');
    expect(isDirty(s)).toBe(true);
    expect(saveStatus(s)).toBe('unsaved');
    s = documentReducer(s, { type: 'undo' })!;
    expect(s.project.assignment.title).toBe('');
    expect(isDirty(s)).toBe(false);
    expect(saveStatus(s)).toBe('saved');
    s = documentReducer(s, { type: 'redo' })!;
    expect(s.project.assignment.title).toBe('Voorschool');
  });

  it('typing in one field within a second is one undo step', () => {
    let s = open();
    for (const [i, text] of ['V', 'Vo', 'Voo', 'Voor'].entries()) {
      s = documentReducer(s, { type: 'edit', recipe: setTitle(text), label: 'Titel', at: i * 300 })!;
    }
    s = documentReducer(s, { type: 'undo' })!;
    expect(s.project.assignment.title).toBe('');
  });

  it('a recipe that returns the same project records nothing', () => {
    const s = open();
    const next = documentReducer(s, { type: 'edit', recipe: (p) => p, label: 'x', at: 0 });
    expect(next).toBe(s);
  });

  it('read-only documents ignore edits and cannot be saved; newer-version cannot be saved as', () => {
    for (const reason of ['delivered', 'review-copy', 'newer-version'] as ReadOnlyReason[]) {
      const s = open({ readOnly: reason });
      const next = documentReducer(s, { type: 'edit', recipe: setTitle('x'), label: 'Titel', at: 0 })!;
      expect(next.project.assignment.title).toBe('');
      expect(canSave(next)).toBe(false);
      expect(canSaveAs(next)).toBe(reason !== 'newer-version');
    }
  });

  it('a save marks only the written snapshot as saved, even when editing continued meanwhile', () => {
    let s = open({ path: '/x/a.drijfveer', fileName: 'a.drijfveer' });
    s = documentReducer(s, { type: 'edit', recipe: setTitle('A'), label: 'Titel', at: 0 })!;
    const written = s.project;
    s = documentReducer(s, { type: 'save-started' })!;
    expect(saveStatus(s)).toBe('saving');
    s = documentReducer(s, { type: 'edit', recipe: setTitle('AB'), label: 'Titel', at: 100 })!;
    s = documentReducer(s, {
      type: 'save-succeeded',
      project: written,
      outcome: { doc: s.doc, savedAt: '2026-01-01T10:00:00.000Z', bytes: 10 },
    })!;
    expect(isDirty(s)).toBe(true);
    expect(s.savedAt).toBe('2026-01-01T10:00:00.000Z');
    s = documentReducer(s, { type: 'undo' })!;
    // Coalescing was closed by the save, so undo goes back to the saved "A".
    expect(s.project.assignment.title).toBe('A');
    expect(isDirty(s)).toBe(false);
  });

  it('a failed save keeps the document dirty and reports the error code', () => {
    let s = open({ path: '/x/a.drijfveer' });
    s = documentReducer(s, { type: 'edit', recipe: setTitle('A'), label: 'Titel', at: 0 })!;
    s = documentReducer(s, { type: 'save-started' })!;
    s = documentReducer(s, { type: 'save-failed', error: { code: 'DISK_FULL', params: {} } })!;
    expect(saveStatus(s)).toBe('error');
    expect(s.saveError?.code).toBe('DISK_FULL');
    expect(isDirty(s)).toBe(true);
  });

  it('a restored recovery copy opens as unsaved', () => {
    const s = documentReducer(null, { type: 'opened', opened: opened(), unsaved: true })!;
    expect(isDirty(s)).toBe(true);
  });

  it('the title is the project title, else the file name, else null', () => {
    let s = open({ fileName: 'plan.drijfveer' });
    expect(documentTitle(s)).toBe('plan.drijfveer');
    s = documentReducer(s, { type: 'edit', recipe: setTitle('  Ouders  '), label: 'Titel', at: 0 })!;
    expect(documentTitle(s)).toBe('Ouders');
    expect(documentTitle(open())).toBeNull();
  });

  it('closing clears the document; actions without a document are ignored', () => {
    const s = open();
    expect(documentReducer(s, { type: 'closed' })).toBeNull();
    expect(documentReducer(null, { type: 'undo' })).toBeNull();
  });
});
