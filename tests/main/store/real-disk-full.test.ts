// A real full disk, not an injected errno: a 256 kB tmpfs filled to the brim.
// Mounting needs root (or CAP_SYS_ADMIN), which CI containers here have; on a
// developer machine without it the test does not run and says so. The injected
// ENOSPC cases in atomic-write.test.ts cover every step on any machine.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { writeFileAtomic } from '../../../src/main/store/atomic-write';
import { createProjectStore } from '../../../src/main/store/project-store';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';
import { sha256Of } from './disk-helpers';

const mountPoint = mkdtempSync(join(tmpdir(), 'drijfveer-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  console.warn('[real-disk-full] cannot mount a tmpfs here (not root?); the real ENOSPC test does not run');
}

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the file system until it refuses more. */
async function fillUp(dir: string): Promise<void> {
  await writeFile(join(dir, 'filler'), Buffer.alloc(1024 * 1024)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOSPC') throw error;
  });
}

describe.runIf(mounted)('a really full disk (tmpfs of 256 kB)', () => {
  it('writeFileAtomic and store.save give DISK_FULL, leave the file intact and no temp file', async () => {
    const store = createProjectStore({ appVersion: '1' });
    const { doc, project } = store.create('nl');
    const file = join(mountPoint, 'vol.drijfveer');
    await store.saveAs(doc.docId, project, file);
    const sha = await sha256Of(file);
    await fillUp(mountPoint);
    const before = (await readdir(mountPoint)).sort();

    const direct = await writeFileAtomic(file, 'x'.repeat(100_000), { backup: true }).catch((e: unknown) => e);
    expect((direct as AppError).code).toBe('DISK_FULL');

    const big = { ...project, context: { ...project.context, background: richTextFromPlain('tekst '.repeat(20_000)) } };
    const saved = await store.save(doc.docId, big).catch((e: unknown) => e);
    expect(saved).toBeInstanceOf(AppError);
    expect((saved as AppError).code).toBe('DISK_FULL');

    expect(await sha256Of(file)).toBe(sha);
    expect((await readdir(mountPoint)).sort()).toEqual(before);

    // With room again, the same save succeeds and the file is still ours (no FILE_CHANGED_ON_DISK).
    await rm(join(mountPoint, 'filler'));
    await store.save(doc.docId, big);
    expect(JSON.parse(await readFile(file, 'utf8')).project.context.background.content.length).toBe(1);
  });
});
