import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { Project } from '../../../src/shared/model/project';
import type { Comment } from '../../../src/shared/model/review';
import { CURRENT_FORMAT_VERSION } from '../../../src/shared/project-file/envelope';
import { serializeProject } from '../../../src/shared/project-file/serialize';
import { createProjectStore } from '../../../src/main/store/project-store';
import { backupPathFor } from '../../../src/main/store/atomic-write';
import { listing, sha256Of, tempDir } from './disk-helpers';
import { faultyFs } from './faulty-fs';

const clock = () => {
  let t = Date.UTC(2026, 2, 1, 8, 0, 0);
  return () => new Date((t += 60_000));
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected a failure');
}

const titled = (project: Project, title: string): Project => ({ ...project, assignment: { ...project.assignment, title } });

describe('project store', () => {
  it('create → saveAs → open → save → external edit → FILE_CHANGED_ON_DISK → overwrite', async () => {
    const dir = await tempDir();
    const file = join(dir, 'gemeente.drijfveer');
    const store = createProjectStore({ appVersion: '0.1.0-test', now: clock() });

    const created = store.create('nl');
    expect(created.doc.path).toBeNull();
    expect(created.project.assignment.reportLanguage).toBe('nl');

    const first = await store.saveAs(created.doc.docId, titled(created.project, 'Eerste versie'), file);
    expect(first.doc.path).toBe(file);
    expect(first.doc.fileName).toBe('gemeente.drijfveer');
    expect(first.bytes).toBe((await readFile(file)).length);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({ format: 'drijfveer', version: CURRENT_FORMAT_VERSION, savedWith: '0.1.0-test' });
    expect(onDisk.project.updatedAt).toBe(first.savedAt);

    const reopened = createProjectStore({ appVersion: '0.1.0-test', now: clock() });
    const opened = await reopened.open(file);
    expect(opened.project.assignment.title).toBe('Eerste versie');
    expect(opened.project.id).toBe(created.project.id);
    expect(opened.doc.readOnly).toBeNull();

    await reopened.save(opened.doc.docId, titled(opened.project, 'Tweede versie'));
    expect(JSON.parse(await readFile(file, 'utf8')).project.assignment.title).toBe('Tweede versie');
    expect(JSON.parse(await readFile(backupPathFor(file), 'utf8')).project.assignment.title).toBe('Eerste versie');

    // Someone else (a sync client, a colleague) writes the file meanwhile.
    const theirs = serializeProject(titled(opened.project, 'Versie van collega'), 'other');
    await writeFile(file, theirs);
    expect(await codeOf(reopened.save(opened.doc.docId, titled(opened.project, 'Mijn derde versie')))).toBe('FILE_CHANGED_ON_DISK');
    expect(await readFile(file, 'utf8')).toBe(theirs);

    await reopened.save(opened.doc.docId, titled(opened.project, 'Mijn derde versie'), { overwriteExternalChanges: true });
    expect(JSON.parse(await readFile(file, 'utf8')).project.assignment.title).toBe('Mijn derde versie');
    expect(await readFile(backupPathFor(file), 'utf8')).toBe(theirs);
    // After our own save the fingerprint is ours again: the next save needs no override.
    await reopened.save(opened.doc.docId, titled(opened.project, 'Vierde'));
    expect(await listing(dir)).toEqual(['gemeente.drijfveer', 'gemeente.drijfveer.bak']);
  });

  it('notices an external change of the same size (same bytes count, other content)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('en');
    await store.saveAs(doc.docId, titled(project, 'AAAA'), file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"AAAA"', '"BBBB"'));
    expect(await codeOf(store.save(doc.docId, project))).toBe('FILE_CHANGED_ON_DISK');
  });

  it('saves again when the file was deleted meanwhile (nothing to lose)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('nl');
    await store.saveAs(doc.docId, project, file);
    await (await import('node:fs/promises')).unlink(file);
    await store.save(doc.docId, titled(project, 'terug'));
    expect(JSON.parse(await readFile(file, 'utf8')).project.assignment.title).toBe('terug');
  });

  it('refuses to save a file from a newer version; its bytes stay unchanged', async () => {
    const dir = await tempDir();
    const file = join(dir, 'nieuwer.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    const envelope = JSON.parse(serializeProject(project, '9.0.0'));
    envelope.version = CURRENT_FORMAT_VERSION + 1;
    envelope.project.futureField = { from: 'the future' };
    await writeFile(file, JSON.stringify(envelope));
    const sha = await sha256Of(file);

    const opened = await store.open(file);
    expect(opened.doc.readOnly).toBe('newer-version');
    expect(opened.doc.fileFormatVersion).toBe(CURRENT_FORMAT_VERSION + 1);
    expect(await codeOf(store.save(opened.doc.docId, opened.project))).toBe('FILE_READ_ONLY');
    expect(await codeOf(store.save(opened.doc.docId, opened.project, { overwriteExternalChanges: true }))).toBe('FILE_READ_ONLY');
    expect(await codeOf(store.saveAs(opened.doc.docId, opened.project, join(dir, 'kopie.drijfveer')))).toBe('FILE_READ_ONLY');
    expect(await sha256Of(file)).toBe(sha);
    expect(await listing(dir)).toEqual(['nieuwer.drijfveer']);
  });

  it('a delivered project is read-only for content but may be saved with comments, or saved as a copy', async () => {
    const dir = await tempDir();
    const file = join(dir, 'opgeleverd.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    const delivered = {
      ...project,
      delivery: { deliveredAt: '2026-03-01T10:00:00.000Z', deliveredBy: 'S. de Vries', fingerprint: { algorithm: 'sha-256', value: 'ab'.repeat(32) }, pseudonymised: true },
    } as Project;
    await writeFile(file, serializeProject(delivered, '1'));
    const sha = await sha256Of(file);
    const opened = await store.open(file);
    expect(opened.doc.readOnly).toBe('delivered');
    expect(await codeOf(store.save(opened.doc.docId, titled(opened.project, 'Anders')))).toBe('FILE_READ_ONLY');
    const unmarked = { ...opened.project, review: { ...opened.project.review, copy: { sourceProjectId: 'x', createdAt: '', reviewerNote: '' } } };
    expect(await codeOf(store.save(opened.doc.docId, unmarked))).toBe('FILE_READ_ONLY');
    expect(await sha256Of(file)).toBe(sha);
    const comment: Comment = {
      id: 'c1', target: { kind: 'section', stepId: 'context', itemId: null, quote: '' }, author: { name: 'Gemeente', role: 'beleid' },
      createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z', body: 'Klopt dit?', status: 'open',
      resolvedAt: '', resolvedBy: '', statusChangedAt: '', replies: [],
    };
    const commented: Project = { ...opened.project, review: { ...opened.project.review, comments: [comment] } };
    await store.save(opened.doc.docId, commented);
    const reread = await store.open(file);
    expect(reread.doc.readOnly).toBe('delivered');
    expect(reread.project.review.comments.map((c) => c.body)).toEqual(['Klopt dit?']);
    expect(reread.project.delivery).toEqual(delivered.delivery);
    const copy = await store.saveAs(opened.doc.docId, opened.project, join(dir, 'kopie.drijfveer'));
    expect(copy.doc.path).toBe(join(dir, 'kopie.drijfveer'));
  });

  it('openCopy loads the project without a path; save then needs saveAs', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    await writeFile(file, serializeProject(titled(project, 'Voorbeeld'), '1'));
    const sha = await sha256Of(file);
    const copy = await store.openCopy(file);
    expect(copy.doc.path).toBeNull();
    expect(copy.doc.fileName).toBeNull();
    expect(copy.project.assignment.title).toBe('Voorbeeld');
    const failure = await store.save(copy.doc.docId, copy.project).catch((e: AppError) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('WRITE_FAILED');
    expect((failure as AppError).params.reason).toBe('no path');
    expect(await sha256Of(file)).toBe(sha);
  });

  it('opening the same path twice gives the same docId with the refreshed content', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    await writeFile(file, serializeProject(titled(project, 'een'), '1'));
    const a = await store.open(file);
    await writeFile(file, serializeProject(titled(project, 'twee'), '1'));
    const b = await store.open(join(dir, '.', 'p.drijfveer'));
    expect(b.doc.docId).toBe(a.doc.docId);
    expect(b.project.assignment.title).toBe('twee');
    // The refresh also took the new fingerprint, so saving is not refused.
    await store.save(b.doc.docId, titled(b.project, 'drie'));
    expect(JSON.parse(await readFile(file, 'utf8')).project.assignment.title).toBe('drie');
  });

  it('info and save of an unknown or closed document give DOCUMENT_NOT_OPEN', async () => {
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('en');
    expect(store.info(doc.docId).docId).toBe(doc.docId);
    store.close(doc.docId);
    expect(() => store.info(doc.docId)).toThrowError(expect.objectContaining({ code: 'DOCUMENT_NOT_OPEN' }));
    expect(await codeOf(store.save(doc.docId, project))).toBe('DOCUMENT_NOT_OPEN');
  });

  it('keeps unknown envelope fields of the file it saves over', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    const envelope = { ...JSON.parse(serializeProject(project, '1')), signature: { by: 'other tool' } };
    await writeFile(file, JSON.stringify(envelope));
    const opened = await store.open(file);
    await store.save(opened.doc.docId, opened.project);
    expect(JSON.parse(await readFile(file, 'utf8')).signature).toEqual({ by: 'other tool' });
  });

  it('reports migration: a format-1 file opens with migratedFrom 1 and saves at the current version', async () => {
    const dir = await tempDir();
    const file = join(dir, 'oud.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { project } = store.create('nl');
    const old = JSON.parse(serializeProject(project, '0.0.1'));
    // Format 1 kept narrative fields as plain strings and the status in Dutch.
    old.version = 1;
    old.project.context.background = 'Achtergrond als platte tekst';
    old.project.assignment.status = 'concept';
    await writeFile(file, JSON.stringify(old));
    const opened = await store.open(file);
    expect(opened.doc.migratedFrom).toBe(1);
    expect(JSON.stringify(opened.project.context.background)).toContain('Achtergrond als platte tekst');
    expect(opened.doc.fileFormatVersion).toBe(1);
    const saved = await store.save(opened.doc.docId, opened.project);
    expect(saved.doc.fileFormatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(saved.doc.migratedFrom).toBeNull();
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(CURRENT_FORMAT_VERSION);
  });

  it('a save that fails (ENOSPC, EACCES) leaves the file untouched and the next save works', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('nl');
    await store.saveAs(doc.docId, titled(project, 'v1'), file);
    await store.save(doc.docId, titled(project, 'bewaard'));
    for (const [errno, code] of [['ENOSPC', 'DISK_FULL'], ['EACCES', 'FILE_PERMISSION_DENIED'], ['EIO', 'WRITE_FAILED']]) {
      const fs = faultyFs({ step: 'write', code: errno });
      const failing = createProjectStore({ appVersion: '1', fs });
      const opened = await failing.open(file);
      const sha = await sha256Of(file);
      expect(await codeOf(failing.save(opened.doc.docId, titled(opened.project, 'verloren')))).toBe(code);
      expect(await sha256Of(file)).toBe(sha);
      expect(await listing(dir)).toEqual(['p.drijfveer', 'p.drijfveer.bak']);
      // The failed attempt did not move the fingerprint: once the disk is fine, saving is not refused as an external change.
      fs.heal();
      await failing.save(opened.doc.docId, titled(opened.project, `na ${errno}`));
      expect(JSON.parse(await readFile(file, 'utf8')).project.assignment.title).toBe(`na ${errno}`);
    }
  });
});
