// Text → Project, the one way a project file is read. Steps, in order:
// parse safely (depth, prototype keys) → check the envelope → a newer format is
// opened read-only only if it still validates → named migrations step by step
// → validate and fill defaults → decide whether the project may be edited.

import type { z } from 'zod';
import { AppError } from '../errors';
import type { ReadOnlyReason } from '../ipc';
import { ProjectSchema, type Project } from '../model/project';
import { CURRENT_FORMAT_VERSION, EnvelopeSchema } from './envelope';
import { fastParse } from './fast-parse';
import { migrateProject } from './migrations';
import { parseJsonSafely } from './parse-json';
import { findUnknownFields } from './unknown-fields';

export interface LoadedProject {
  project: Project;
  /** Format version found in the file, before migration. */
  fileFormatVersion: number;
  /** The file's version when it was migrated on load, else null. */
  migratedFrom: number | null;
  readOnly: ReadOnlyReason | null;
  /** Paths of fields this version does not know; they are kept when saving. */
  unknownFields: string[];
  /** App version that last wrote the file ('' when absent). */
  savedWith: string;
  /** Envelope fields besides format/version/savedWith/project, to pass back to serializeProject. */
  envelopeExtras: Record<string, unknown>;
}

const ENVELOPE_KEYS = new Set(['format', 'version', 'savedWith', 'project']);

/** "assignment.authors[0].id" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'project' : out;
}

function invalidProject(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError('FILE_INVALID_PROJECT', {
    path: formatIssuePath(issue?.path ?? []),
    detail: (issue?.message ?? 'invalid').slice(0, 300),
  });
}

/**
 * ProjectSchema.safeParse plus the unknown fields of the result. The one-pass
 * fast path answers for every file that fits; zod itself gives the error (or,
 * should the fast path ever be stricter than zod, the result).
 */
function validateProject(
  payload: unknown,
): { success: true; data: Project; unknownFields: string[] } | { success: false; error: z.ZodError } {
  const fast = fastParse(ProjectSchema, payload);
  if (fast) return { success: true, data: fast.data, unknownFields: fast.unknownFields };
  const parsed = ProjectSchema.safeParse(payload);
  if (!parsed.success) return { success: false, error: parsed.error };
  return { success: true, data: parsed.data, unknownFields: findUnknownFields(ProjectSchema, parsed.data) };
}

function readOnlyReasonOf(project: Project): ReadOnlyReason | null {
  if (project.delivery) return 'delivered';
  if (project.review.copy) return 'review-copy';
  return null;
}

export function loadProjectText(text: string): LoadedProject {
  const raw = parseJsonSafely(text);
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || typeof envelope.data.project !== 'object' || envelope.data.project === null
    || Array.isArray(envelope.data.project)) {
    throw new AppError('FILE_NOT_PROJECT');
  }
  const { version, savedWith, project: payload } = envelope.data;
  const envelopeExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(envelope.data)) {
    if (!ENVELOPE_KEYS.has(key)) envelopeExtras[key] = value;
  }

  if (version > CURRENT_FORMAT_VERSION) {
    // Never guess at a newer format; if it happens to fit ours, show it read-only.
    const lenient = validateProject(payload);
    if (!lenient.success) {
      throw new AppError('FILE_VERSION_TOO_NEW', { version, supported: CURRENT_FORMAT_VERSION });
    }
    return {
      project: lenient.data,
      fileFormatVersion: version,
      migratedFrom: null,
      readOnly: 'newer-version',
      unknownFields: lenient.unknownFields,
      savedWith,
      envelopeExtras,
    };
  }

  const migrated = migrateProject(payload, version);
  const parsed = validateProject(migrated.project);
  if (!parsed.success) throw invalidProject(parsed.error);
  return {
    project: parsed.data,
    fileFormatVersion: version,
    migratedFrom: migrated.applied.length > 0 ? version : null,
    readOnly: readOnlyReasonOf(parsed.data),
    unknownFields: parsed.unknownFields,
    savedWith,
    envelopeExtras,
  };
}
