import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';
import { addComment, replyTo, resolveComment } from '../../../src/shared/review/comments';
import { itemIndex } from '../../../src/shared/review/item-index';
import {
  absoluteTime,
  authorFromKey,
  authorKey,
  authorsOf,
  defaultFilter,
  itemTitle,
  openCount,
  openCountsByItem,
  panelThreads,
  quoteFromSelection,
  relativeTime,
  totalCountsByItem,
} from '../../../src/renderer/review/comment-view';
import { plainTextOf } from '../../../src/renderer/review/plain-text';

const sanne = { name: 'Sanne', role: 'Gemeente' };
const sanneOther = { name: 'Sanne', role: 'Bureau' };
const piet = { name: 'Piet', role: '' };
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 10, minute));

function project(): Project {
  const base = createEmptyProject('nl', at(0));
  return {
    ...base,
    context: { ...base.context, researchQuestions: [{ id: 'rq-1', text: 'Wat doen ouders thuis?' }, { id: 'rq-2', text: 'Waarom niet?' }] },
  };
}

/** A project with comments: on the advice step, on rq-1 (twice, one resolved), on rq-2, and on a context section. */
function commented(): Project {
  let p = project();
  p = addComment(p, { id: 'c-advice', target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' }, author: sanne, body: 'A', now: at(1) }).project;
  p = addComment(p, { id: 'c-rq1', target: { kind: 'item', stepId: 'context', itemId: 'rq-1', quote: 'ouders' }, author: sanneOther, body: 'B', now: at(2) }).project;
  p = addComment(p, { id: 'c-rq1b', target: { kind: 'item', stepId: 'context', itemId: 'rq-1', quote: '' }, author: piet, body: 'C', now: at(3) }).project;
  p = addComment(p, { id: 'c-rq2', target: { kind: 'item', stepId: 'context', itemId: 'rq-2', quote: 'Waarom' }, author: piet, body: 'D', now: at(4) }).project;
  p = addComment(p, { id: 'c-context', target: { kind: 'section', stepId: 'context', itemId: null, quote: '' }, author: sanne, body: 'E', now: at(0) }).project;
  p = resolveComment(p, 'c-rq1b', { name: 'Sanne', now: at(5) }).project;
  p = replyTo(p, 'c-advice', { author: { name: 'Anna', role: 'Senior' }, body: 'R', now: at(6) }).project;
  return p;
}

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('panelThreads', () => {
  it('shows open comments by default, in step order and then oldest first', () => {
    const p = commented();
    const { threads, orphaned } = panelThreads(p.review.comments, itemIndex(p), defaultFilter);
    expect(ids(threads)).toEqual(['c-context', 'c-rq1', 'c-rq2', 'c-advice']);
    expect(orphaned).toEqual([]);
  });

  it('filters by status, by author (name and role) and by item', () => {
    const p = commented();
    const index = itemIndex(p);
    expect(ids(panelThreads(p.review.comments, index, { ...defaultFilter, status: 'resolved' }).threads)).toEqual(['c-rq1b']);
    expect(ids(panelThreads(p.review.comments, index, { ...defaultFilter, status: 'all' }).threads)).toHaveLength(5);
    expect(ids(panelThreads(p.review.comments, index, { status: 'all', author: authorKey(sanne), itemId: null }).threads))
      .toEqual(['c-context', 'c-advice']);
    expect(ids(panelThreads(p.review.comments, index, { status: 'all', author: '', itemId: 'rq-1' }).threads))
      .toEqual(['c-rq1', 'c-rq1b']);
  });

  it('lists comments whose item was deleted as orphaned, never dropping them', () => {
    const p = commented();
    const without = { ...p, context: { ...p.context, researchQuestions: p.context.researchQuestions.filter((q) => q.id !== 'rq-2') } };
    const { threads, orphaned } = panelThreads(without.review.comments, itemIndex(without), defaultFilter);
    expect(ids(orphaned)).toEqual(['c-rq2']);
    expect(orphaned[0].target.quote).toBe('Waarom');
    expect(ids(threads)).not.toContain('c-rq2');
    expect(threads.length + orphaned.length).toBe(4);
  });
});

describe('authors and counts', () => {
  it('lists each person once (name and role apart), including repliers, sorted', () => {
    const authors = authorsOf(commented().review.comments);
    expect(authors).toEqual([
      { name: 'Anna', role: 'Senior' },
      { name: 'Piet', role: '' },
      { name: 'Sanne', role: 'Bureau' },
      { name: 'Sanne', role: 'Gemeente' },
    ]);
    expect(authorFromKey(authorKey(sanne))).toEqual(sanne);
  });

  it('counts open and all comments per item, and open ones in the project', () => {
    const p = commented();
    expect(Object.fromEntries(openCountsByItem(p.review.comments))).toEqual({ 'rq-1': 1, 'rq-2': 1 });
    expect(Object.fromEntries(totalCountsByItem(p.review.comments))).toEqual({ 'rq-1': 2, 'rq-2': 1 });
    expect(openCount(p)).toBe(4);
  });
});

describe('item names, quotes and times', () => {
  it('names an item by its first naming field, plain or rich text, shortened', () => {
    expect(itemTitle({ id: 'x', title: '', name: 'Ouders' })).toBe('Ouders');
    expect(itemTitle({ id: 'x', text: 'Wat  doen\nouders?' })).toBe('Wat doen ouders?');
    expect(itemTitle({ id: 'x', description: richTextFromPlain('Rijke tekst') })).toBe('Rijke tekst');
    expect(itemTitle({ id: 'x', title: 'a'.repeat(200) })).toHaveLength(80);
    expect(itemTitle({ id: 'x', level: 3 })).toBeNull();
    expect(plainTextOf({ type: 'doc', content: 'not blocks' })).toBe('');
    expect(plainTextOf(42)).toBe('');
  });

  it('turns a selection into a quote: collapsed whitespace, bounded length', () => {
    expect(quoteFromSelection('  Welke\n drijfveren  ')).toBe('Welke drijfveren');
    expect(quoteFromSelection('   ')).toBe('');
    const long = quoteFromSelection('x'.repeat(2000));
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });

  it('says times relatively and absolutely, in the interface language', () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    expect(relativeTime('2026-06-01T11:57:00.000Z', now, 'nl')).toBe('3 minuten geleden');
    expect(relativeTime('2026-05-31T12:00:00.000Z', now, 'nl')).toBe('gisteren');
    expect(relativeTime('2026-06-01T11:59:58.000Z', now, 'en')).toBe('now');
    expect(relativeTime('2026-05-18T12:00:00.000Z', now, 'en')).toBe('2 weeks ago');
    expect(relativeTime('', now, 'nl')).toBe('');
    expect(absoluteTime('2026-06-01T12:00:00.000Z', 'nl')).toMatch(/1 juni 2026/);
    expect(absoluteTime('nonsense', 'en')).toBe('');
  });
});
