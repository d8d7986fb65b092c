// The file flows of review and delivery over the real handlers and real files:
// a review copy is written where the user chooses and opens as a review copy,
// returned copies are read (those of another project or broken files are
// refused one by one), delivering writes a fingerprinted file without touching
// the consultant's own, and opening a delivered file reports whether it is unaltered.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { suggestedName, titleStem } from '../../../src/main/review/review-files';
import type { Project } from '../../../src/shared/model/project';
import { loadProjectText } from '../../../src/shared/project-file/load';
import { serializeProject } from '../../../src/shared/project-file/serialize';
import { loadSample } from '../../shared/delivery/sample';
import { makeHandlerFixture, type HandlerFixture } from '../handler-fixture';

let fx: HandlerFixture;
beforeEach(async () => {
  fx = await makeHandlerFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

async function openSampleFile(name = 'advies.drijfveer'): Promise<{ docId: string; project: Project; path: string }> {
  const path = join(fx.workDir, name);
  await writeFile(path, serializeProject(loadSample(), 'test'));
  const opened = await fx.handlers.openProject({ path });
  return { docId: opened.doc.docId, project: opened.project, path };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: { code?: string }) => e.code);

describe('sendForReview', () => {
  it('writes a marked copy with the same project id under a suggested name, which opens as a review copy', async () => {
    const { docId, project, path } = await openSampleFile();
    const before = await readFile(path);
    const target = join(fx.workDir, 'voor-anneke.drijfveer');
    fx.answers.save.push(target);
    expect(await fx.handlers.sendForReview({ docId, project, note: ' Graag voor vrijdag ' })).toBe(target);
    expect(fx.dialogs.chooseSaveLocation).toHaveBeenCalledWith(`${titleStem(project.assignment.title)}-review-2026-11-22.drijfveer`);

    const copy = await fx.handlers.openProject({ path: target });
    expect(copy.project.id).toBe(project.id);
    expect(copy.project.review.copy).toMatchObject({ sourceProjectId: project.id, reviewerNote: 'Graag voor vrijdag' });
    expect(copy.doc.readOnly).toBe('review-copy');
    expect(copy.delivery).toBeNull();
    expect(await readFile(path)).toEqual(before);
  });

  it('adds the extension, and returns null when the dialog is cancelled', async () => {
    const { docId, project } = await openSampleFile();
    fx.answers.save.push(join(fx.workDir, 'zonder-extensie'));
    expect(await fx.handlers.sendForReview({ docId, project, note: '' })).toBe(join(fx.workDir, 'zonder-extensie.drijfveer'));
    expect(await fx.handlers.sendForReview({ docId, project, note: '' })).toBeNull();
  });

  it("refuses to write the copy over the consultant's own file", async () => {
    const { docId, project, path } = await openSampleFile();
    const before = await readFile(path);
    fx.answers.save.push(path);
    expect(await codeOf(fx.handlers.sendForReview({ docId, project, note: '' }))).toBe('COPY_WOULD_REPLACE_PROJECT');
    fx.answers.save.push(path);
    expect(await codeOf(fx.handlers.deliverProject({ docId, project, deliverer: 'Marleen' }))).toBe('COPY_WOULD_REPLACE_PROJECT');
    expect(await readFile(path)).toEqual(before);
  });
});

describe('pickReviewCopies', () => {
  it('returns the copies of this project and refuses other projects and broken files, each by name', async () => {
    const { docId, project } = await openSampleFile();
    const a = join(fx.workDir, 'a.drijfveer');
    fx.answers.save.push(a);
    await fx.handlers.sendForReview({ docId, project, note: '' });
    const other = await fx.writeProjectFile('ander.drijfveer', 'Een ander project');
    const broken = join(fx.workDir, 'kapot.drijfveer');
    await writeFile(broken, '{"format":"drijfveer","vers');
    const many = vi.fn(async () => [a, other, broken, a]);
    fx.dialogs.chooseProjectsToOpen = many;

    const pick = await fx.handlers.pickReviewCopies({ projectId: project.id });
    expect(many).toHaveBeenCalledTimes(1);
    expect(pick?.copies.map((c) => c.fileName)).toEqual(['a.drijfveer']);
    expect(pick?.copies[0].project.review.copy?.sourceProjectId).toBe(project.id);
    expect(pick?.refused.map((r) => [r.fileName, r.error.code])).toEqual([
      ['ander.drijfveer', 'REVIEW_COPY_MISMATCH'],
      ['kapot.drijfveer', 'FILE_TRUNCATED'],
    ]);
  });

  it('refuses a delivered file of the same project, whose comments were pseudonymised', async () => {
    const { docId, project } = await openSampleFile();
    const delivered = join(fx.workDir, 'opgeleverd.drijfveer');
    fx.answers.save.push(delivered);
    await fx.handlers.deliverProject({ docId, project, deliverer: 'Marleen' });
    fx.answers.open.push(delivered);
    const pick = await fx.handlers.pickReviewCopies({ projectId: project.id });
    expect(pick?.copies).toEqual([]);
    expect(pick?.refused).toEqual([{ fileName: 'opgeleverd.drijfveer', error: { code: 'DELIVERED_NOT_MERGEABLE', params: { fileName: 'opgeleverd.drijfveer' } } }]);
  });

  it('falls back to a single open dialog, and returns null when cancelled', async () => {
    const { project, path } = await openSampleFile();
    fx.answers.open.push(path);
    expect((await fx.handlers.pickReviewCopies({ projectId: project.id }))?.copies).toHaveLength(1);
    expect(await fx.handlers.pickReviewCopies({ projectId: project.id })).toBeNull();
  });
});

describe('deliverProject and opening a delivered file', () => {
  it('writes a delivered file that verifies, and reports an altered one', async () => {
    const { docId, project, path } = await openSampleFile();
    const before = await readFile(path);
    const target = join(fx.workDir, 'opgeleverd.drijfveer');
    fx.answers.save.push(target);
    const outcome = await fx.handlers.deliverProject({ docId, project, deliverer: ' Marleen Verhoef ' });
    expect(fx.dialogs.chooseSaveLocation).toHaveBeenCalledWith(suggestedName(project, 'delivered', new Date(2026, 10, 22, 9, 30)));
    expect(outcome).toMatchObject({ path: target, fileName: 'opgeleverd.drijfveer' });
    expect(outcome?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(path)).toEqual(before);

    const opened = await fx.handlers.openProject({ path: target });
    expect(opened.doc.readOnly).toBe('delivered');
    expect(opened.project.assignment.status).toBe('delivered');
    expect(opened.delivery).toEqual({ deliveredAt: outcome?.deliveredAt, deliveredBy: 'Marleen Verhoef', verified: true });
    const respondents = project.partners.interviews.map((i) => i.respondent.name).filter((n) => n !== '');
    expect(respondents.length).toBeGreaterThan(0);
    const text = await readFile(target, 'utf8');
    for (const name of respondents) expect(text).not.toContain(name);

    // One changed character in the content, on disk.
    const title = loadProjectText(text).project.assignment.title;
    await writeFile(target, text.replace(JSON.stringify(title), JSON.stringify(`${title}!`)));
    const altered = await fx.handlers.openProject({ path: target });
    expect(altered.delivery).toMatchObject({ verified: false, deliveredBy: 'Marleen Verhoef' });
    expect(altered.doc.readOnly).toBe('delivered');
  });

  it('gives no delivery record for an ordinary project', async () => {
    const { path } = await openSampleFile();
    expect((await fx.handlers.openProject({ path })).delivery).toBeNull();
  });
});
