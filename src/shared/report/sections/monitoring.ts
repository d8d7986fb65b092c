// Monitoring and follow-up: indicators with baseline → target per segment,
// each measurement scale as a figure and a table of its levels, and the pilot
// plan with its phases.

import type { Indicator, Scale } from '../../model/monitoring';
import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { bulletList, figure, paragraph, runsOf, table, textCell, textParagraph } from '../blocks';
import { scaleFigure } from '../figure-data';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function targetLines(ctx: BuildContext, indicator: Indicator): string[] {
  return indicator.targets
    .filter((target) => target.baseline.trim() !== '' || target.target.trim() !== '')
    .map((target) => {
      const segment = ctx.project.insights.segments.find((item) => item.id === target.segmentId);
      const who = segment?.name.trim() || ctx.labels.wholeGroup;
      return `${who}: ${target.baseline.trim() || '–'} → ${target.target.trim() || '–'}`;
    });
}

function indicatorTable(ctx: BuildContext): Block[] {
  const { labels } = ctx;
  const h = labels.headers;
  const rows = ctx.project.monitoring.indicators
    .filter((indicator) => indicator.name.trim() !== '')
    .map((indicator) => [
      { blocks: [...paragraph(ctx, runsOf(indicator.name, { bold: true }), indicator.id), ...textParagraph(ctx, indicator.description, indicator.id)] },
      textCell(ctx, labels.indicatorKinds[indicator.kind], indicator.id),
      textCell(ctx, indicator.unit, indicator.id),
      textCell(ctx, [indicator.source, indicator.frequency].filter((part) => part.trim() !== '').join('; '), indicator.id),
      { blocks: bulletList(ctx, targetLines(ctx, indicator), indicator.id) },
    ]);
  return table(ctx, 'indicators', [
    { header: h.indicator, width: 4 },
    { header: h.kind, width: 1 },
    { header: h.unit, width: 2 },
    { header: `${h.source}; ${h.frequency.toLowerCase()}`, width: 3 },
    { header: h.targets, width: 3 },
  ], rows, labels.captions.indicators);
}

function scaleBlocks(ctx: BuildContext, scale: Scale): Block[] {
  const data = scaleFigure(ctx, scale);
  if (!data) return [];
  const { labels } = ctx;
  const rows = data.figure.levels.map((level) => [
    textCell(ctx, String(level.rank), level.itemId),
    textCell(ctx, level.label, level.itemId),
    textCell(ctx, level.description, level.itemId),
  ]);
  return [
    ...textParagraph(ctx, scale.description, scale.id),
    ...figure(ctx, `scale-${scale.id}`, data.figure, data.alt, labels.captions.scale(data.figure.name)),
    ...table(ctx, `scale-${scale.id}`, [
      { header: labels.headers.rank, width: 1 },
      { header: labels.headers.label, width: 2 },
      { header: labels.headers.description, width: 6 },
    ], rows, labels.captions.scaleTable(data.figure.name)),
  ];
}

function pilotBlocks(ctx: BuildContext): Block[] {
  const { pilot } = ctx.project.monitoring;
  const { labels } = ctx;
  const rows = pilot.phases
    .filter((phase) => phase.title.trim() !== '')
    .map((phase) => [
      textCell(ctx, phase.title, phase.id),
      textCell(ctx, [phase.start, phase.end].filter((date) => date.trim() !== '').join(' – '), phase.id),
      textCell(ctx, phase.description, phase.id),
    ]);
  return [
    ...paragraph(ctx, runsOf(pilot.name, { bold: true })),
    ...richTextBlocks(ctx, pilot.description),
    ...(pilot.location.trim() !== '' ? textParagraph(ctx, `${labels.location}: ${pilot.location.trim()}`) : []),
    ...table(ctx, 'pilot-phases', [
      { header: labels.headers.phase, width: 2 },
      { header: labels.headers.period, width: 2 },
      { header: labels.headers.description, width: 5 },
    ], rows, labels.captions.phases),
  ];
}

export function monitoringSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const { monitoring } = ctx.project;
  return makeSection(ctx, {
    key: 'monitoring',
    title: labels.sections.monitoring,
    level: 1,
    blocks: richTextBlocks(ctx, monitoring.intro),
    children: [
      makeSection(ctx, { key: 'monitoring', idBase: 'monitoring-indicators', title: labels.parts.indicators, level: 2, blocks: indicatorTable(ctx) }),
      ...monitoring.scales.map((scale) =>
        makeSection(ctx, { key: 'monitoring', idBase: `monitoring-${scale.id}`, title: scale.name, level: 2, blocks: scaleBlocks(ctx, scale), itemId: scale.id })),
      makeSection(ctx, { key: 'monitoring', idBase: 'monitoring-pilot', title: labels.parts.pilot, level: 2, blocks: pilotBlocks(ctx) }),
    ],
  });
}
