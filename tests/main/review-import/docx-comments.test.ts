import { join, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src/main/export/export-report';
import { readDocxComments } from '../../../src/main/review-import/docx-comments';
import { readProjectFile } from '../../../src/main/store/read-project-file';
import type { Project } from '../../../src/shared/model/project';
import { itemBookmarkName, placeDocxComments } from '../../../src/renderer/review-import/place-comments';
import { addComments, partText, unzipDocx, wrapBookmark, wrapFirstParagraph, zipDocx } from './docx-fixtures';

const samplesDir = resolve(__dirname, '..', '..', '..', 'resources', 'samples');
let sample: Project;
let exported: Uint8Array;

const counter = () => {
  let n = 0;
  return () => `imported-${(n += 1)}`;
};
const now = new Date('2026-11-20T12:00:00.000Z');

beforeAll(async () => {
  sample = (await readProjectFile(join(samplesDir, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
  exported = await exportReport(sample, { format: 'docx', language: 'nl', comments: true });
}, 60_000);

/** The sample export with a reviewer's comments: on rq-2 (+ a reply), on the title page, on rq-3, in the background text, and a reply to an exported comment. */
function annotated(): Uint8Array {
  const files = unzipDocx(exported);
  let doc = partText(files, 'word/document.xml');
  doc = wrapBookmark(doc, itemBookmarkName('rq-2'), [100, 101]);
  doc = wrapBookmark(doc, itemBookmarkName('rq-3'), [103]);
  doc = wrapFirstParagraph(doc, [102]);
  doc = wrapBookmark(doc, 'sec_context_background', [104]);
  files['word/document.xml'] = strToU8(doc);
  addComments(files, [
    { id: 100, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:30:00Z', body: 'Deze vraag is te breed.', paraId: '0A000100' },
    { id: 101, author: 'Marleen Verhoef', initials: 'MV', date: '2026-11-19T10:00:00Z', body: 'Eens, ik splits hem.', paraId: '0A000101', parentParaId: '0A000100' },
    { id: 102, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:35:00Z', body: 'Titel graag korter.', paraId: '0A000102' },
    { id: 103, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:40:00Z', body: 'Vervalt deze vraag?', paraId: '0A000103' },
    { id: 104, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:45:00Z', body: 'Bron erbij voor de cijfers?', paraId: '0A000104' },
    // A reply to the exported comment on the management summary (paraId 00000003 in our export).
    { id: 105, author: 'Sanne de Wit', initials: 'SW', date: '2026-11-19T09:50:00Z', body: 'Overzicht graag als tabel.', paraId: '0A000105', parentParaId: '00000003' },
  ]);
  return zipDocx(files);
}

describe('readDocxComments on hand-built comment XML', () => {
  it('reads author, date, body, quote, bookmarks and threading', () => {
    const { comments } = readDocxComments(annotated(), 'review.docx');
    const byId = new Map(comments.map((c) => [c.wordId, c]));
    const onRq2 = byId.get('100');
    expect(onRq2).toMatchObject({
      author: 'Sanne de Wit',
      initials: 'SW',
      date: '2026-11-19T09:30:00.000Z',
      body: 'Deze vraag is te breed.',
      itemBookmark: 'item_rq_2',
      sectionBookmark: 'sec_context_research_questions',
      parentWordId: null,
      done: false,
    });
    const rq2 = sample.context.researchQuestions.find((q) => q.id === 'rq-2');
    expect(onRq2?.quote).toBe(rq2?.text.trim());
    expect(byId.get('101')).toMatchObject({ parentWordId: '100', itemBookmark: 'item_rq_2' });
    expect(byId.get('102')).toMatchObject({ itemBookmark: null, sectionBookmark: null });
    expect(byId.get('104')).toMatchObject({ itemBookmark: null, sectionBookmark: 'sec_context_background' });
    expect(byId.get('105')?.parentWordId).toBe('2');
    // The exported comments come back too (ids 0–3), the reply threaded.
    expect(byId.get('1')?.parentWordId).toBe('0');
  });
});

describe('placeDocxComments', () => {
  it('places comments on their items, threads replies, keeps the unplaced, and adds nothing twice', () => {
    const { comments } = readDocxComments(annotated(), 'review.docx');
    const edited: Project = { ...sample, context: { ...sample.context, researchQuestions: sample.context.researchQuestions.filter((q) => q.id !== 'rq-3') } };
    const { project, summary } = placeDocxComments(edited, comments, { now, newId: counter() });

    expect(summary.placed).toBe(1);
    expect(summary.replies).toBe(2);
    expect(summary.existing).toBe(4);
    expect(summary.unplaced).toEqual([
      { author: 'Sanne de Wit', body: 'Titel graag korter.', quote: expect.any(String), reason: 'no-item', stepId: 'report' },
      { author: 'Sanne de Wit', body: 'Vervalt deze vraag?', quote: expect.stringContaining('pedagogisch medewerkers'), reason: 'unknown-item', stepId: 'context' },
      { author: 'Sanne de Wit', body: 'Bron erbij voor de cijfers?', quote: expect.any(String), reason: 'no-item', stepId: 'context' },
    ]);
    expect(project.review.comments).toHaveLength(sample.review.comments.length + 4);

    const onRq2 = project.review.comments.find((c) => c.body === 'Deze vraag is te breed.');
    expect(onRq2?.target).toEqual({ kind: 'item', stepId: 'context', itemId: 'rq-2', quote: expect.stringContaining('drijfveren en barrières') });
    expect(onRq2?.author).toEqual({ name: 'Sanne de Wit', role: '' });
    expect(onRq2?.createdAt).toBe('2026-11-19T09:30:00.000Z');
    expect(onRq2?.replies.map((r) => [r.author.name, r.body])).toEqual([['Marleen Verhoef', 'Eens, ik splits hem.']]);

    const isSummaryThread = (c: { body: string }) => c.body.startsWith('De managementsamenvatting is sterk.');
    const exportedThread = project.review.comments.find(isSummaryThread);
    const before = sample.review.comments.find(isSummaryThread);
    expect(before).toBeDefined();
    expect(exportedThread?.id).toBe(before?.id);
    expect(exportedThread?.replies.map((r) => r.body)).toEqual([...(before?.replies.map((r) => r.body) ?? []), 'Overzicht graag als tabel.']);

    const titleComment = project.review.comments.find((c) => c.body === 'Titel graag korter.');
    expect(titleComment?.target).toMatchObject({ kind: 'section', stepId: 'report', itemId: null });

    // The input project is untouched.
    expect(edited.review.comments).toBe(sample.review.comments);
    expect(sample.review.comments.find(isSummaryThread)?.replies).toHaveLength(before?.replies.length ?? -1);

    // Importing the same document again adds nothing.
    const again = placeDocxComments(project, comments, { now, newId: counter() });
    expect(again.summary).toEqual({ placed: 0, replies: 0, existing: comments.length, unplaced: [] });
    expect(again.project.review.comments).toEqual(project.review.comments);
  });

  it('recognises an exported comment whose time came back in another zone, but not a different text or day', () => {
    const own = sample.review.comments.find((c) => c.status === 'open' && c.replies.length === 0);
    expect(own).toBeDefined();
    if (!own) return;
    const shifted = new Date(Date.parse(own.createdAt) + 2 * 60 * 60 * 1000).toISOString();
    const days = new Date(Date.parse(own.createdAt) + 3 * 24 * 60 * 60 * 1000).toISOString();
    const base = { author: own.author.name, initials: '', quote: '', itemBookmark: null, sectionBookmark: null, parentWordId: null, done: false };
    const { summary } = placeDocxComments(
      sample,
      [
        { ...base, wordId: '1', date: shifted, body: own.body },
        { ...base, wordId: '2', date: shifted, body: `${own.body} (aangevuld)` },
        { ...base, wordId: '3', date: days, body: own.body },
      ],
      { now, newId: counter() },
    );
    expect(summary.existing).toBe(1);
    expect(summary.unplaced.map((u) => u.body)).toEqual([`${own.body} (aangevuld)`, own.body]);
  });

  it('maps shortened and suffixed bookmark names back to long item ids', () => {
    const longId = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    expect(itemBookmarkName(longId)).toBe('item_1b9d6bcd_bbfd_4b2d_9b5d_ab8dfbbd4be');
    const project: Project = { ...sample, context: { ...sample.context, researchQuestions: [{ ...sample.context.researchQuestions[0], id: longId }] } };
    const base = { wordId: '1', author: 'A', initials: 'A', date: '2026-01-01T00:00:00.000Z', quote: '', sectionBookmark: null, parentWordId: null, done: false };
    const { summary, project: placed } = placeDocxComments(
      project,
      [
        { ...base, body: 'exact', itemBookmark: itemBookmarkName(longId) },
        { ...base, wordId: '2', body: 'suffixed', itemBookmark: `${itemBookmarkName(longId).slice(0, 38)}_2` },
      ],
      { now, newId: counter() },
    );
    expect(summary.placed).toBe(2);
    expect(placed.review.comments.slice(-2).map((c) => c.target.itemId)).toEqual([longId, longId]);
  });
});
