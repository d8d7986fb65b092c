// The file side of review copies and delivery: writing a review copy or a
// delivered file where the user chooses, reading returned review copies, and
// checking a delivered file's fingerprint when it is opened. The pure rules
// (what a copy is, how merging and delivering work) live in src/shared/review
// and src/shared/delivery; this module only adds dialogs and disk.
//
// Neither a review copy nor a delivered file may replace the consultant's own
// project file: the chosen path is compared with the open document's path and
// refused (COPY_WOULD_REPLACE_PROJECT), and the open document is never changed.
// A delivered file is not merged back: its comments were pseudonymised, and
// joining them would rewrite the consultant's own (DELIVERED_NOT_MERGEABLE).

import { basename, extname, resolve } from 'node:path';
import { AppError, serializeError } from '../../shared/errors';
import type { AppApi, DeliveryCheckInfo, OpenedProject, ReviewCopyPick } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import { deliverProject } from '../../shared/delivery/deliver';
import { verifyDelivered } from '../../shared/delivery/fingerprint';
import { makeReviewCopy } from '../../shared/review/copy';
import { serializeProject } from '../../shared/project-file/serialize';
import { writeFileAtomic } from '../store/atomic-write';
import { readProjectFile } from '../store/read-project-file';
import type { ProjectStore } from '../store/project-store';

const EXTENSION = '.drijfveer';

/** The dialogs these flows need (a subset of the host's dialogs). */
export interface ReviewDialogs {
  chooseSaveLocation(defaultName: string): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  /** Several files at once; hosts without it fall back to choosing one. */
  chooseProjectsToOpen?(): Promise<string[] | null>;
}

export interface ReviewFileDeps {
  store: ProjectStore;
  dialogs: ReviewDialogs;
  appVersion: string;
  now: () => Date;
}

export type ReviewFileApi = Pick<AppApi, 'sendForReview' | 'pickReviewCopies' | 'deliverProject'>;

/** Words in suggested file names, in the report's language. */
const nameWords = { nl: { review: 'review', delivered: 'opgeleverd' }, en: { review: 'review', delivered: 'delivered' } } as const;

/** A file-safe stem from the project title ("project" when nothing usable is left). */
export function titleStem(title: string): string {
  const safe = Array.from(title.normalize('NFC'), (ch) => (ch < ' ' ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 60)
    .trim();
  return safe || 'project';
}

/** "<title>-review-2026-11-22.drijfveer" (local date, as the user reads it). */
export function suggestedName(project: Project, kind: 'review' | 'delivered', now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${titleStem(project.assignment.title)}-${nameWords[project.assignment.reportLanguage][kind]}-${date}${EXTENSION}`;
}

function withExtension(path: string): string {
  return extname(path).toLowerCase() === EXTENSION ? path : `${path}${EXTENSION}`;
}

/** What the banner of a delivered file shows; null for any other project. */
export async function deliveryCheckOf(project: Project): Promise<DeliveryCheckInfo | null> {
  const check = await verifyDelivered(project);
  if (check.status === 'not-delivered') return null;
  return { deliveredAt: check.deliveredAt, deliveredBy: check.deliveredBy, verified: check.status === 'unaltered' };
}

export async function withDeliveryCheck(opened: OpenedProject): Promise<OpenedProject> {
  return { ...opened, delivery: await deliveryCheckOf(opened.project) };
}

export function createReviewFiles(deps: ReviewFileDeps): ReviewFileApi {
  const { store, dialogs } = deps;

  /** Asks where to write; refuses the open document's own file. Null when cancelled. */
  const chooseTarget = async (docId: string, defaultName: string): Promise<string | null> => {
    const own = store.info(docId).path;
    const chosen = await dialogs.chooseSaveLocation(defaultName);
    if (chosen === null) return null;
    const path = resolve(withExtension(chosen));
    if (own !== null && resolve(own) === path) throw new AppError('COPY_WOULD_REPLACE_PROJECT', { fileName: basename(path) });
    return path;
  };

  return {
    async sendForReview({ docId, project, note }) {
      const now = deps.now();
      const path = await chooseTarget(docId, suggestedName(project, 'review', now));
      if (path === null) return null;
      const copy = makeReviewCopy(project, { now, note: note.trim() });
      await writeFileAtomic(path, serializeProject(copy, deps.appVersion));
      return path;
    },

    async pickReviewCopies({ projectId }) {
      const paths = dialogs.chooseProjectsToOpen
        ? await dialogs.chooseProjectsToOpen()
        : await dialogs.chooseProjectToOpen().then((one) => (one === null ? null : [one]));
      if (paths === null || paths.length === 0) return null;
      const pick: ReviewCopyPick = { copies: [], refused: [] };
      for (const path of [...new Set(paths.map((p) => resolve(p)))]) {
        const fileName = basename(path);
        try {
          const { loaded } = await readProjectFile(path);
          if (loaded.project.id !== projectId) throw new AppError('REVIEW_COPY_MISMATCH');
          // Its comments were pseudonymised: merging them would rewrite the consultant's own comments.
          if (loaded.project.delivery) throw new AppError('DELIVERED_NOT_MERGEABLE', { fileName });
          pick.copies.push({ fileName, project: loaded.project });
        } catch (error) {
          pick.refused.push({ fileName, error: serializeError(error) });
        }
      }
      return pick;
    },

    async deliverProject({ docId, project, deliverer }) {
      const now = deps.now();
      const path = await chooseTarget(docId, suggestedName(project, 'delivered', now));
      if (path === null) return null;
      const delivered = await deliverProject(project, { now, deliveredBy: deliverer, language: project.assignment.reportLanguage });
      await writeFileAtomic(path, serializeProject(delivered, deps.appVersion));
      const delivery = delivered.delivery as NonNullable<Project['delivery']>;
      return { path, fileName: basename(path), deliveredAt: delivery.deliveredAt, fingerprint: delivery.fingerprint.value };
    },
  };
}
