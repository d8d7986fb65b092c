// Comments added by a program nobody here wrote: LibreOffice (headless, its
// own profile) opens our DOCX export of the sample, a Basic macro puts review
// comments on bookmarked items and at the start of the document, and saves it
// as DOCX again. The import must find them on the right items.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src/main/export/export-report';
import { readDocxCommentsFile } from '../../../src/main/review-import/import-review-docx';
import { readProjectFile } from '../../../src/main/store/read-project-file';
import type { Project } from '../../../src/shared/model/project';
import { placeDocxComments } from '../../../src/renderer/review-import/place-comments';

const run = promisify(execFile);
const samplesDir = resolve(__dirname, '..', '..', '..', 'resources', 'samples');
let dir: string;
let sample: Project;

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Runs soffice and tolerates its exit status (it may abort while shutting down after the macro); callers check the output file. */
async function soffice(profile: string, args: string[]): Promise<void> {
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], { timeout: 120_000 }).catch(() => undefined);
}

/** A fresh LibreOffice profile whose Standard library holds the annotate macro. */
async function profileWithMacro(): Promise<string> {
  const profile = join(dir, 'profile');
  await soffice(profile, ['--terminate_after_init']);
  const basic = await readFile(join(__dirname, 'annotate.bas'), 'utf8');
  const module =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
    `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlEscape(basic)}</script:module>`;
  const standard = join(profile, 'user', 'basic', 'Standard');
  await mkdir(standard, { recursive: true });
  await writeFile(join(standard, 'Module1.xba'), module);
  return profile;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-lo-review-'));
  sample = (await readProjectFile(join(samplesDir, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('comments added by LibreOffice to our DOCX export', () => {
  it('land on the right items; the one at the document start is kept at step level; exported ones are not duplicated', async () => {
    const input = join(dir, 'rapport.docx');
    const output = join(dir, 'rapport-review.docx');
    const plan = join(dir, 'plan.txt');
    await writeFile(input, await exportReport(sample, { format: 'docx', language: 'nl', comments: true }));
    await writeFile(
      plan,
      ['item_rq_2|Sanne de Wit|Deze vraag is te breed.', 'item_seg_werkend|Sanne de Wit|Klopt dit aandeel?', 'START|Sanne de Wit|Titel graag korter.'].join('\n') + '\n',
    );
    const profile = await profileWithMacro();
    const macro = `macro:///Standard.Module1.Annotate("${pathToFileURL(input).href}","${pathToFileURL(output).href}","${plan}")`;
    await soffice(profile, [macro]);
    const log = await readFile(`${plan}.log`, 'utf8').catch(() => '');
    expect(log).toBe('');

    const read = await readDocxCommentsFile(output);
    expect(read.comments.map((c) => c.body)).toEqual(expect.arrayContaining(['Deze vraag is te breed.', 'Klopt dit aandeel?', 'Titel graag korter.']));
    const { project, summary } = placeDocxComments(sample, read.comments, { now: new Date('2026-11-20T12:00:00Z'), newId: (() => { let n = 0; return () => `lo-${(n += 1)}`; })() });

    expect(summary.placed).toBe(2);
    // The export writes the open threads; each comment and reply of them comes back as "already there".
    expect(summary.existing).toBe(sample.review.comments.filter((c) => c.status === 'open').reduce((sum, c) => sum + 1 + c.replies.length, 0));
    expect(summary.unplaced.map((u) => [u.body, u.reason, u.stepId])).toEqual([['Titel graag korter.', 'no-item', 'report']]);
    const target = (body: string) => project.review.comments.find((c) => c.body === body)?.target;
    expect(target('Deze vraag is te breed.')).toEqual({ kind: 'item', stepId: 'context', itemId: 'rq-2', quote: sample.context.researchQuestions[1].text.trim() });
    const werkend = sample.insights.segments.find((s) => s.id === 'seg-werkend');
    expect(target('Klopt dit aandeel?')).toMatchObject({ kind: 'item', stepId: 'insights', itemId: 'seg-werkend', quote: werkend?.name });
    expect(project.review.comments).toHaveLength(sample.review.comments.length + 3);
    expect(project.review.comments.find((c) => c.body === 'Deze vraag is te breed.')?.author.name).toBe('Sanne de Wit');
  }, 180_000);
});
