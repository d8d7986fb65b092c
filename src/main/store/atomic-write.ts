// Writes a file so that, whatever happens (crash, power loss, full disk), the
// target holds either the complete old version or the complete new one:
// write a uniquely named temp file in the same folder, fsync it, keep the old
// version as `<file>.bak`, rename the temp file over the target, fsync the
// folder so the rename itself is on disk. lowdb's own writer (steno) does not
// fsync and uses one fixed temp name, so two writers can collide.

import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { errnoCode, realFs, type FsLike } from './fs-like';
import { toWriteError } from './fs-errors';

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<file>.bak` (default false). */
  backup?: boolean;
  /** Permission bits for a new file (existing files keep theirs). Default 0o666 minus umask. */
  mode?: number;
  fs?: FsLike;
}

export const backupPathFor = (path: string): string => `${path}.bak`;

/** A fresh hidden name next to `path`; the pid and random part keep concurrent writers apart. */
export function tempPathFor(path: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${unique}.tmp`);
}

/** True when `name` (a bare file name) is one of our temp files for `targetName`. */
export function isTempNameFor(targetName: string, name: string): boolean {
  return name.startsWith(`.${targetName}.`) && name.endsWith('.tmp');
}

// Folders cannot be fsynced on some platforms and file systems; they say so
// with one of these codes, and then the rename is as durable as it gets there.
const dirSyncUnsupported = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF', 'EISDIR']);

export async function writeFileAtomic(
  givenPath: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const fs = opts.fs ?? realFs;
  // Write through a symlink (a project linked into a synced folder) rather than
  // replacing the link itself with a plain file.
  const path = await fs.realpath(givenPath).catch(() => givenPath);
  const previous = await statIfExists(fs, path);
  if (previous?.isDirectory()) throw new AppError('FILE_IS_DIRECTORY', { fileName: basename(path) });
  // A file the user marked read-only is respected, even though the folder would
  // let us replace it (and root could write it anyway).
  if (previous && (previous.mode & 0o200) === 0) {
    throw new AppError('FILE_PERMISSION_DENIED', { fileName: basename(path) });
  }

  const temp = tempPathFor(path);
  const leftovers = [temp];
  let dirHandle: FileHandle | undefined;
  try {
    await writeAndSync(fs, temp, data, previous ? previous.mode & 0o777 : (opts.mode ?? 0o666));
    if (process.platform !== 'win32') dirHandle = await fs.open(dirname(path), 'r');
    if (opts.backup && previous) {
      const bakTemp = tempPathFor(backupPathFor(path));
      leftovers.push(bakTemp);
      await keepBackup(fs, path, bakTemp);
    }
    await fs.rename(temp, path);
    leftovers.length = 0;
  } catch (error) {
    await dirHandle?.close().catch(() => undefined);
    await Promise.all(leftovers.map((p) => fs.unlink(p).catch(() => undefined)));
    throw toWriteError(error, path);
  }
  if (dirHandle) await syncDirectory(dirHandle, path);
}

async function statIfExists(fs: FsLike, path: string) {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw toWriteError(error, path);
  }
}

async function writeAndSync(fs: FsLike, temp: string, data: string | Uint8Array, mode: number) {
  // 'wx': never reuse an existing file, so two writers can never share a temp file.
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Points `<file>.bak` at the version about to be replaced. A hard link costs no
 * copying and keeps the old bytes even after the rename; file systems without
 * hard links (FAT, some network shares) get a copy instead.
 */
async function keepBackup(fs: FsLike, path: string, bakTemp: string) {
  try {
    await fs.link(path, bakTemp);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return; // the old file vanished meanwhile: nothing to keep
    if (code === 'ENOSPC' || code === 'EIO') throw error;
    await fs.copyFile(path, bakTemp);
  }
  await fs.rename(bakTemp, backupPathFor(path));
  // POSIX rename does nothing when both names already point at the same file
  // (two concurrent saves linking the same old version), leaving the temp name.
  await fs.unlink(bakTemp).catch(() => undefined);
}

async function syncDirectory(dirHandle: FileHandle, path: string) {
  try {
    await dirHandle.sync();
  } catch (error) {
    const code = errnoCode(error);
    if (code && dirSyncUnsupported.has(code)) return;
    // The new version is already in place; only its durability is in doubt.
    throw new AppError('WRITE_FAILED', { fileName: basename(path), reason: `folder sync: ${code ?? 'unknown'}` }, { cause: error });
  } finally {
    await dirHandle.close().catch(() => undefined);
  }
}

/** Temp files left behind by a writer that was killed mid-save (`.<name>.<pid>-<hex>.tmp`). */
const tempNamePattern = /^\.(.+)\.\d+-[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files of `path` (and of its `.bak`) that a crashed save left
 * behind. They are hidden but may hold a copy of the project, personal data
 * included. Only files older than `olderThanMs` go, so a save still running in
 * another process is never disturbed. Best effort: errors are ignored.
 */
export async function removeStaleTempFiles(
  path: string,
  opts: { olderThanMs?: number; now?: () => Date; fs?: FsLike } = {},
): Promise<number> {
  const fs = opts.fs ?? realFs;
  const cutoff = (opts.now ?? (() => new Date()))().getTime() - (opts.olderThanMs ?? 10 * 60_000);
  const owners = new Set([basename(path), basename(backupPathFor(path))]);
  let removed = 0;
  const names = await fs.readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const owner = tempNamePattern.exec(name)?.[1];
    if (!owner || !owners.has(owner)) continue;
    const full = join(dirname(path), name);
    const info = await fs.stat(full).catch(() => undefined);
    if (!info?.isFile() || info.mtimeMs > cutoff) continue;
    if (await fs.unlink(full).then(() => true, () => false)) removed += 1;
  }
  return removed;
}
