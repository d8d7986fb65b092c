// Reads a .drijfveer file from disk, defensively: what it is and how big it is
// are checked with stat before a single byte is read (a 2 GB video or a FIFO
// picked by mistake must not be slurped into memory or block the app), then the
// bytes are decoded, parsed, migrated and validated by the pure project-file code.

import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { decodeProjectBytes } from '../../shared/project-file/decode';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/project-file/limits';
import { loadProjectText, type LoadedProject } from '../../shared/project-file/load';
import { realFs, type FsLike } from './fs-like';
import { toReadError } from './fs-errors';

/** What a file looked like when we last read or wrote it; used to notice changes by others. */
export interface DiskFingerprint {
  size: number;
  mtimeMs: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

const toMb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function tooLarge(size: number): AppError {
  return new AppError('FILE_TOO_LARGE', { sizeMb: toMb(size), limitMb: toMb(MAX_PROJECT_FILE_BYTES) });
}

/**
 * The raw bytes of a project file with its fingerprint, after the size and
 * type checks. Throws FILE_NOT_FOUND, FILE_IS_DIRECTORY, FILE_TOO_LARGE,
 * FILE_PERMISSION_DENIED or FILE_READ_FAILED.
 */
export async function readProjectBytes(
  path: string,
  fs: FsLike = realFs,
): Promise<{ bytes: Uint8Array; fingerprint: DiskFingerprint }> {
  const fileName = basename(path);
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw new AppError('FILE_IS_DIRECTORY', { fileName });
    if (!info.isFile()) throw new AppError('FILE_READ_FAILED', { fileName, reason: 'not a regular file' });
    if (info.size > MAX_PROJECT_FILE_BYTES) throw tooLarge(info.size);

    const handle = await fs.open(path, 'r');
    try {
      // Check again on the open handle: the file may have been swapped since the stat.
      const opened = await handle.stat();
      if (!opened.isFile()) throw new AppError('FILE_READ_FAILED', { fileName, reason: 'not a regular file' });
      if (opened.size > MAX_PROJECT_FILE_BYTES) throw tooLarge(opened.size);
      const bytes = await readUpTo(handle, opened.size, MAX_PROJECT_FILE_BYTES + 1);
      if (bytes.length > MAX_PROJECT_FILE_BYTES) throw tooLarge(bytes.length);
      return { bytes, fingerprint: { size: bytes.length, mtimeMs: opened.mtimeMs, sha256: sha256Hex(bytes) } };
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (error) {
    throw toReadError(error, path);
  }
}

/** Reads until end of file but never more than `limit` bytes, whatever stat said. */
async function readUpTo(
  handle: Awaited<ReturnType<FsLike['open']>>,
  expected: number,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(Math.max(expected - total, 64 * 1024), limit - total);
    if (want <= 0) break;
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Reads, decodes, migrates and validates a project file. Every failure is an AppError. */
export async function readProjectFile(
  path: string,
  fs: FsLike = realFs,
): Promise<{ loaded: LoadedProject; fingerprint: DiskFingerprint }> {
  const { bytes, fingerprint } = await readProjectBytes(path, fs);
  try {
    return { loaded: loadProjectText(decodeProjectBytes(bytes)), fingerprint };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A loader bug must still reach the user as a coded error, not a crash.
    throw new AppError('FILE_READ_FAILED', { fileName: basename(path), reason: String(error).slice(0, 120) }, { cause: error });
  }
}
