// Partners and interviews: the stakeholder register with its power/interest
// grid, and what the interviews yielded (number held, themes per respondent
// group as a bar chart). No respondent appears by name anywhere.

import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { figure, table, textCell, textParagraph } from '../blocks';
import { powerInterestGrid, themeFrequencyChart } from '../figure-data';
import { makeSection } from '../section';

function stakeholderBlocks(ctx: BuildContext): Block[] {
  const { labels } = ctx;
  const h = labels.headers;
  const stakeholders = ctx.project.partners.stakeholders.filter((s) => s.organisation.trim() !== '');
  const rows = stakeholders.map((s) => [
    { blocks: [...textParagraph(ctx, s.organisation, s.id), ...textParagraph(ctx, s.description, s.id)] },
    textCell(ctx, s.contactRole, s.id),
    textCell(ctx, labels.relations[s.relation], s.id),
    textCell(ctx, String(s.influence), s.id),
    textCell(ctx, String(s.interest), s.id),
  ]);
  const grid = powerInterestGrid(ctx);
  return [
    ...table(ctx, 'stakeholders', [
      { header: h.organisation, width: 5 },
      { header: h.contactRole, width: 3 },
      { header: h.relation, width: 3 },
      { header: h.influence, width: 1 },
      { header: h.interest, width: 1 },
    ], rows, labels.captions.stakeholders),
    ...(grid ? figure(ctx, 'power-interest', grid.figure, grid.alt, labels.captions.powerGrid) : []),
  ];
}

function interviewBlocks(ctx: BuildContext): Block[] {
  const { interviews } = ctx.project.partners;
  if (interviews.length === 0) return [];
  const groups = new Set(interviews.map((interview) => interview.respondentGroupId).filter((id) => id !== ''));
  const chart = themeFrequencyChart(ctx);
  return [
    ...textParagraph(ctx, ctx.labels.interviewCount(interviews.length, groups.size)),
    ...(chart ? figure(ctx, 'theme-frequencies', chart.figure, chart.alt, ctx.labels.captions.themeChart) : []),
  ];
}

export function partnersSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  return makeSection(ctx, {
    key: 'partners',
    title: labels.sections.partners,
    level: 1,
    children: [
      makeSection(ctx, { key: 'partners', idBase: 'partners-stakeholders', title: labels.parts.stakeholders, level: 2, blocks: stakeholderBlocks(ctx) }),
      makeSection(ctx, { key: 'partners', idBase: 'partners-interviews', title: labels.parts.interviews, level: 2, blocks: interviewBlocks(ctx) }),
    ],
  });
}
