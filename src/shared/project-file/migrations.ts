// All format migrations, oldest first. Loading a file of version n runs every
// step from n up to CURRENT_FORMAT_VERSION in order. Each step has a fixture
// pair and a before/after test (tests/shared/project-file/migrations.test.ts
// fails when one is missing).

import { AppError } from '../errors';
import { CURRENT_FORMAT_VERSION } from './envelope';
import type { Migration } from './migration';
import { v1ToV2RichText } from './migrations/v1-to-v2-rich-text';

export const migrations: readonly Migration[] = [v1ToV2RichText];

/** Oldest format version this build can still open. */
export const OLDEST_FORMAT_VERSION = migrations.length > 0 ? migrations[0].from : CURRENT_FORMAT_VERSION;

/** Runs the named steps from `fromVersion` to the current version; returns the ids applied. */
export function migrateProject(project: unknown, fromVersion: number): { project: unknown; applied: string[] } {
  let current = project;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < CURRENT_FORMAT_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new AppError('FILE_NOT_PROJECT');
    try {
      current = step.migrate(current);
    } catch (cause) {
      const detail = `migration ${step.id} failed: ${cause instanceof Error ? cause.message : String(cause)}`;
      throw new AppError('FILE_INVALID_PROJECT', { path: 'project', detail: detail.slice(0, 300) }, { cause });
    }
    applied.push(step.id);
    version = step.to;
  }
  return { project: current, applied };
}
