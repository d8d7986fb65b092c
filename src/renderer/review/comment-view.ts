// What the comments panel shows, computed from the project without React: which
// threads pass the filters, in which order, which ones lost their item, who wrote
// comments (for the author filter), how many open comments each item has (for
// its comment button), a readable name for a commented item, and times in words.

import type { Project } from '../../shared/model/project';
import type { Comment, CommentAuthor } from '../../shared/model/review';
import { stepIds } from '../../shared/model/steps';
import { filterComments } from '../../shared/review/comments';
import type { ItemLocation } from '../../shared/review/item-index';
import { plainTextOf } from './plain-text';

export type StatusFilter = 'open' | 'resolved' | 'all';

export interface PanelFilter {
  status: StatusFilter;
  /** An author key (see authorKey), or '' for everybody. */
  author: string;
  /** Only the comments on this item, or null. */
  itemId: string | null;
}

export const defaultFilter: PanelFilter = { status: 'open', author: '', itemId: null };

/** One string per person: name and role, so two people called "Sanne" stay apart. */
export function authorKey(author: CommentAuthor): string {
  return `${author.name.trim()}\u0000${author.role.trim()}`;
}

export function authorFromKey(key: string): CommentAuthor {
  const [name = '', role = ''] = key.split('\u0000');
  return { name, role };
}

/** Everybody who wrote a comment or reply, once each, sorted by name then role. */
export function authorsOf(comments: readonly Comment[]): CommentAuthor[] {
  const byKey = new Map<string, CommentAuthor>();
  for (const comment of comments) {
    for (const author of [comment.author, ...comment.replies.map((r) => r.author)]) {
      const key = authorKey(author);
      if (author.name.trim() !== '' && !byKey.has(key)) byKey.set(key, { name: author.name.trim(), role: author.role.trim() });
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.role.localeCompare(b.role));
}

export interface PanelThreads {
  /** Threads whose target still exists, in step order, then oldest first. */
  threads: Comment[];
  /** Threads on an item no step holds any more. */
  orphaned: Comment[];
}

const stepOrder = new Map(stepIds.map((id, index) => [id, index]));

/** The comments that pass the panel's filters, split into live and orphaned threads. */
export function panelThreads(comments: readonly Comment[], index: ReadonlyMap<string, ItemLocation>, filter: PanelFilter): PanelThreads {
  const author = filter.author === '' ? undefined : authorFromKey(filter.author);
  const filtered = filterComments(comments, {
    ...(filter.status === 'all' ? {} : { status: filter.status }),
    ...(author ? { author } : {}),
    ...(filter.itemId === null ? {} : { itemId: filter.itemId }),
  });
  const sorted = [...filtered].sort((a, b) =>
    (stepOrder.get(a.target.stepId) ?? 99) - (stepOrder.get(b.target.stepId) ?? 99)
    || a.createdAt.localeCompare(b.createdAt));
  const threads: Comment[] = [];
  const orphaned: Comment[] = [];
  for (const comment of sorted) {
    const gone = comment.target.kind === 'item' && comment.target.itemId !== null && !index.has(comment.target.itemId);
    (gone ? orphaned : threads).push(comment);
  }
  return { threads, orphaned };
}

/** Open comments per commented item id. */
export function openCountsByItem(comments: readonly Comment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    const id = comment.target.itemId;
    if (comment.status === 'open' && id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** All comments per commented item id (open and resolved). */
export function totalCountsByItem(comments: readonly Comment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    const id = comment.target.itemId;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const NAME_FIELDS = ['title', 'name', 'fullName', 'label', 'question', 'text', 'statement', 'description', 'organisation', 'respondentGroup'];
const MAX_NAME = 80;

/** A short readable name for an item: its first non-empty naming field, else null. */
export function itemTitle(item: Record<string, unknown>): string | null {
  for (const field of NAME_FIELDS) {
    const text = plainTextOf(item[field]).replace(/\s+/g, ' ').trim();
    if (text !== '') return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
  }
  return null;
}

const MAX_QUOTE = 500;

/** The quote taken from a selection: whitespace collapsed, at most MAX_QUOTE characters, '' when nothing real is selected. */
export function quoteFromSelection(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_QUOTE ? `${collapsed.slice(0, MAX_QUOTE - 1)}…` : collapsed;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minuten geleden", "gisteren", "zojuist" style text for an ISO time; '' for a missing or bad time. */
export function relativeTime(iso: string, now: Date, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** Date and time in full, e.g. "22 november 2026 om 14:05"; '' for a missing or bad time. */
export function absoluteTime(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(time));
}

/** Comments in the whole project that are still open, for the status bar. */
export function openCount(project: Project): number {
  return project.review.comments.filter((c) => c.status === 'open').length;
}
