// The open documents of this app session and their files. A docId is a session
// handle (not the project id): it remembers where the document lives on disk,
// whether it may be written, and what the file looked like when we last read or
// wrote it, so a save never silently overwrites changes made by someone else
// (another program, a sync service, a colleague on a shared drive).

import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { DocumentInfo, OpenedProject, ReadOnlyReason, SaveOutcome } from '../../shared/ipc';
import type { Language } from '../../shared/language';
import { createEmptyProject, type Project } from '../../shared/model/project';
import { CURRENT_FORMAT_VERSION } from '../../shared/project-file/envelope';
import { serializeProject } from '../../shared/project-file/serialize';
import { canonicalJson } from '../../shared/delivery/canonical-json';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { errnoCode, realFs, type FsLike } from './fs-like';
import { toReadError } from './fs-errors';
import { readProjectFile, sha256Hex, type DiskFingerprint } from './read-project-file';
import { createSerialQueue } from './serial-queue';

export interface ProjectStore {
  create(language: Language): OpenedProject;
  open(path: string): Promise<OpenedProject>;
  openCopy(path: string): Promise<OpenedProject>;
  save(docId: string, project: Project, opts?: { overwriteExternalChanges?: boolean }): Promise<SaveOutcome>;
  saveAs(docId: string, project: Project, path: string): Promise<SaveOutcome>;
  close(docId: string): void;
  info(docId: string): DocumentInfo;
}

export interface ProjectStoreOptions {
  /** Written into each file's envelope as `savedWith`. */
  appVersion: string;
  now?: () => Date;
  fs?: FsLike;
}

interface DocState {
  docId: string;
  path: string | null;
  /** The file as we last read or wrote it; null while the document has no file. */
  fingerprint: DiskFingerprint | null;
  readOnly: ReadOnlyReason | null;
  fileFormatVersion: number;
  migratedFrom: number | null;
  /** Envelope fields a newer or other tool wrote; written back unchanged. */
  envelopeExtras: Record<string, unknown>;
  /** For a review copy or delivered file: the hash of what a save must leave unchanged (see lockedContentHash). */
  lockedContent?: string;
}

/**
 * A review copy or a delivered file is read-only for content but open to
 * comments: a save may change `review` (except the review-copy marker) and the
 * save time, nothing else. This hash covers everything else.
 */
function lockedContentHash(project: Project): string {
  const { updatedAt: _updatedAt, review, ...content } = project;
  return sha256Hex(canonicalJson({ ...content, reviewCopy: review.copy }));
}

function lockFor(readOnly: ReadOnlyReason | null, project: Project): Pick<DocState, 'lockedContent'> {
  return readOnly === 'delivered' || readOnly === 'review-copy' ? { lockedContent: lockedContentHash(project) } : {};
}

export function createProjectStore(options: ProjectStoreOptions): ProjectStore {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const docs = new Map<string, DocState>();
  // Saves run one at a time: two quick saves of one document must reach the
  // disk in order, and each must see the fingerprint the previous one left.
  const serial = createSerialQueue();

  const infoOf = (doc: DocState): DocumentInfo => ({
    docId: doc.docId,
    path: doc.path,
    fileName: doc.path ? basename(doc.path) : null,
    readOnly: doc.readOnly,
    fileFormatVersion: doc.fileFormatVersion,
    migratedFrom: doc.migratedFrom,
  });

  const mustGet = (docId: string): DocState => {
    const doc = docs.get(docId);
    if (!doc) throw new AppError('DOCUMENT_NOT_OPEN');
    return doc;
  };

  const findByPath = (path: string) => [...docs.values()].find((doc) => doc.path === path);

  /** Throws FILE_CHANGED_ON_DISK when the file is no longer the one we last read or wrote. */
  const ensureUnchanged = async (doc: DocState, path: string): Promise<void> => {
    const expected = doc.fingerprint;
    let current: Uint8Array;
    try {
      const info = await fs.stat(path);
      if (!info.isFile()) return; // a folder now: the write reports it; there is no work to lose
      if (expected && info.size !== expected.size) throw changed(path);
      current = await fs.readFile(path);
    } catch (error) {
      // Deleted (or moved away) since: writing it anew loses nothing.
      if (errnoCode(error) === 'ENOENT') return;
      throw toReadError(error, path);
    }
    if (!expected || sha256Hex(current) !== expected.sha256) throw changed(path);
  };

  const write = async (doc: DocState, project: Project, path: string): Promise<SaveOutcome> => {
    const savedAt = now().toISOString();
    const text = serializeProject({ ...project, updatedAt: savedAt }, options.appVersion, {
      envelopeExtras: doc.envelopeExtras,
    });
    await writeFileAtomic(path, text, { backup: true, fs });
    const bytes = Buffer.byteLength(text, 'utf8');
    const mtimeMs = await fs.stat(path).then((s) => s.mtimeMs, () => 0);
    doc.path = path;
    doc.fingerprint = { size: bytes, mtimeMs, sha256: sha256Hex(text) };
    // The file on disk now has the current format, whatever it was opened from.
    doc.fileFormatVersion = CURRENT_FORMAT_VERSION;
    doc.migratedFrom = null;
    return { doc: infoOf(doc), savedAt, bytes };
  };

  const load = async (path: string) => readProjectFile(resolve(path), fs);

  return {
    create(language) {
      const doc: DocState = {
        docId: randomUUID(),
        path: null,
        fingerprint: null,
        readOnly: null,
        fileFormatVersion: CURRENT_FORMAT_VERSION,
        migratedFrom: null,
        envelopeExtras: {},
      };
      docs.set(doc.docId, doc);
      return { doc: infoOf(doc), project: createEmptyProject(language, now()) };
    },

    async open(path) {
      const full = resolve(path);
      const { loaded, fingerprint } = await load(full);
      // Opening a file that is already open refreshes that document instead of
      // creating a second handle that could overwrite the first one's saves.
      const doc: DocState = {
        docId: findByPath(full)?.docId ?? randomUUID(),
        path: full,
        fingerprint,
        readOnly: loaded.readOnly,
        fileFormatVersion: loaded.fileFormatVersion,
        migratedFrom: loaded.migratedFrom,
        envelopeExtras: loaded.envelopeExtras,
        ...lockFor(loaded.readOnly, loaded.project),
      };
      docs.set(doc.docId, doc);
      // File times are real clock times, so the real clock (not the injected one) judges staleness.
      await removeStaleTempFiles(full, { fs });
      return { doc: infoOf(doc), project: loaded.project };
    },

    async openCopy(path) {
      const { loaded } = await load(path);
      const doc: DocState = {
        docId: randomUUID(),
        path: null,
        fingerprint: null,
        readOnly: loaded.readOnly,
        fileFormatVersion: loaded.fileFormatVersion,
        migratedFrom: loaded.migratedFrom,
        envelopeExtras: loaded.envelopeExtras,
        ...lockFor(loaded.readOnly, loaded.project),
      };
      docs.set(doc.docId, doc);
      return { doc: infoOf(doc), project: loaded.project };
    },

    save(docId, project, opts = {}) {
      return serial(async () => {
        const doc = mustGet(docId);
        if (doc.readOnly && (doc.lockedContent === undefined || lockedContentHash(project) !== doc.lockedContent)) {
          throw new AppError('FILE_READ_ONLY');
        }
        if (!doc.path) throw new AppError('WRITE_FAILED', { reason: 'no path' });
        if (!opts.overwriteExternalChanges) await ensureUnchanged(doc, doc.path);
        return write(doc, project, doc.path);
      });
    },

    saveAs(docId, project, path) {
      return serial(async () => {
        const doc = mustGet(docId);
        // A file from a newer Drijfveer would lose the fields this version does not know.
        if (doc.readOnly === 'newer-version') throw new AppError('FILE_READ_ONLY');
        return write(doc, project, resolve(path));
      });
    },

    close(docId) {
      docs.delete(docId);
    },

    info(docId) {
      return infoOf(mustGet(docId));
    },
  };
}

function changed(path: string): AppError {
  return new AppError('FILE_CHANGED_ON_DISK', { fileName: basename(path) });
}
