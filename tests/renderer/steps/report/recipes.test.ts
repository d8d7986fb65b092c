import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../../src/shared/model/project';
import { reportSectionKeys } from '../../../../src/shared/model/report-settings';
import { moveSection, setIncludeOpenComments, setMixLayout, setSectionIncluded } from '../../../../src/renderer/steps/report/recipes';

const keys = (p: ReturnType<typeof createEmptyProject>) => p.report.sections.map((s) => s.key);

describe('report step recipes', () => {
  it('moves a section one place up or down and leaves the rest in order', () => {
    const project = createEmptyProject('nl');
    const down = moveSection('context', 1)(project);
    expect(keys(down).slice(2, 5)).toEqual(['management-summary', 'approach', 'context']);
    expect(moveSection('context', -1)(down)).toEqual(project);
  });

  it('does nothing at either end (the same object comes back)', () => {
    const project = createEmptyProject('nl');
    expect(moveSection('title-page', -1)(project)).toBe(project);
    expect(moveSection(reportSectionKeys.at(-1)!, 1)(project)).toBe(project);
  });

  it('excludes and includes a section without touching the original project', () => {
    const project = createEmptyProject('nl');
    const without = setSectionIncluded('partners', false)(project);
    expect(without.report.sections.find((s) => s.key === 'partners')?.included).toBe(false);
    expect(project.report.sections.find((s) => s.key === 'partners')?.included).toBe(true);
    expect(setSectionIncluded('partners', true)(without).report.sections).toEqual(project.report.sections);
  });

  it('completes a section list that misses entries before reordering', () => {
    const project = createEmptyProject('nl');
    const partial = { ...project, report: { ...project.report, sections: [{ key: 'advice' as const, included: true }] } };
    const moved = moveSection('advice', 1)(partial);
    expect(moved.report.sections).toHaveLength(reportSectionKeys.length);
    expect(keys(moved).slice(0, 2)).toEqual(['title-page', 'advice']);
  });

  it('sets the mix layout and the open-comments choice', () => {
    const project = createEmptyProject('nl');
    expect(setMixLayout('matrix')(project).report.mixLayout).toBe('matrix');
    expect(setIncludeOpenComments(true)(project).report.includeOpenCommentsInExports).toBe(true);
  });
});
