// Segments and personas: per segment its description, a table of its
// characteristics (share, drivers, barriers, trusted places, channels) and the
// persona with a representative quote.

import type { Segment } from '../../model/insights';
import type { BuildContext } from '../build-context';
import type { Block, Section, TableCell } from '../doc';
import { bulletList, heading, paragraph, quote, runsOf, table, textCell } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function characteristicsTable(ctx: BuildContext, segment: Segment): Block[] {
  const { persona: words, headers } = ctx.labels;
  const rows: TableCell[][] = [];
  const add = (label: string, blocks: Block[]) => {
    if (blocks.length > 0) rows.push([textCell(ctx, label, segment.id), { blocks }]);
  };
  add(words.share, paragraph(ctx, runsOf(segment.share), segment.id));
  add(words.drivers, bulletList(ctx, segment.drivers, segment.id));
  add(words.barriers, bulletList(ctx, segment.barriers, segment.id));
  add(words.trustedPlaces, bulletList(ctx, segment.trustedPlaces, segment.id));
  add(words.channels, bulletList(ctx, segment.channels, segment.id));
  return table(ctx, `segment-${segment.id}`, [{ header: headers.property, width: 1 }, { header: headers.value, width: 3 }], rows,
    ctx.labels.captions.persona(segment.name));
}

function personaBlocks(ctx: BuildContext, segment: Segment): Block[] {
  const { persona } = segment;
  const title = [persona.name, persona.age && `${ctx.labels.persona.age.toLowerCase()} ${persona.age}`].filter((part) => part.trim() !== '').join(', ');
  const body = [
    ...richTextBlocks(ctx, persona.description, segment.id),
    ...quote(ctx, persona.quote, persona.name || ctx.labels.parts.persona, segment.id),
  ];
  if (body.length === 0) return [];
  return [...heading(ctx, 3, `${ctx.labels.parts.persona}${title ? `: ${title}` : ''}`, segment.id), ...body];
}

export function segmentsSection(ctx: BuildContext): Section | null {
  return makeSection(ctx, {
    key: 'segments',
    title: ctx.labels.sections.segments,
    level: 1,
    children: ctx.project.insights.segments.map((segment) =>
      makeSection(ctx, {
        key: 'segments',
        idBase: `segment-${segment.id}`,
        title: segment.name,
        level: 2,
        itemId: segment.id,
        blocks: [
          ...richTextBlocks(ctx, segment.description, segment.id),
          ...characteristicsTable(ctx, segment),
          ...personaBlocks(ctx, segment),
        ],
      }),
    ),
  });
}
