// The numbers behind the report's figures, computed from the project, with a
// text alternative that states the same numbers in words.

import type { Scale } from '../model/monitoring';
import type { BuildContext } from './build-context';
import type { BarChartFigure, GridFigure, ScaleFigure } from './figures';
import { cleanText } from './text';

export interface FigureData<F> {
  figure: F;
  alt: string;
}

/**
 * Coded quotes per theme (categories) and respondent group (series). A quote
 * counts once for each theme it carries; quotes of an interview without a known
 * group are not counted. Themes and groups without any quote are left out.
 */
export function themeFrequencyChart(ctx: BuildContext): FigureData<BarChartFigure> | null {
  const { themes, respondentGroups, interviews, quotes } = ctx.project.partners;
  const groupOfInterview = new Map(interviews.map((interview) => [interview.id, interview.respondentGroupId]));
  const counts = new Map<string, number>();
  for (const quote of quotes) {
    const groupId = groupOfInterview.get(quote.interviewId);
    if (groupId === undefined) continue;
    for (const themeId of new Set(quote.themeIds)) {
      const key = `${themeId}\u0000${groupId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const count = (themeId: string, groupId: string) => counts.get(`${themeId}\u0000${groupId}`) ?? 0;
  const usedThemes = themes.filter((theme) => respondentGroups.some((group) => count(theme.id, group.id) > 0));
  const usedGroups = respondentGroups.filter((group) => themes.some((theme) => count(theme.id, group.id) > 0));
  if (usedThemes.length === 0) return null;
  const figure: BarChartFigure = {
    kind: 'bar-chart',
    categories: usedThemes.map((theme) => cleanText(theme.name)),
    series: usedGroups.map((group) => ({
      name: cleanText(group.name),
      values: usedThemes.map((theme) => count(theme.id, group.id)),
    })),
    valueLabel: ctx.labels.axes.quotes,
  };
  const alt = `${ctx.labels.alt.bar}, ${ctx.labels.captions.themeChart.toLowerCase()}. ` + figure.categories
    .map((category, i) => `${category}: ${figure.series.map((series) => `${series.name} ${series.values[i]}`).join(', ')}`)
    .join('; ') + '.';
  return { figure, alt };
}

/** Stakeholders on a 1–5 grid: interest along x, influence along y. */
export function powerInterestGrid(ctx: BuildContext): FigureData<GridFigure> | null {
  const stakeholders = ctx.project.partners.stakeholders.filter((s) => s.organisation.trim() !== '');
  if (stakeholders.length === 0) return null;
  const { axes } = ctx.labels;
  const figure: GridFigure = {
    kind: 'grid',
    xAxis: { label: axes.interest, min: 1, max: 5 },
    yAxis: { label: axes.influence, min: 1, max: 5 },
    quadrants: ctx.labels.quadrants,
    points: stakeholders.map((s) => ({ label: cleanText(s.organisation), x: s.interest, y: s.influence, itemId: s.id })),
  };
  const alt = `${ctx.labels.alt.grid}, ${ctx.labels.captions.powerGrid.toLowerCase()} (1–5). ` + figure.points
    .map((point) => `${point.label}: ${axes.influence.toLowerCase()} ${point.y}, ${axes.interest.toLowerCase()} ${point.x}`)
    .join('; ') + '.';
  return { figure, alt };
}

/** A scale's described levels, lowest rank first. */
export function scaleFigure(ctx: BuildContext, scale: Scale): FigureData<ScaleFigure> | null {
  const levels = [...scale.levels]
    .filter((level) => level.label.trim() !== '' || level.description.trim() !== '')
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({ rank: level.rank, label: cleanText(level.label), description: cleanText(level.description), itemId: level.id }));
  if (levels.length === 0) return null;
  const figure: ScaleFigure = { kind: 'scale', name: cleanText(scale.name), levels };
  const alt = `${ctx.labels.alt.scale} ${figure.name}: ` + levels.map((level) => `${level.rank}. ${level.label}`).join(', ') + '.';
  return { figure, alt };
}
