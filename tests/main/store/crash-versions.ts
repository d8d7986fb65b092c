// Shared by the crash test and its child process: what version N of the test
// project is. The child writes versions 1, 2, 3, … through the real store; the
// test can then rebuild the exact bytes any version must have on disk.

import type { Project } from '../../../src/shared/model/project';
import { serializeProject } from '../../../src/shared/project-file/serialize';

export const CRASH_APP_VERSION = 'crash-test';
const T0 = Date.UTC(2026, 0, 1, 0, 0, 0);

/** The clock the child's store uses while saving version n: one second per version. */
export const savedAtFor = (n: number): Date => new Date(T0 + n * 1000);

export const titleFor = (n: number): string => `Versie ${n}`;

export function counterOf(project: Project): number {
  const match = /^Versie (\d+)$/.exec(project.assignment.title);
  if (!match) throw new Error(`not a crash-test version: ${project.assignment.title}`);
  return Number(match[1]);
}

/** Version n of `base`, as handed to store.save (which stamps updatedAt itself). */
export function versionOf(base: Project, n: number): Project {
  return { ...base, assignment: { ...base.assignment, title: titleFor(n) } };
}

/** The exact file text that saving version n must leave on disk. */
export function expectedText(base: Project, n: number): string {
  return serializeProject({ ...versionOf(base, n), updatedAt: savedAtFor(n).toISOString() }, CRASH_APP_VERSION, {
    envelopeExtras: {},
  });
}
