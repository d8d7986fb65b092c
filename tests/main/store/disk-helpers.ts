// Test helpers for real temporary folders: make one, fingerprint a file's bytes,
// and list what a folder holds (to prove a failed operation left nothing behind).

import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder under the OS temp dir (or `parent`), removed after the current test. */
export async function tempDir(prefix = 'drijfveer-store-', parent = tmpdir()): Promise<string> {
  const dir = await mkdtemp(join(parent, prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function sha256Of(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
