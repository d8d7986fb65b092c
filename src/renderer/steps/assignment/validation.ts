// Checks on the Assignment form that are shown inline next to the fields.
// They never block typing: the project may hold an unfinished assignment, the
// form only points out what looks wrong. Results are translation keys.

import type { Assignment } from '../../../shared/model/assignment';

const HEX = /^#?([0-9a-f]{6})$/i;

/** "#1F6F8B", "1f6f8b" or " #1f6f8b " → "#1f6f8b"; anything else → null. */
export function parseHexColor(value: string): string | null {
  const match = HEX.exec(value.trim());
  return match ? `#${match[1].toLowerCase()}` : null;
}

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type AssignmentIssueKey = 'dueBeforeStart' | 'reportBeforeStart' | 'invalidDate';

export interface AssignmentIssues {
  startDate?: AssignmentIssueKey;
  dueDate?: AssignmentIssueKey;
  reportDate?: AssignmentIssueKey;
}

/** Inline problems per date field. Empty dates are fine (not known yet). */
export function validateAssignmentDates(assignment: Pick<Assignment, 'startDate' | 'dueDate' | 'reportDate'>): AssignmentIssues {
  const issues: AssignmentIssues = {};
  const fields = ['startDate', 'dueDate', 'reportDate'] as const;
  for (const field of fields) {
    const value = assignment[field];
    if (value !== '' && !isIsoDate(value)) issues[field] = 'invalidDate';
  }
  const start = issues.startDate ? '' : assignment.startDate;
  if (start !== '') {
    // ISO calendar dates compare correctly as strings.
    if (!issues.dueDate && assignment.dueDate !== '' && assignment.dueDate < start) issues.dueDate = 'dueBeforeStart';
    if (!issues.reportDate && assignment.reportDate !== '' && assignment.reportDate < start) {
      issues.reportDate = 'reportBeforeStart';
    }
  }
  return issues;
}
