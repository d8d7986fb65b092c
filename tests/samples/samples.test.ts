// The committed sample projects (Dutch and English) are real, loadable project
// files with coherent content: every reference resolves, every quote points at
// its exact characters, both languages share all ids, and the files are what
// the generator produces today.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepCompleteness } from '../../src/shared/model/completeness';
import type { Project } from '../../src/shared/model/project';
import { CURRENT_FORMAT_VERSION } from '../../src/shared/project-file/envelope';
import { loadProjectText } from '../../src/shared/project-file/load';
import { collectDanglingReferences } from '../../scripts/samples/references';
import { SAMPLE_SAVED_WITH, sampleFiles, sampleFileText } from '../../scripts/samples/sample-files';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const texts = new Map<string, string>();
const projects = new Map<string, Project>();

beforeAll(async () => {
  for (const file of sampleFiles) {
    const text = await readFile(join(repoRoot, file.path), 'utf8');
    texts.set(file.language, text);
    projects.set(file.language, loadProjectText(text).project);
  }
});

function project(language: string): Project {
  return projects.get(language) as Project;
}

/**
 * Every id and id reference in document order, with its path: the skeleton both
 * languages must share. Positions inside rich text ("content[3]") are left out,
 * since a translation may split a paragraph into runs differently.
 */
function idSkeleton(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((child, i) => idSkeleton(child, path.endsWith('.content') ? `${path}[]` : `${path}[${i}]`, out));
  }
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === 'id' || key.endsWith('Id')) out.push(`${at}=${String(child)}`);
      else if (key.endsWith('Ids') && Array.isArray(child)) out.push(`${at}=${child.join(',')}`);
      else idSkeleton(child, at, out);
    }
  }
  return out;
}

describe.each(sampleFiles.map((file) => [file.language, file.path] as const))('sample %s (%s)', (language) => {
  it('loads through loadProjectText as an editable, current-version project', () => {
    const loaded = loadProjectText(texts.get(language) as string);
    expect(loaded.fileFormatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(loaded.migratedFrom).toBeNull();
    expect(loaded.readOnly).toBeNull();
    expect(loaded.unknownFields).toEqual([]);
    expect(loaded.savedWith).toBe(SAMPLE_SAVED_WITH);
    expect(loaded.project.assignment.reportLanguage).toBe(language);
    expect(loaded.project.assignment.status).toBe('draft');
    expect(loaded.project.review.copy).toBeNull();
    expect(loaded.project.delivery).toBeNull();
  });

  it('meets the minimum counts of a realistic project', () => {
    const p = project(language);
    expect(p.assignment.authors.length).toBeGreaterThanOrEqual(2);
    expect(p.assignment.branding.logo?.mediaType).toBe('image/svg+xml');
    expect(p.context.researchQuestions.length).toBeGreaterThanOrEqual(4);
    expect(p.targetGroup.competingBehaviours).toHaveLength(3);
    expect(p.targetGroup.determinants.length).toBeGreaterThanOrEqual(8);
    expect(new Set(p.targetGroup.determinants.map((d) => d.kind))).toEqual(new Set(['driver', 'barrier']));
    expect(new Set(p.targetGroup.determinants.map((d) => d.comB.split('-')[0]))).toEqual(new Set(['capability', 'opportunity', 'motivation']));
    expect(p.deskResearch.sources.length).toBeGreaterThanOrEqual(12);
    expect(new Set(p.deskResearch.sources.map((s) => s.type))).toEqual(new Set(['article', 'book', 'chapter', 'report', 'webpage', 'policy']));
    expect(p.deskResearch.findings.length).toBeGreaterThanOrEqual(20);
    expect(new Set(p.deskResearch.findings.map((f) => f.topic)).size).toBe(5);
    expect(new Set(p.deskResearch.findings.map((f) => f.strength)).size).toBe(4);
    expect(p.deskResearch.findings.every((f) => f.citations.length > 0)).toBe(true);
    expect(p.deskResearch.theories.length).toBeGreaterThanOrEqual(2);
    expect(p.partners.stakeholders.length).toBeGreaterThanOrEqual(6);
    expect(new Set(p.partners.stakeholders.map((s) => s.relation)).size).toBe(3);
    expect(p.partners.interviewGuide.questions.length).toBeGreaterThanOrEqual(8);
    expect(p.partners.respondentGroups).toHaveLength(4);
    expect(p.partners.interviews.length).toBeGreaterThanOrEqual(12);
    expect(p.partners.themes.length).toBeGreaterThanOrEqual(15);
    expect(p.partners.quotes.length).toBeGreaterThanOrEqual(30);
    expect(p.insights.insights.length).toBeGreaterThanOrEqual(6);
    expect(new Set(p.insights.insights.map((i) => i.type)).size).toBe(4);
    expect(p.insights.segments).toHaveLength(3);
    expect(p.marketingMix.activities.length).toBeGreaterThanOrEqual(15);
    expect(new Set(p.marketingMix.activities.map((a) => a.p)).size).toBe(6);
    expect(new Set(p.marketingMix.activities.map((a) => a.level)).size).toBe(3);
    expect(p.advice.attentionPoints.length).toBeGreaterThanOrEqual(4);
    expect(p.advice.pitfalls.length).toBeGreaterThanOrEqual(4);
    expect(p.advice.goodExamples.length).toBeGreaterThanOrEqual(3);
    expect(p.advice.recommendations.length).toBeGreaterThanOrEqual(5);
    expect(p.monitoring.scales[0].levels.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(p.monitoring.indicators.length).toBeGreaterThanOrEqual(5);
    expect(p.monitoring.pilot.phases.length).toBeGreaterThanOrEqual(3);
    expect(p.review.comments.length).toBeGreaterThanOrEqual(3);
    expect(p.review.comments.some((c) => c.status === 'resolved')).toBe(true);
    expect(p.review.comments.some((c) => c.replies.length > 0)).toBe(true);
  });

  it('fills every content step completely; only the open review comments keep the report partial', () => {
    const completeness = stepCompleteness(project(language));
    for (const [step, state] of Object.entries(completeness)) {
      if (step === 'report') expect(state.missing).toEqual(['report.commentsResolved']);
      else expect(state, step).toMatchObject({ status: 'complete', missing: [] });
    }
  });

  it('links every insight, activity and recommendation to its evidence', () => {
    const p = project(language);
    for (const insight of p.insights.insights) {
      expect(insight.evidence.quoteIds.length + insight.evidence.findingIds.length, insight.id).toBeGreaterThan(0);
      expect(insight.segmentIds.length, insight.id).toBeGreaterThan(0);
    }
    for (const activity of p.marketingMix.activities) {
      expect(activity.segmentIds.length * activity.insightIds.length, activity.id).toBeGreaterThan(0);
    }
    for (const rec of p.advice.recommendations) {
      expect(rec.insightIds.length * rec.activityIds.length, rec.id).toBeGreaterThan(0);
    }
    for (const determinant of p.targetGroup.determinants) {
      expect(determinant.evidence.findingIds.length + determinant.evidence.quoteIds.length, determinant.id).toBeGreaterThan(0);
    }
  });

  it('has no reference that points at nothing', () => {
    expect(collectDanglingReferences(project(language))).toEqual([]);
  });

  it('points every quote at its exact characters in the answer', () => {
    const p = project(language);
    for (const quote of p.partners.quotes) {
      const interview = p.partners.interviews.find((i) => i.id === quote.interviewId);
      const answer = interview?.answers.find((a) => a.questionId === quote.questionId);
      expect(answer, quote.id).toBeDefined();
      expect(quote.start, quote.id).not.toBeNull();
      expect(answer?.text.slice(quote.start as number, quote.end as number), quote.id).toBe(quote.text);
    }
  });

  it('carries only clearly fake personal data, with consent recorded', () => {
    for (const interview of project(language).partners.interviews) {
      expect(interview.respondent.name, interview.code).not.toBe('');
      expect(interview.respondent.email, interview.code).toMatch(/^[a-z.]+@example\.nl$/);
      expect(interview.respondent.phone, interview.code).toMatch(/^06-00000\d{3}$/);
      expect(interview.consent.given, interview.code).toBe(true);
      expect(interview.notes, interview.code).not.toBe('');
      expect(interview.answers.length, interview.code).toBeGreaterThanOrEqual(6);
    }
  });

  it('is exactly what the generator builds today', () => {
    const file = sampleFiles.find((f) => f.language === language);
    expect(sampleFileText(file?.content as never, language)).toBe(texts.get(language));
  });
});

describe('sample languages', () => {
  it('share every id and id reference between Dutch and English', () => {
    const nl = idSkeleton(project('nl'));
    expect(nl.length).toBeGreaterThan(500);
    expect(idSkeleton(project('en'))).toEqual(nl);
  });

  it('are written in their own language', () => {
    expect(project('nl').partners.themes[0].name).toBe('Capaciteit – fysiek');
    expect(project('en').partners.themes[0].name).toBe('Capability – physical');
    expect(project('nl').assignment.client.municipality).toBe('Gemeente Rotterdam');
    expect(project('en').assignment.client.municipality).toBe('Municipality of Rotterdam');
    const answers = (lang: string) => project(lang).partners.interviews.flatMap((i) => i.answers.map((a) => a.text));
    const shared = answers('nl').filter((text) => answers('en').includes(text));
    expect(shared).toEqual([]);
  });
});

describe('reference checker', () => {
  it('reports a quote id that no longer exists', () => {
    const broken = structuredClone(project('nl'));
    broken.insights.insights[0].evidence.quoteIds.push('q-missing');
    broken.deskResearch.findings[0].citations[0].sourceId = 'src-missing';
    const problems = collectDanglingReferences(broken);
    expect(problems).toContain('ins-1.quoteIds → q-missing');
    expect(problems).toContain('fnd-01.citations → src-missing');
  });
});

describe('generator script', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drijfveer-samples-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes both files, identical to the committed ones', async () => {
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    execFileSync(tsx, [join(repoRoot, 'scripts/samples/build-samples.ts'), dir], { cwd: repoRoot, stdio: 'pipe' });
    for (const file of sampleFiles) {
      const written = await readFile(join(dir, file.path.split('/').pop() as string), 'utf8');
      expect(written).toBe(texts.get(file.language));
    }
  });
});
