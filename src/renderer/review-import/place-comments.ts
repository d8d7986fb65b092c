// Placing the comments read from an annotated Word document on the project:
// a pure function of the project and the comments, so the summary shown is
// exactly the edit applied (both run on the same project).
//
// Rules:
// - A comment inside (or after, within the same section) an item bookmark
//   "item_<id>" lands on that item, with the commented text as its quote.
// - A reply (Word thread) lands as a reply on its parent's comment.
// - A comment or reply that already exists in the project (the export writes
//   the project's own open comments into the document) is recognised by author,
//   text and time (to the second, or a whole number of quarter hours up to 14
//   hours apart: a program may have written local time without its zone), and
//   is not added again; a new reply to such a
//   comment is added to the existing thread. Importing the same file twice
//   therefore adds nothing the second time.
// - Nothing is lost: a comment whose place cannot be found (outside every item
//   bookmark, or on an item that no longer exists) becomes a step-level comment
//   on the step of the report section it was in (the Report step when it was
//   on the title page or contents), and is listed as "not placed" with its text.

import type { DocxReviewComment } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import type { Comment, Reply } from '../../shared/model/review';
import type { StepId } from '../../shared/model/steps';
import { itemIndex } from '../../shared/review/item-index';

export type UnplacedReason = 'no-item' | 'unknown-item';

export interface UnplacedComment {
  author: string;
  body: string;
  quote: string;
  reason: UnplacedReason;
  /** The step it was added to as a step-level comment. */
  stepId: StepId;
}

export interface DocxImportSummary {
  /** New comments placed on an item. */
  placed: number;
  /** New replies added to a thread. */
  replies: number;
  /** Comments and replies that were already in the project. */
  existing: number;
  /** New comments not placed on an item (added at step level). */
  unplaced: UnplacedComment[];
}

export interface PlaceOptions {
  now: Date;
  newId: () => string;
}

/** Report section bookmark prefixes ("sec_<prefix>…") and the step that writes them. */
const sectionSteps: [string, StepId][] = [
  ['management_summary', 'advice'],
  ['context', 'context'],
  ['approach', 'context'],
  ['target_group', 'target-group'],
  ['desk_research', 'desk-research'],
  ['references', 'desk-research'],
  ['partners', 'partners'],
  ['appendix_interview_guide', 'partners'],
  ['appendix_respondents', 'partners'],
  ['appendix_codebook', 'partners'],
  ['insights', 'insights'],
  ['segments', 'insights'],
  ['segment', 'insights'],
  ['marketing_mix', 'marketing-mix'],
  ['mix', 'marketing-mix'],
  ['advice', 'advice'],
  ['monitoring', 'monitoring'],
];

export function stepOfSection(bookmark: string | null): StepId | null {
  if (bookmark === null || !bookmark.startsWith('sec_')) return null;
  const rest = bookmark.slice(4);
  let best: [string, StepId] | null = null;
  for (const entry of sectionSteps) {
    const [prefix] = entry;
    if ((rest === prefix || rest.startsWith(`${prefix}_`)) && (best === null || prefix.length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}

/** The export's bookmark name for an item id (letters, digits and '_', at most 40 characters). */
export function itemBookmarkName(itemId: string): string {
  return `item_${itemId}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
}

/** Bookmark name → item id, for every item of the project. */
function bookmarkIndex(project: Project): { byName: Map<string, string>; steps: Map<string, StepId> } {
  const byName = new Map<string, string>();
  const steps = new Map<string, StepId>();
  for (const [id, location] of itemIndex(project)) {
    const name = itemBookmarkName(id);
    if (!byName.has(name)) byName.set(name, id);
    steps.set(id, location.stepId);
  }
  return { byName, steps };
}

/**
 * The item a bookmark names. The export keeps names unique by cutting a name
 * that is taken and adding "_2", "_3", …: such a name belongs to the item whose
 * own name, cut the same way, gives the same stem (ids that differ only in the
 * characters lost are indistinguishable; the first such item wins).
 */
function itemOfBookmark(name: string, byName: Map<string, string>): string | null {
  const exact = byName.get(name);
  if (exact !== undefined) return exact;
  const suffixed = /^(.*)(_\d+)$/.exec(name);
  if (!suffixed) return null;
  const [, stem, suffix] = suffixed;
  for (const [candidate, id] of byName) if (candidate.slice(0, 40 - suffix.length) === stem && candidate.length >= 40 - suffix.length) return id;
  return null;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const keyOf = (author: string, body: string) => `${norm(author)}\u0000${norm(body)}`;
/** Word programs may write a comment's time in local time without a zone: times up to 14 hours apart count as the same. */
const ZONE_SLACK_MS = 14 * 60 * 60 * 1000;

function sameTime(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return true;
  const apart = Math.abs(ta - tb);
  return apart < 1000 || (apart <= ZONE_SLACK_MS && apart % (15 * 60 * 1000) < 1000);
}

/** Comments and replies already in the project, by author and text, with their time and thread. */
class KnownComments {
  private readonly byKey = new Map<string, { date: string; thread: Comment }[]>();

  add(author: string, body: string, date: string, thread: Comment): void {
    const key = keyOf(author, body);
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), { date, thread }]);
  }

  find(author: string, body: string, date: string): Comment | undefined {
    return this.byKey.get(keyOf(author, body))?.find((entry) => sameTime(entry.date, date))?.thread;
  }
}

export function placeDocxComments(
  project: Project,
  imported: readonly DocxReviewComment[],
  options: PlaceOptions,
): { project: Project; summary: DocxImportSummary } {
  const { byName, steps } = bookmarkIndex(project);
  const summary: DocxImportSummary = { placed: 0, replies: 0, existing: 0, unplaced: [] };
  const comments: Comment[] = project.review.comments.map((c) => ({ ...c, replies: [...c.replies] }));

  // Everything already in the project, by author + text (+ time) → its thread.
  const known = new KnownComments();
  for (const comment of comments) {
    known.add(comment.author.name, comment.body, comment.createdAt, comment);
    for (const reply of comment.replies) known.add(reply.author.name, reply.body, reply.createdAt, comment);
  }

  const byWordId = new Map(imported.map((c) => [c.wordId, c]));
  /** The thread each imported comment ended up in (existing or new). */
  const threadOf = new Map<string, Comment>();
  const now = options.now.toISOString();
  const authorOf = (c: DocxReviewComment) => ({ name: c.author || c.initials, role: '' });
  const dateOf = (c: DocxReviewComment) => c.date || now;

  const addThread = (c: DocxReviewComment): Comment => {
    const itemId = c.itemBookmark === null ? null : itemOfBookmark(c.itemBookmark, byName);
    const itemStep = itemId === null ? undefined : steps.get(itemId);
    const time = dateOf(c);
    const comment: Comment = {
      id: options.newId(),
      target:
        itemId !== null && itemStep !== undefined
          ? { kind: 'item', stepId: itemStep, itemId, quote: c.quote }
          : { kind: 'section', stepId: stepOfSection(c.sectionBookmark) ?? 'report', itemId: null, quote: c.quote },
      author: authorOf(c),
      createdAt: time,
      updatedAt: time,
      body: c.body,
      status: c.done ? 'resolved' : 'open',
      resolvedAt: c.done ? now : '',
      statusChangedAt: c.done ? now : '',
      resolvedBy: c.done ? authorOf(c).name : '',
      replies: [],
    };
    if (comment.target.kind === 'item') summary.placed += 1;
    else {
      summary.unplaced.push({
        author: comment.author.name,
        body: c.body,
        quote: c.quote,
        reason: c.itemBookmark === null ? 'no-item' : 'unknown-item',
        stepId: comment.target.stepId,
      });
    }
    comments.push(comment);
    return comment;
  };

  /** The thread of an imported comment; parents first, so replies find theirs. */
  const resolve = (c: DocxReviewComment, seen: Set<string>): Comment => {
    const done = threadOf.get(c.wordId);
    if (done) return done;
    const existing = known.find(c.author || c.initials, c.body, c.date);
    let thread: Comment;
    const parent = c.parentWordId === null || seen.has(c.parentWordId) ? undefined : byWordId.get(c.parentWordId);
    if (existing) {
      summary.existing += 1;
      thread = existing;
    } else if (parent) {
      thread = resolve(parent, new Set([...seen, c.wordId]));
      const reply: Reply = { id: options.newId(), author: authorOf(c), createdAt: dateOf(c), updatedAt: dateOf(c), body: c.body };
      thread.replies.push(reply);
      known.add(reply.author.name, reply.body, reply.createdAt, thread);
      summary.replies += 1;
    } else {
      thread = addThread(c);
      known.add(thread.author.name, thread.body, thread.createdAt, thread);
    }
    threadOf.set(c.wordId, thread);
    return thread;
  };

  for (const c of imported) {
    if (norm(c.body) === '') continue;
    resolve(c, new Set([c.wordId]));
  }
  return { project: { ...project, review: { ...project.review, comments } }, summary };
}
