// Marketing mix: the intro, then the activities either as one table per P
// ('per-p') or as one matrix of Ps × levels ('matrix'), per report settings.

import { activityLevels, marketingPs, type Activity, type MarketingP } from '../../model/marketing-mix';
import type { BuildContext } from '../build-context';
import type { Block, Section, TableCell } from '../doc';
import { paragraph, runsOf, table, textCell } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

/** Enabled Ps in the standard order, plus any P that still has activities. */
function shownPs(ctx: BuildContext): MarketingP[] {
  const { enabledPs, activities } = ctx.project.marketingMix;
  return marketingPs.filter((p) => enabledPs.includes(p) || activities.some((activity) => activity.p === p));
}

function activitiesOf(ctx: BuildContext, p: MarketingP): Activity[] {
  return ctx.project.marketingMix.activities.filter((activity) => activity.p === p && activity.title.trim() !== '');
}

function segmentNames(ctx: BuildContext, activity: Activity): string {
  const names = activity.segmentIds
    .map((id) => ctx.project.insights.segments.find((segment) => segment.id === id)?.name ?? '')
    .filter((name) => name.trim() !== '');
  return names.length > 0 ? names.join(', ') : ctx.labels.wholeGroup;
}

function activityCell(ctx: BuildContext, activity: Activity): TableCell {
  return {
    blocks: [
      ...paragraph(ctx, runsOf(activity.title, { bold: true }), activity.id),
      ...richTextBlocks(ctx, activity.description, activity.id),
    ],
  };
}

function perPTable(ctx: BuildContext, p: MarketingP): Block[] {
  const { labels } = ctx;
  const h = labels.headers;
  const rows = activitiesOf(ctx, p).map((activity) => [
    activityCell(ctx, activity),
    textCell(ctx, labels.levels[activity.level], activity.id),
    textCell(ctx, segmentNames(ctx, activity), activity.id),
    textCell(ctx, labels.priorities[activity.priority], activity.id),
    textCell(ctx, activity.owner, activity.id),
    textCell(ctx, activity.timing, activity.id),
  ]);
  return table(ctx, `mix-${p}`, [
    { header: h.activity, width: 6 },
    { header: h.level, width: 2 },
    { header: h.segments, width: 2 },
    { header: h.priority, width: 1 },
    { header: h.owner, width: 2 },
    { header: h.timing, width: 2 },
  ], rows, labels.captions.mixPerP(labels.ps[p]));
}

function matrixTable(ctx: BuildContext): Block[] {
  const { labels } = ctx;
  const rows = shownPs(ctx)
    .filter((p) => activitiesOf(ctx, p).length > 0)
    .map((p) => [
      textCell(ctx, labels.ps[p]),
      ...activityLevels.map((level) => ({
        blocks: activitiesOf(ctx, p)
          .filter((activity) => activity.level === level)
          .flatMap((activity) => paragraph(ctx, runsOf(activity.title), activity.id)),
      })),
    ]);
  return table(ctx, 'mix-matrix', [
    { header: labels.headers.p, width: 1 },
    ...activityLevels.map((level) => ({ header: labels.levels[level], width: 3 })),
  ], rows, labels.captions.mixMatrix);
}

export function marketingMixSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const intro = richTextBlocks(ctx, ctx.project.marketingMix.intro);
  const perP = ctx.project.report.mixLayout === 'per-p';
  return makeSection(ctx, {
    key: 'marketing-mix',
    title: labels.sections['marketing-mix'],
    level: 1,
    blocks: perP ? intro : [...intro, ...matrixTable(ctx)],
    children: perP
      ? shownPs(ctx).map((p) =>
        makeSection(ctx, { key: 'marketing-mix', idBase: `mix-${p}`, title: labels.ps[p], level: 2, blocks: perPTable(ctx, p) }))
      : [],
  });
}
