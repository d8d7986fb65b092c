// Figures and tables carry data that matches the project, alt text and
// captions, and are numbered in reading order.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/shared/report/build-report';
import type { FigureBlock } from '../../../src/shared/report/doc';
import type { Project } from '../../../src/shared/model/project';
import { blocksOfType, fakeEngine, plainText, sampleProject } from './helpers';

const build = (project: Project) => buildReport(project, { citations: fakeEngine(project) });

function figureOfKind<K extends FigureBlock['figure']['kind']>(figures: FigureBlock[], kind: K) {
  const found = figures.filter((block) => block.figure.kind === kind);
  return found as (FigureBlock & { figure: Extract<FigureBlock['figure'], { kind: K }> })[];
}

describe.each(['nl', 'en'] as const)('figures of the %s sample', (language) => {
  const project = sampleProject(language);
  const doc = build(project);
  const figures = blocksOfType(doc, 'figure');

  it('has the three kinds, each with alt text and a caption, numbered 1…n', () => {
    expect(new Set(figures.map((block) => block.figure.kind))).toEqual(new Set(['bar-chart', 'grid', 'scale']));
    for (const block of figures) {
      expect(block.alt.length).toBeGreaterThan(20);
      expect(block.caption.trim()).not.toBe('');
    }
    expect(figures.map((block) => block.number)).toEqual(figures.map((_, i) => i + 1));
    const tables = blocksOfType(doc, 'table');
    expect(tables.map((block) => block.number)).toEqual(tables.map((_, i) => i + 1));
    expect(tables.every((block) => block.repeatHeader && block.caption.trim() !== '')).toBe(true);
  });

  it('counts quotes per theme and respondent group as the project does', () => {
    const [chart] = figureOfKind(figures, 'bar-chart');
    const { themes, respondentGroups, interviews, quotes } = project.partners;
    for (const series of chart.figure.series) {
      const group = respondentGroups.find((item) => item.name === series.name);
      chart.figure.categories.forEach((category, i) => {
        const theme = themes.find((item) => item.name === category);
        const expected = quotes.filter((quote) =>
          quote.themeIds.includes(theme?.id ?? '?')
          && interviews.find((interview) => interview.id === quote.interviewId)?.respondentGroupId === group?.id).length;
        expect(series.values[i]).toBe(expected);
      });
    }
    const total = chart.figure.series.reduce((sum, series) => sum + series.values.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(quotes.reduce((sum, quote) => sum + new Set(quote.themeIds).size, 0));
    // The alt text states the numbers too.
    expect(chart.alt).toContain(`${chart.figure.categories[0]}: ${chart.figure.series[0].name} ${chart.figure.series[0].values[0]}`);
  });

  it('places every stakeholder on the grid at its interest and influence', () => {
    const [grid] = figureOfKind(figures, 'grid');
    expect(grid.figure.points.map((point) => [point.itemId, point.x, point.y])).toEqual(
      project.partners.stakeholders.map((s) => [s.id, s.interest, s.influence]),
    );
  });

  it('shows each scale’s levels lowest first, as a figure and as a table', () => {
    const scales = figureOfKind(figures, 'scale');
    expect(scales).toHaveLength(project.monitoring.scales.length);
    const scale = project.monitoring.scales[0];
    const levels = [...scale.levels].sort((a, b) => a.rank - b.rank);
    expect(scales[0].figure.levels.map((level) => [level.rank, level.label, level.description])).toEqual(
      levels.map((level) => [level.rank, level.label, level.description]),
    );
    const table = blocksOfType(doc, 'table').find((block) => block.rows[0]?.[0].blocks[0]?.itemId === levels[0].id);
    expect(table?.rows.map((row) => plainText(row[1].blocks))).toEqual(levels.map((level) => level.label));
  });

  it('counts quotes per theme in the codebook appendix', () => {
    const codebook = doc.sections.find((section) => section.key === 'appendix-codebook');
    const table = codebook?.blocks[0];
    if (table?.type !== 'table') throw new Error('expected the codebook table');
    for (const row of table.rows) {
      const themeId = row[0].blocks[0]?.itemId;
      expect(Number(plainText(row[3].blocks))).toBe(project.partners.quotes.filter((quote) => quote.themeIds.includes(themeId ?? '?')).length);
    }
    expect(table.rows).toHaveLength(project.partners.themes.length);
  });

  it('lists respondents by code, group, organisation, date and mode only', () => {
    const respondents = doc.sections.find((section) => section.key === 'appendix-respondents');
    const table = respondents?.blocks[0];
    if (table?.type !== 'table') throw new Error('expected the respondent table');
    expect(table.columns).toHaveLength(5);
    expect(table.rows.map((row) => plainText(row[0].blocks))).toEqual(project.partners.interviews.map((interview) => interview.code));
  });
});
