// Turns Node's system errors into AppErrors with stable codes, so the UI can tell
// "disk full" from "no permission" without reading error text. Anything already
// an AppError passes through unchanged.

import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { errnoCode } from './fs-like';

const permissionCodes = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A failure while writing `path`; the caller guarantees the old file is intact. */
export function toWriteError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const fileName = basename(path);
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL', { fileName }, { cause: error });
  if (code && permissionCodes.has(code)) return new AppError('FILE_PERMISSION_DENIED', { fileName }, { cause: error });
  if (code === 'EISDIR') return new AppError('FILE_IS_DIRECTORY', { fileName }, { cause: error });
  return new AppError('WRITE_FAILED', { fileName, reason: code ?? describe(error) }, { cause: error });
}

/** A failure while reading `path`. */
export function toReadError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const fileName = basename(path);
  const code = errnoCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('FILE_NOT_FOUND', { fileName }, { cause: error });
  if (code === 'EISDIR') return new AppError('FILE_IS_DIRECTORY', { fileName }, { cause: error });
  if (code && permissionCodes.has(code)) return new AppError('FILE_PERMISSION_DENIED', { fileName }, { cause: error });
  return new AppError('FILE_READ_FAILED', { fileName, reason: code ?? describe(error) }, { cause: error });
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 120);
}
