// The file-system calls the store makes, as one injectable object. Production
// code passes Node's own `fs/promises`; tests wrap it to make a chosen step fail
// with EACCES, ENOSPC or EIO, which a root user cannot provoke with chmod.

import * as nodeFs from 'node:fs/promises';

export type FsLike = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'unlink' | 'link' | 'copyFile' | 'stat' | 'readFile' | 'readdir' | 'mkdir' | 'realpath'
>;

export const realFs: FsLike = nodeFs;

/** The `code` of a Node system error (ENOENT, EACCES, …), or undefined. */
export function errnoCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
