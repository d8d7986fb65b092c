// Comment edits go through the document like any other edit (undoable), and
// are the one kind of edit a review copy or a delivered file accepts.

import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import type { DocumentInfo, ReadOnlyReason } from '../../../src/shared/ipc';
import { addComment } from '../../../src/shared/review/comments';
import { canComment, canSave, documentReducer, isDirty, type DocumentState } from '../../../src/renderer/state/document-reducer';
import { commandForKey } from '../../../src/renderer/state/commands';

const doc = (readOnly: ReadOnlyReason | null): DocumentInfo => ({
  docId: 'd1', path: '/x/a.drijfveer', fileName: 'a.drijfveer', readOnly, fileFormatVersion: 2, migratedFrom: null,
});

function open(readOnly: ReadOnlyReason | null, project?: Project): DocumentState {
  return documentReducer(null, { type: 'opened', opened: { doc: doc(readOnly), project: project ?? createEmptyProject('nl', new Date(0)) } })!;
}

const comment = (id: string) => (p: Project) =>
  addComment(p, { id, target: { kind: 'section', stepId: 'context', itemId: null, quote: '' }, author: { name: 'A', role: '' }, body: id, now: new Date(1000) }).project;
const setTitle = (title: string) => (p: Project): Project => ({ ...p, assignment: { ...p.assignment, title } });

describe('comment edits', () => {
  it('are undoable edits, each its own undo step', () => {
    let s = open(null);
    s = documentReducer(s, { type: 'edit', recipe: comment('c1'), label: 'review.add:c1', at: 0, scope: 'comments' })!;
    s = documentReducer(s, { type: 'edit', recipe: comment('c2'), label: 'review.add:c2', at: 10, scope: 'comments' })!;
    expect(s.project.review.comments.map((c) => c.body)).toEqual(['c1', 'c2']);
    s = documentReducer(s, { type: 'undo' })!;
    expect(s.project.review.comments.map((c) => c.body)).toEqual(['c1']);
    s = documentReducer(s, { type: 'undo' })!;
    expect(s.project.review.comments).toEqual([]);
    expect(isDirty(s)).toBe(false);
  });

  it('are accepted in review copies and delivered files, which become savable only once changed', () => {
    for (const reason of ['review-copy', 'delivered'] as const) {
      let s = open(reason);
      expect(canComment(s)).toBe(true);
      expect(canSave(s)).toBe(false);
      s = documentReducer(s, { type: 'edit', recipe: comment('c1'), label: 'review.add:c1', at: 0, scope: 'comments' })!;
      expect(s.project.review.comments).toHaveLength(1);
      expect(canSave(s)).toBe(true);
      // A content edit is still refused there.
      const refused = documentReducer(s, { type: 'edit', recipe: setTitle('x'), label: 'Titel', at: 5000 })!;
      expect(refused).toBe(s);
    }
  });

  it('in a read-only document, change nothing but the comments, even if the recipe tries', () => {
    const base = createEmptyProject('nl', new Date(0));
    const copy = { sourceProjectId: 'p0', createdAt: '', reviewerNote: 'graag vóór vrijdag' };
    const s = open('review-copy', { ...base, review: { ...base.review, copy } });
    const sneaky = (p: Project) => setTitle('gewijzigd')({ ...comment('c1')(p), review: { ...comment('c1')(p).review, copy: null } });
    const next = documentReducer(s, { type: 'edit', recipe: sneaky, label: 'review.add:c1', at: 0, scope: 'comments' })!;
    expect(next.project.assignment.title).toBe('');
    expect(next.project.review.copy).toEqual(copy);
    expect(next.project.review.comments).toHaveLength(1);
  });

  it('are refused in a file from a newer Drijfveer', () => {
    const s = open('newer-version');
    expect(canComment(s)).toBe(false);
    const next = documentReducer(s, { type: 'edit', recipe: comment('c1'), label: 'review.add:c1', at: 0, scope: 'comments' });
    expect(next).toBe(s);
    expect(canSave(next)).toBe(false);
  });
});

describe('the comments shortcut', () => {
  const key = { key: 'm', code: 'KeyM', ctrlKey: false, metaKey: false, shiftKey: false, altKey: true };
  it('Ctrl/Cmd+Alt+M toggles the panel in the browser host; the menu owns it in Electron', () => {
    expect(commandForKey({ ...key, ctrlKey: true }, 'web')).toEqual({ kind: 'menu', command: 'toggle-comments' });
    expect(commandForKey({ ...key, key: 'µ', metaKey: true }, 'web')).toEqual({ kind: 'menu', command: 'toggle-comments' });
    expect(commandForKey({ ...key, ctrlKey: true }, 'electron')).toBeNull();
    expect(commandForKey({ ...key, ctrlKey: true, shiftKey: true }, 'web')).toBeNull();
    expect(commandForKey({ ...key, code: 'KeyS', key: 's', ctrlKey: true }, 'web')).toBeNull();
  });
});
