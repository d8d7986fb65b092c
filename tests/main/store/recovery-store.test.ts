import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import { loadProjectText } from '../../../src/shared/project-file/load';
import { createRecoveryStore, RECOVERY_FOLDER } from '../../../src/main/store/recovery-store';
import { tempDir } from './disk-helpers';

const titled = (project: Project, title: string): Project => ({ ...project, assignment: { ...project.assignment, title } });

function clock() {
  let t = Date.UTC(2026, 3, 1, 12, 0, 0);
  return () => new Date((t += 1000));
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected a failure');
}

describe('recovery store', () => {
  it('writes, lists (newest first), reads back and discards copies', async () => {
    const dir = await tempDir();
    const store = createRecoveryStore(dir, { appVersion: '0.1.0', now: clock() });
    const a = titled(createEmptyProject('nl'), 'Project A');
    const b = titled(createEmptyProject('en'), 'Project B');
    await store.write('doc-a', '/ergens/a.drijfveer', a);
    await store.write('doc-b', null, b);

    const entries = await store.list();
    expect(entries.map((e) => [e.id, e.path, e.title])).toEqual([
      ['doc-b', null, 'Project B'],
      ['doc-a', '/ergens/a.drijfveer', 'Project A'],
    ]);
    expect(entries[0].savedAt > entries[1].savedAt).toBe(true);

    const back = await store.read('doc-a');
    expect(back.path).toBe('/ergens/a.drijfveer');
    expect(back.project).toEqual(a);

    await store.discard('doc-a');
    expect((await store.list()).map((e) => e.id)).toEqual(['doc-b']);
    expect(await codeOf(store.read('doc-a'))).toBe('RECOVERY_NOT_FOUND');
    await store.discard('doc-a'); // discarding twice is harmless
  });

  it('a newer write for the same document replaces the older copy', async () => {
    const dir = await tempDir();
    const store = createRecoveryStore(dir, { now: clock() });
    const p = createEmptyProject('nl');
    await store.write('doc-1', null, titled(p, 'eerst'));
    await store.write('doc-1', null, titled(p, 'later'));
    expect((await store.list()).map((e) => e.title)).toEqual(['later']);
    expect((await store.read('doc-1')).project.assignment.title).toBe('later');
    expect(await readdir(join(dir, RECOVERY_FOLDER))).toEqual(['doc-1.json']);
  });

  it('a recovery file is also a loadable project envelope, readable by this user only', async () => {
    const dir = await tempDir();
    const store = createRecoveryStore(dir);
    const p = titled(createEmptyProject('nl'), 'Met persoonsgegevens');
    await store.write('doc-9', null, p);
    const file = join(dir, RECOVERY_FOLDER, 'doc-9.json');
    expect(loadProjectText(await readFile(file, 'utf8')).project).toEqual(p);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('skips damaged and foreign files in the folder instead of failing the list', async () => {
    const dir = await tempDir();
    const store = createRecoveryStore(dir, { now: clock() });
    await store.write('good', null, titled(createEmptyProject('nl'), 'Goed'));
    const folder = join(dir, RECOVERY_FOLDER);
    await writeFile(join(folder, 'broken.json'), '{"recovery": {"id": "broken", "pa');
    await writeFile(join(folder, 'array.json'), '[1,2]');
    await writeFile(join(folder, 'liar.json'), JSON.stringify({ recovery: { id: 'good', path: null, title: 'x', savedAt: 'z' } }));
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    expect((await store.list()).map((e) => e.id)).toEqual(['good']);
    expect(await codeOf(store.read('broken'))).toBe('FILE_TRUNCATED');
    expect(await codeOf(store.read('array'))).toBe('FILE_NOT_PROJECT');
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createRecoveryStore(join(await tempDir(), 'fresh')).list()).toEqual([]);
  });

  it('never turns an id into a path outside its folder', async () => {
    const dir = await tempDir();
    const store = createRecoveryStore(join(dir, 'app'));
    await writeFile(join(dir, 'secret.json'), '{}');
    expect(await codeOf(store.read('../../secret'))).toBe('RECOVERY_NOT_FOUND');
    await store.discard('../secret');
    expect(await readFile(join(dir, 'secret.json'), 'utf8')).toBe('{}');
    expect(await codeOf(store.write('../x', null, createEmptyProject('nl')))).toBe('WRITE_FAILED');
    expect(await readdir(dir)).toEqual(['secret.json']);
  });
});
