// Report settings decide which sections appear and in which order; the mix
// layout decides between a table per P and one P × level matrix.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/shared/report/build-report';
import { activityLevels } from '../../../src/shared/model/marketing-mix';
import type { Project } from '../../../src/shared/model/project';
import { docBlocks } from '../../../src/shared/report/walk';
import { allRuns, fakeEngine, plainText, sampleProject } from './helpers';

const build = (project: Project) => buildReport(project, { citations: fakeEngine(project) });

describe('section settings', () => {
  it('leaves out excluded sections and follows a new order', () => {
    const project = sampleProject('nl');
    const order = ['appendix-codebook', 'advice', 'title-page', 'insights', 'references', 'context'] as const;
    project.report.sections = [
      ...order.map((key) => ({ key, included: true })),
      ...project.report.sections.filter((s) => !(order as readonly string[]).includes(s.key)).map((s) => ({ ...s, included: false })),
    ];
    const doc = build(project);
    expect(doc.sections.map((section) => section.key)).toEqual(order.filter((key) => key !== 'title-page'));
    expect(doc.titlePage).toBe(true);
    expect(doc.toc).toBe(false);
    // The references now follow only what the remaining sections cite.
    const cited = new Set(doc.sections.filter((s) => s.key !== 'references').flatMap((s) => allRuns({ ...doc, sections: [s] }).flatMap((run) => run.sourceIds ?? [])));
    expect(new Set(doc.sections.find((s) => s.key === 'references')?.blocks.map((block) => block.itemId))).toEqual(cited);
    expect(cited.size).toBeLessThan(project.deskResearch.sources.length);
  });

  it('drops the references when nothing cited is left', () => {
    const project = sampleProject('en');
    project.report.sections = project.report.sections.map((s) => ({ ...s, included: ['references', 'appendix-respondents'].includes(s.key) }));
    expect(build(project).sections.map((section) => section.key)).toEqual(['appendix-respondents']);
  });

  it('drops a section whose parts are all empty, and keeps only the filled sub-part', () => {
    const project = sampleProject('nl');
    const scopeOut = project.context.scopeOut;
    project.context = { ...project.context, background: { type: 'doc', content: [] }, challenge: { type: 'doc', content: [] },
      researchQuestions: [{ id: 'rq-empty', text: '  ' }], scopeIn: { type: 'doc', content: [{ type: 'paragraph', content: [] }] },
      desiredResult: { type: 'doc', content: [] }, scopeOut };
    project.insights.insights = project.insights.insights.map((insight) => ({
      ...insight, description: { type: 'doc', content: [] }, evidence: { quoteIds: [], findingIds: [] },
    }));
    const doc = build(project);
    const context = doc.sections.find((section) => section.key === 'context');
    expect(context?.children.map((child) => child.id)).toEqual(['sec-context-scope']);
    expect(context?.children[0].children.map((child) => child.id)).toEqual(['sec-context-scope-out']);
    // Insights with only a title have nothing to show: no section, no headings.
    expect(doc.sections.some((section) => section.key === 'insights')).toBe(false);
  });
});

describe('marketing mix layout', () => {
  it('per-p: one subsection with one table per P, every activity once in its P', () => {
    const project = sampleProject('nl');
    project.report.mixLayout = 'per-p';
    const mix = build(project).sections.find((section) => section.key === 'marketing-mix');
    const ps = [...new Set(project.marketingMix.activities.map((activity) => activity.p))];
    expect(mix?.children).toHaveLength(ps.length);
    for (const child of mix?.children ?? []) {
      const table = child.blocks.find((block) => block.type === 'table');
      expect(table?.type).toBe('table');
      const shown = table?.type === 'table' ? table.rows.map((row) => row[0].blocks[0]?.itemId) : [];
      const p = ps.find((candidate) => child.id === `sec-mix-${candidate}`);
      expect(shown).toEqual(project.marketingMix.activities.filter((activity) => activity.p === p).map((activity) => activity.id));
    }
  });

  it('matrix: one table of Ps × levels, each activity in the cell of its P and level', () => {
    const project = sampleProject('en');
    project.report.mixLayout = 'matrix';
    const mix = build(project).sections.find((section) => section.key === 'marketing-mix');
    expect(mix?.children).toEqual([]);
    const tables = docBlocks({ ...build(project), sections: mix ? [mix] : [] }).filter((block) => block.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0];
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table.columns).toHaveLength(1 + activityLevels.length);
    for (const activity of project.marketingMix.activities) {
      const cells = table.rows.flatMap((row, r) => row.slice(1).map((cell, c) => ({ r, c, cell })))
        .filter(({ cell }) => cell.blocks.some((block) => block.itemId === activity.id));
      expect(cells).toHaveLength(1);
      expect(activityLevels[cells[0].c]).toBe(activity.level);
      expect(plainText(table.rows[cells[0].r][0].blocks)).toBe({ product: 'Product', price: 'Price', place: 'Place', promotion: 'Promotion', partnership: 'Partnership', policy: 'Policy' }[activity.p]);
    }
  });
});
