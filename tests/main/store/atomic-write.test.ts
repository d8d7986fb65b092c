import { chmod, lstat, mkdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { backupPathFor, isTempNameFor, removeStaleTempFiles, writeFileAtomic } from '../../../src/main/store/atomic-write';
import { createProjectStore } from '../../../src/main/store/project-store';
import { faultyFs, writeSteps, type WriteStep } from './faulty-fs';
import { listing, sha256Of, tempDir } from './disk-helpers';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected the write to fail');
}

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the given text and no backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'project.drijfveer');
    await writeFileAtomic(target, 'één versie\n', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('één versie\n');
    expect(await listing(dir)).toEqual(['project.drijfveer']);
  });

  it('keeps the previous version as .bak on each write', async () => {
    const dir = await tempDir();
    const target = join(dir, 'p.drijfveer');
    await writeFileAtomic(target, 'v1');
    await writeFileAtomic(target, 'v2', { backup: true });
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('v1');
    await writeFileAtomic(target, new TextEncoder().encode('v3'), { backup: true });
    expect(await readFile(target, 'utf8')).toBe('v3');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('v2');
    expect(await listing(dir)).toEqual(['p.drijfveer', 'p.drijfveer.bak']);
  });

  it('does not touch .bak when backup is off', async () => {
    const dir = await tempDir();
    const target = join(dir, 'p.json');
    await writeFileAtomic(target, 'v1');
    await writeFileAtomic(target, 'v2');
    expect(await listing(dir)).toEqual(['p.json']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'private.drijfveer');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new', { backup: true });
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink: the link stays, the file it points to gets the new version', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'synced'));
    const real = join(dir, 'synced', 'p.drijfveer');
    await writeFile(real, 'v1');
    await symlink(real, join(dir, 'link.drijfveer'));
    await writeFileAtomic(join(dir, 'link.drijfveer'), 'v2', { backup: true });
    expect((await lstat(join(dir, 'link.drijfveer'))).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('v2');
    expect(await listing(join(dir, 'synced'))).toEqual(['p.drijfveer', 'p.drijfveer.bak']);
  });

  it('gives new files the requested mode', async () => {
    const dir = await tempDir();
    const target = join(dir, 'recovery.json');
    await writeFileAtomic(target, '{}', { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only target with FILE_PERMISSION_DENIED and leaves it as it was', async () => {
    const dir = await tempDir();
    const target = join(dir, 'locked.drijfveer');
    await writeFile(target, 'locked content');
    await chmod(target, 0o444);
    const before = await sha256Of(target);
    expect(await codeOf(writeFileAtomic(target, 'new', { backup: true }))).toBe('FILE_PERMISSION_DENIED');
    expect(await sha256Of(target)).toBe(before);
    expect(await listing(dir)).toEqual(['locked.drijfveer']);
  });

  it('refuses a directory as target with FILE_IS_DIRECTORY', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x.drijfveer'));
    expect(await codeOf(writeFileAtomic(join(dir, 'x.drijfveer'), 'data'))).toBe('FILE_IS_DIRECTORY');
    expect(await listing(dir)).toEqual(['x.drijfveer']);
  });

  it('reports a missing folder as WRITE_FAILED', async () => {
    const dir = await tempDir();
    const code = await codeOf(writeFileAtomic(join(dir, 'nope', 'p.drijfveer'), 'data'));
    expect(code).toBe('WRITE_FAILED');
    expect(await listing(dir)).toEqual([]);
  });

  it('20 parallel writes to one target use 20 temp names and end with one complete version', async () => {
    const dir = await tempDir();
    const target = join(dir, 'busy.drijfveer');
    await writeFileAtomic(target, JSON.stringify({ n: -1 }));
    const fs = faultyFs();
    const versions = Array.from({ length: 20 }, (_, n) => JSON.stringify({ n, pad: 'x'.repeat(50_000 + n) }));
    await Promise.all(versions.map((text) => writeFileAtomic(target, text, { backup: true, fs })));
    expect(new Set(fs.openedTemps).size).toBe(20);
    expect(versions).toContain(await readFile(target, 'utf8'));
    const bak = await readFile(backupPathFor(target), 'utf8');
    expect([JSON.stringify({ n: -1 }), ...versions]).toContain(bak);
    expect(await listing(dir)).toEqual(['busy.drijfveer', 'busy.drijfveer.bak']);
  });
});

describe('writeFileAtomic when a step fails', () => {
  const expected: Record<string, string> = { EACCES: 'FILE_PERMISSION_DENIED', ENOSPC: 'DISK_FULL', EIO: 'WRITE_FAILED' };
  const beforeRename = writeSteps.filter((s) => s !== 'fsync-dir');

  async function setUp() {
    const dir = await tempDir();
    const target = join(dir, 'report.drijfveer');
    await writeFile(target, '{"version":"old"}\n');
    await writeFile(backupPathFor(target), '{"version":"older"}\n');
    return { dir, target, sha: await sha256Of(target), names: await listing(dir) };
  }

  for (const step of beforeRename) {
    for (const errno of Object.keys(expected)) {
      it(`${errno} at "${step}" gives ${expected[errno]}, target byte-for-byte untouched, no temp file left`, async () => {
        const { dir, target, sha, names } = await setUp();
        const fs = faultyFs({ step: step as WriteStep, code: errno });
        const code = await codeOf(writeFileAtomic(target, '{"version":"new"}\n', { backup: true, fs }));
        expect(code).toBe(expected[errno]);
        expect(await sha256Of(target)).toBe(sha);
        expect(await listing(dir)).toEqual(names);
        expect((await listing(dir)).some((n) => isTempNameFor('report.drijfveer', n))).toBe(false);
        // The backup is either untouched or now a copy of the intact target: never partial.
        expect(['{"version":"older"}\n', '{"version":"old"}\n']).toContain(await readFile(backupPathFor(target), 'utf8'));
      });
    }
  }

  it('a failing folder fsync (EIO) is reported as WRITE_FAILED; the file is the complete new version', async () => {
    const { dir, target, names } = await setUp();
    const fs = faultyFs({ step: 'fsync-dir', code: 'EIO' });
    expect(await codeOf(writeFileAtomic(target, '{"version":"new"}\n', { backup: true, fs }))).toBe('WRITE_FAILED');
    expect(await readFile(target, 'utf8')).toBe('{"version":"new"}\n');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('{"version":"old"}\n');
    expect(await listing(dir)).toEqual(names);
  });

  it('a file system that cannot fsync folders (EINVAL) still saves', async () => {
    const { target } = await setUp();
    await writeFileAtomic(target, 'new', { backup: true, fs: faultyFs({ step: 'fsync-dir', code: 'EINVAL' }) });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('falls back to copying when hard links are not supported', async () => {
    const { target } = await setUp();
    const fs = faultyFs();
    fs.link = (async () => {
      throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
    }) as typeof fs.link;
    await writeFileAtomic(target, 'new', { backup: true, fs });
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('{"version":"old"}\n');
  });
});

describe('removeStaleTempFiles', () => {
  it('removes old temp files of the target and its backup, keeps young and unrelated ones', async () => {
    const dir = await tempDir();
    const target = join(dir, 'p.drijfveer');
    await writeFile(target, 'current');
    const old = new Date(Date.now() - 60 * 60_000);
    const stale = ['.p.drijfveer.4242-0123456789ab.tmp', '.p.drijfveer.bak.77-abcdefabcdef.tmp'];
    const keep = ['.p.drijfveer.99-fedcba987654.tmp', '.other.drijfveer.1-0123456789ab.tmp', '.p.drijfveer.notes.tmp'];
    for (const name of [...stale, ...keep]) await writeFile(join(dir, name), 'partial');
    for (const name of [...stale, keep[1], keep[2]]) await utimes(join(dir, name), old, old);

    expect(await removeStaleTempFiles(target)).toBe(2);
    expect(await listing(dir)).toEqual([...keep, 'p.drijfveer'].sort());
  });

  it('store.open clears stale temp files a crashed save left next to the project', async () => {
    const dir = await tempDir();
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('nl');
    const target = join(dir, 'p.drijfveer');
    await store.saveAs(doc.docId, project, target);
    const leftover = join(dir, '.p.drijfveer.4242-0123456789ab.tmp');
    await writeFile(leftover, '{"format":"drijf');
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(leftover, old, old);
    await store.open(target);
    expect(await listing(dir)).toEqual(['p.drijfveer']);
  });
});
