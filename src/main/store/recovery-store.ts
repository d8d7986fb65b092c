// Recovery copies: the renderer sends unsaved work every so often; after a crash
// the app offers it back. One file per open document, `<dir>/recovery/<docId>.json`:
// an ordinary project envelope (so it migrates and validates like a project file)
// with a `recovery` header in front saying where the work belongs.

import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { RecoveryEntry } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import { loadProjectText } from '../../shared/project-file/load';
import { serializeProject } from '../../shared/project-file/serialize';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, realFs, type FsLike } from './fs-like';
import { toReadError } from './fs-errors';

export const RECOVERY_FOLDER = 'recovery';

// docIds are randomUUIDs; anything else (slashes, dots) never becomes a path.
const RecoveryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

const RecoveryHeaderSchema = z.looseObject({
  id: RecoveryIdSchema,
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
});

export interface RecoveryStore {
  write(docId: string, path: string | null, project: Project): Promise<void>;
  list(): Promise<RecoveryEntry[]>;
  read(id: string): Promise<{ path: string | null; project: Project }>;
  discard(id: string): Promise<void>;
}

export interface RecoveryStoreOptions {
  appVersion?: string;
  now?: () => Date;
  fs?: FsLike;
}

export function createRecoveryStore(dir: string, options: RecoveryStoreOptions = {}): RecoveryStore {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const savedWith = options.appVersion ?? '';
  const folder = join(dir, RECOVERY_FOLDER);
  const fileFor = (id: string) => join(folder, `${id}.json`);

  const readText = async (id: string): Promise<string> => {
    if (!RecoveryIdSchema.safeParse(id).success) throw new AppError('RECOVERY_NOT_FOUND');
    try {
      return await fs.readFile(fileFor(id), 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw new AppError('RECOVERY_NOT_FOUND', {}, { cause: error });
      throw toReadError(error, fileFor(id));
    }
  };

  return {
    async write(docId, path, project) {
      if (!RecoveryIdSchema.safeParse(docId).success) throw new AppError('WRITE_FAILED', { reason: 'invalid recovery id' });
      const id = docId;
      const header = { id, path, title: project.assignment.title, savedAt: now().toISOString() };
      const envelope = serializeProject(project, savedWith);
      // Splice the header in front of the envelope's own keys instead of parsing
      // and re-serialising a possibly large project on every autosave.
      const text = `{"recovery":${JSON.stringify(header)},${envelope.trimStart().slice(1)}`;
      await fs.mkdir(folder, { recursive: true });
      // Recovery copies may hold interview data: readable by this user only.
      await writeFileAtomic(fileFor(id), text, { fs, mode: 0o600 });
    },

    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return [];
        throw toReadError(error, folder);
      }
      const entries = await Promise.all(
        names
          .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
          .map(async (name): Promise<RecoveryEntry | null> => {
            try {
              const parsed = JSON.parse(await fs.readFile(join(folder, name), 'utf8')) as { recovery?: unknown };
              const header = RecoveryHeaderSchema.parse(parsed.recovery);
              if (`${header.id}.json` !== name) return null;
              return { id: header.id, path: header.path, title: header.title, savedAt: header.savedAt };
            } catch {
              return null; // a damaged copy must not hide the others
            }
          }),
      );
      return entries
        .filter((entry): entry is RecoveryEntry => entry !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async read(id) {
      const text = await readText(id);
      let header: z.infer<typeof RecoveryHeaderSchema>;
      try {
        header = RecoveryHeaderSchema.parse((JSON.parse(text) as { recovery?: unknown }).recovery);
      } catch {
        // Fall through to the project loader, which names what is wrong (truncated, not JSON, …).
        loadProjectText(text);
        throw new AppError('FILE_NOT_PROJECT');
      }
      return { path: header.path, project: loadProjectText(text).project };
    },

    async discard(id) {
      if (!RecoveryIdSchema.safeParse(id).success) return;
      await fs.unlink(fileFor(id)).catch((error: unknown) => {
        if (errnoCode(error) !== 'ENOENT') throw toReadError(error, fileFor(id));
      });
    },
  };
}
