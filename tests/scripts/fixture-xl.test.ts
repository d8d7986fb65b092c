// The XL fixture generator: the file it writes is a real project the app's
// loader accepts, with exactly the promised numbers of items, quotes that are
// exact cut-outs of their answers, and the same bytes on every run.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemCounts } from '../../src/shared/model/counts';
import type { Project } from '../../src/shared/model/project';
import { sourceTypes } from '../../src/shared/model/desk-research';
import { readProjectFile } from '../../src/main/store/read-project-file';
import { xlProjectText } from '../../scripts/fixture-xl/build-project';
import { MAX_ANSWER_WORDS, MIN_ANSWER_WORDS, wordCount } from '../../scripts/fixture-xl/text';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let fileA: string;
let fileB: string;
let project: Project;

function generate(target: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/fixture-xl.ts', target], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, npm_lifecycle_event: '' },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-fixture-xl-'));
  fileA = join(dir, 'a.drijfveer');
  fileB = join(dir, 'b.drijfveer');
  generate(fileA);
  generate(fileB);
  project = (await readProjectFile(fileA)).loaded.project;
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run fixture:xl', () => {
  it('writes a file the app loads, with exactly the promised item counts', () => {
    const counts = itemCounts(project);
    expect(counts.partners).toMatchObject({ interviews: 150, questions: 10, quotes: 1000, themes: 40, stakeholders: 40 });
    expect(counts['desk-research']).toMatchObject({ sources: 400, findings: 600 });
    expect(counts.insights).toEqual({ insights: 50, segments: 8 });
    expect(counts['marketing-mix']).toEqual({ activities: 80 });
    expect(counts.advice.recommendations).toBe(60);
    expect(counts['target-group'].determinants).toBe(30);
    expect(counts.monitoring.indicators).toBe(20);
    expect(counts.monitoring.scales).toBeGreaterThan(0);
    expect(counts.monitoring.pilotPhases).toBeGreaterThan(0);
    expect(project.review.comments).toHaveLength(300);
  });

  it('gives every interview ten answers of 40 to 120 words with Dutch diacritics', () => {
    const answers = project.partners.interviews.flatMap((interview) => interview.answers);
    expect(answers).toHaveLength(1500);
    for (const answer of answers) {
      const words = wordCount(answer.text);
      expect(words).toBeGreaterThanOrEqual(MIN_ANSWER_WORDS);
      expect(words).toBeLessThanOrEqual(MAX_ANSWER_WORDS);
    }
    const all = answers.map((answer) => answer.text).join(' ');
    for (const letter of ['ë', 'ï', 'é']) expect(all).toContain(letter);
  });

  it('cuts every quote exactly out of its answer at the stored offsets', () => {
    const interviews = new Map(project.partners.interviews.map((interview) => [interview.id, interview]));
    for (const quote of project.partners.quotes) {
      const answer = interviews.get(quote.interviewId)?.answers.find((a) => a.questionId === quote.questionId);
      expect(answer, quote.id).toBeDefined();
      expect(quote.start).not.toBeNull();
      expect(answer?.text.slice(quote.start ?? -1, quote.end ?? -1), quote.id).toBe(quote.text);
      expect(quote.text.length).toBeGreaterThan(0);
    }
  });

  it('cites one to three existing sources with a locator in every finding, and uses every source type', () => {
    const sourceIds = new Set(project.deskResearch.sources.map((source) => source.id));
    for (const finding of project.deskResearch.findings) {
      expect(finding.citations.length).toBeGreaterThanOrEqual(1);
      expect(finding.citations.length).toBeLessThanOrEqual(3);
      for (const citation of finding.citations) {
        expect(sourceIds.has(citation.sourceId)).toBe(true);
        expect(citation.locator).toMatch(/^pp?\. \d+/);
      }
    }
    expect(new Set(project.deskResearch.sources.map((source) => source.type))).toEqual(new Set(sourceTypes));
  });

  it('has comment threads with replies, and both open and resolved ones', () => {
    const comments = project.review.comments;
    expect(comments.some((comment) => comment.replies.length > 0)).toBe(true);
    expect(comments.some((comment) => comment.status === 'resolved' && comment.resolvedAt !== '')).toBe(true);
    expect(comments.some((comment) => comment.status === 'open')).toBe(true);
  });

  it('gives every segment a persona', () => {
    for (const segment of project.insights.segments) {
      expect(segment.persona.name).not.toBe('');
      expect(segment.persona.quote).not.toBe('');
    }
  });

  it('writes identical bytes on every run, equal to the in-process text', async () => {
    const [a, b] = await Promise.all([readFile(fileA), readFile(fileB)]);
    expect(a.length).toBeGreaterThan(1_000_000);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('utf8')).toBe(xlProjectText());
  });

  it('differs when the seed differs (the seed really drives the content)', () => {
    expect(xlProjectText(1)).not.toBe(xlProjectText());
  });
});
