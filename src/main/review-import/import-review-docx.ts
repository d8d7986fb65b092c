// File → Review uit Word importeren…: the file side. Main shows the open
// dialog, reads the chosen .docx (size checked before a byte is read) and
// returns its comments; the renderer places them on the open project as one
// undoable edit, so unsaved work is taken into account and nothing is written here.

import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppApi } from '../../shared/ipc';
import { toReadError } from '../store/fs-errors';
import { DOCX_LIMITS, readDocxComments } from './docx-comments';

export interface ReviewImportDialogs {
  chooseProjectToOpen(): Promise<string | null>;
  chooseWordDocumentToOpen?(): Promise<string | null>;
}

export type ReviewImportApi = Pick<AppApi, 'importReviewDocx'>;

/** Reads the comments of the .docx at `path`; coded errors for every refusal. */
export async function readDocxCommentsFile(path: string) {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('FILE_IS_DIRECTORY', { fileName });
    if (info.size > DOCX_LIMITS.fileBytes) {
      throw new AppError('DOCX_TOO_LARGE', { part: fileName, limitMb: Math.round(DOCX_LIMITS.fileBytes / (1024 * 1024)) });
    }
    bytes = await readFile(path);
  } catch (error) {
    throw toReadError(error, path);
  }
  return readDocxComments(bytes, fileName);
}

export function createReviewImport(deps: { dialogs: ReviewImportDialogs }): ReviewImportApi {
  const { dialogs } = deps;
  return {
    async importReviewDocx() {
      const chosen = dialogs.chooseWordDocumentToOpen ? await dialogs.chooseWordDocumentToOpen() : await dialogs.chooseProjectToOpen();
      if (chosen === null) return null;
      return readDocxCommentsFile(resolve(chosen));
    },
  };
}
