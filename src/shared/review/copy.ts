// A review copy: the whole project, sent to a reviewer who may only comment.
// It keeps the project id, so the consultant can merge it back (and only into
// the project it came from); the marker makes the app open it in review mode.
// A copy of a copy is again a copy of the same project.

import type { Project } from '../model/project';

export function makeReviewCopy(project: Project, options: { now: Date; note: string }): Project {
  const copy = structuredClone(project);
  copy.review = {
    ...copy.review,
    copy: { sourceProjectId: project.id, createdAt: options.now.toISOString(), reviewerNote: options.note },
  };
  return copy;
}

export function isReviewCopy(project: Project): boolean {
  return project.review.copy !== null;
}
