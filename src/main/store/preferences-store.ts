// Per-machine preferences (interface language, comment author) and the list of
// recently opened files, in `<dir>/preferences.json`. Kept out of project files
// on purpose: they describe this computer and this user, not the report.

import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { LanguageSchema, defaultLanguage } from '../../shared/language';
import type { Preferences, RecentFile } from '../../shared/ipc';
import { DurableJsonFile } from './durable-adapter';
import { realFs, type FsLike } from './fs-like';
import { createSerialQueue } from './serial-queue';

export const PREFERENCES_FILE = 'preferences.json';
export const MAX_RECENT_FILES = 10;

const AuthorSchema = z.looseObject({ name: z.string().max(200), role: z.string().max(200) });
const StoredRecentSchema = z.looseObject({
  path: z.string().min(1),
  title: z.string().catch(''),
  openedAt: z.string().catch(''),
});
type StoredRecent = z.infer<typeof StoredRecentSchema>;

// Loose: a newer Drijfveer may add settings this version does not know; they are
// kept. A field with a wrong value falls back to its default rather than losing
// the whole file.
const PreferencesFileSchema = z.looseObject({
  language: LanguageSchema.catch(defaultLanguage),
  author: AuthorSchema.nullable().catch(null),
  recentFiles: z.array(z.unknown()).catch([]),
});
type PreferencesFile = z.infer<typeof PreferencesFileSchema>;

const defaults = (): PreferencesFile => ({ language: defaultLanguage, author: null, recentFiles: [] });

export interface PreferencesStore {
  get(): Promise<Preferences>;
  update(patch: Partial<Preferences>): Promise<Preferences>;
  recentFiles(): Promise<RecentFile[]>;
  addRecent(path: string, title: string): Promise<void>;
  removeRecent(path: string): Promise<RecentFile[]>;
}

export interface PreferencesStoreOptions {
  fs?: FsLike;
  now?: () => Date;
}

export function createPreferencesStore(dir: string, options: PreferencesStoreOptions = {}): PreferencesStore {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const file = join(dir, PREFERENCES_FILE);
  const db = new Low<PreferencesFile>(new DurableJsonFile(file, { fs }), defaults());
  const serial = createSerialQueue();
  let loaded: Promise<void> | undefined;

  const load = async (): Promise<void> => {
    await fs.mkdir(dir, { recursive: true });
    try {
      await db.read();
      db.data = PreferencesFileSchema.parse(db.data ?? defaults());
    } catch (error) {
      db.data = defaults();
      // Unreadable (permissions, I/O): use defaults for now, leave the file alone.
      if (error instanceof AppError) return;
      // Not JSON, or not an object at all: keep it for inspection, start afresh.
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      await fs.rename(file, `${file}.corrupt-${stamp}`).catch(() => undefined);
    }
  };
  const ready = () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // try again next time, e.g. once the folder can be created
      throw error;
    }));

  const storedRecents = (): StoredRecent[] =>
    db.data.recentFiles.flatMap((item) => {
      const parsed = StoredRecentSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });

  const withExists = (items: StoredRecent[]): Promise<RecentFile[]> =>
    Promise.all(
      items.map(async (item) => ({
        path: item.path,
        fileName: basename(item.path),
        title: item.title,
        openedAt: item.openedAt,
        exists: await fs.stat(item.path).then((s) => s.isFile(), () => false),
      })),
    );

  const snapshot = (): Preferences => ({ language: db.data.language, author: db.data.author ? { ...db.data.author } : null });

  return {
    get: () => serial(async () => (await ready(), snapshot())),

    update: (patch) =>
      serial(async () => {
        await ready();
        if (patch.language !== undefined) db.data.language = LanguageSchema.parse(patch.language);
        if (patch.author !== undefined) db.data.author = patch.author === null ? null : AuthorSchema.parse(patch.author);
        await db.write();
        return snapshot();
      }),

    recentFiles: () => serial(async () => (await ready(), withExists(storedRecents()))),

    addRecent: (path, title) =>
      serial(async () => {
        await ready();
        const full = resolve(path);
        const rest = storedRecents().filter((item) => item.path !== full);
        const entry: StoredRecent = { path: full, title, openedAt: now().toISOString() };
        db.data.recentFiles = [entry, ...rest].slice(0, MAX_RECENT_FILES);
        await db.write();
      }),

    removeRecent: (path) =>
      serial(async () => {
        await ready();
        const full = resolve(path);
        db.data.recentFiles = storedRecents().filter((item) => item.path !== full);
        await db.write();
        return withExists(db.data.recentFiles as StoredRecent[]);
      }),
  };
}
