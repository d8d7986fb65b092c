// The report built from the realistic sample: structure and order, no empty
// parts, citations and references, and no personal data of respondents.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/shared/report/build-report';
import type { Block, ReportDoc, Section } from '../../../src/shared/report/doc';
import type { Language } from '../../../src/shared/language';
import { docBlocks } from '../../../src/shared/report/walk';
import { allRuns, allSections, fakeEngine, plainText, sampleProject } from './helpers';

function build(language: Language) {
  const project = sampleProject(language);
  const engine = fakeEngine(project);
  return { project, engine, doc: buildReport(project, { citations: engine }) };
}

function emptyBlockProblems(blocks: Block[], where: string): string[] {
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    if ((block.type === 'paragraph' || block.type === 'quote') && block.runs.every((run) => run.text.trim() === '')) {
      problems.push(`${where}: empty ${block.type} ${block.id}`);
    }
    if (block.type === 'list') {
      if (block.items.length === 0 || block.items.some((item) => item.length === 0)) problems.push(`${where}: empty list ${block.id}`);
      block.items.forEach((item) => problems.push(...emptyBlockProblems(item, where)));
    }
    if (block.type === 'table') {
      if (block.rows.length === 0) problems.push(`${where}: empty table ${block.id}`);
      block.rows.forEach((row) => row.forEach((cell) => problems.push(...emptyBlockProblems(cell.blocks, where))));
    }
    if (block.type === 'heading') {
      const next = blocks[index + 1];
      if (block.text.trim() === '' || !next || (next.type === 'heading' && next.level <= block.level)) {
        problems.push(`${where}: heading without content ${block.id}`);
      }
    }
  });
  return problems;
}

function emptyProblems(doc: ReportDoc): string[] {
  return allSections(doc).flatMap((section: Section) => [
    ...(section.title.trim() === '' ? [`${section.id}: no title`] : []),
    ...(section.blocks.length === 0 && section.children.length === 0 ? [`${section.id}: empty section`] : []),
    ...emptyBlockProblems(section.blocks, section.id),
  ]);
}

describe.each(['nl', 'en'] as const)('buildReport on the %s sample', (language) => {
  it('follows the report settings in order, with title page and TOC as flags', () => {
    const { project, doc } = build(language);
    const expected = project.report.sections
      .filter((section) => section.included && !['title-page', 'toc'].includes(section.key))
      .map((section) => section.key);
    expect(doc.sections.map((section) => section.key)).toEqual(expected);
    expect(doc.titlePage).toBe(true);
    expect(doc.toc).toBe(true);
    expect(doc.meta.language).toBe(language);
    expect(doc.meta.title).toBe(project.assignment.title);
    expect(doc.meta.authors).toEqual(project.assignment.authors.map((author) => author.name));
  });

  it('has no empty section, heading, paragraph, list or table anywhere', () => {
    expect(emptyProblems(build(language).doc)).toEqual([]);
  });

  it('gives every block and section a unique id', () => {
    const { doc } = build(language);
    const ids = [...docBlocks(doc).map((block) => block.id), ...allSections(doc).map((section) => section.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the research questions as a numbered list and the determinants by COM-B', () => {
    const { project, doc } = build(language);
    const questions = allSections(doc).find((section) => section.id === 'sec-context-research-questions');
    const list = questions?.blocks[0];
    expect(list?.type === 'list' && list.ordered).toBe(true);
    expect(list?.type === 'list' ? list.items.map((item) => plainText(item)) : []).toEqual(
      project.context.researchQuestions.map((question) => question.text),
    );
    const determinants = allSections(doc).find((section) => section.id === 'sec-target-group-determinants')?.blocks[0];
    expect(determinants?.type).toBe('table');
    const rowItems = determinants?.type === 'table' ? determinants.rows.map((row) => row[0].blocks[0]?.itemId) : [];
    expect([...rowItems].sort()).toEqual(project.targetGroup.determinants.map((d) => d.id).sort());
  });

  it('resolves every citation to existing sources through the engine', () => {
    const { project, doc } = build(language);
    const known = new Set(project.deskResearch.sources.map((source) => source.id));
    const citations = allRuns(doc).filter((run) => run.citation);
    expect(citations.length).toBeGreaterThan(10);
    for (const run of citations) {
      expect(run.text.startsWith('(cite:')).toBe(true);
      expect(run.sourceIds?.length).toBeGreaterThan(0);
      for (const id of run.sourceIds ?? []) expect(known.has(id)).toBe(true);
    }
  });

  it('lists exactly the cited sources in the references, in the engine’s order', () => {
    const { engine, doc } = build(language);
    const references = doc.sections.find((section) => section.key === 'references');
    const cited = new Set(
      doc.sections.filter((section) => section.key !== 'references').flatMap((section) =>
        allRuns({ ...doc, sections: [section] }).flatMap((run) => run.sourceIds ?? [])),
    );
    const listed = references?.blocks.map((block) => block.itemId) ?? [];
    expect(new Set(listed)).toEqual(cited);
    expect(listed).toHaveLength(cited.size);
    expect(listed).toEqual(engine.bibliography([...cited]).map((entry) => entry.sourceId));
  });

  it('contains no respondent name, e-mail, phone, consent note or interviewer note', () => {
    const { project, doc } = build(language);
    const serialised = JSON.stringify(doc);
    const personal = project.partners.interviews.flatMap((interview) => [
      interview.respondent.name,
      interview.respondent.email,
      interview.respondent.phone,
      interview.consent.note,
      interview.notes,
    ]).filter((value) => value.trim() !== '');
    expect(personal.length).toBeGreaterThanOrEqual(project.partners.interviews.length * 3);
    for (const value of personal) expect(serialised).not.toContain(value);
    // Family names alone must not leak either (e.g. in an attribution).
    for (const interview of project.partners.interviews) {
      const family = interview.respondent.name.split(' ').pop() ?? '';
      if (family.length > 3) expect(serialised).not.toContain(family);
    }
  });

  it('attributes interview quotes by respondent group and code', () => {
    const { project, doc } = build(language);
    const quotes = docBlocks(doc).filter((block) => block.type === 'quote' && block.itemId?.startsWith('q-'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const block of quotes) {
      const quote = project.partners.quotes.find((item) => item.id === block.itemId);
      const interview = project.partners.interviews.find((item) => item.id === quote?.interviewId);
      const group = project.partners.respondentGroups.find((item) => item.id === interview?.respondentGroupId);
      expect(block.type === 'quote' && block.attribution).toBe(`${group?.name}, ${interview?.code}`);
    }
  });
});

describe('buildReport on an empty project', () => {
  it('produces no sections at all, only the flags', async () => {
    const { createEmptyProject } = await import('../../../src/shared/model/project');
    const project = createEmptyProject('en');
    const doc = buildReport(project, { citations: fakeEngine(project) });
    expect(doc.sections).toEqual([]);
    expect(doc.comments).toEqual([]);
    expect(doc.meta.language).toBe('en');
  });
});

describe('report language', () => {
  it('takes every fixed word from the requested language, not the project’s', () => {
    const project = sampleProject('nl');
    const doc = buildReport(project, { language: 'en', citations: fakeEngine(project) });
    expect(doc.meta.language).toBe('en');
    expect(doc.labels.page).toBe('Page');
    expect(doc.sections.map((section) => section.title)).toContain('Management summary');
    expect(JSON.stringify(doc.sections.map((section) => section.title))).not.toContain('Bijlage');
    const nl = buildReport(project, { citations: fakeEngine(project) });
    expect(nl.labels.page).toBe('Pagina');
    expect(nl.sections[0].title).toBe('Managementsamenvatting');
  });
});
