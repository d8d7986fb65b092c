// Target group and behaviour: who, what they do now, what they should do
// (with the behaviour goal as one sentence), competing behaviours, and the
// determinants as a table ordered by COM-B component.

import { comBComponents } from '../../model/target-group';
import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { paragraph, runsOf, table, textCell } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function goalBlocks(ctx: BuildContext): Block[] {
  return paragraph(ctx, runsOf(ctx.labels.goal(ctx.project.targetGroup.behaviourGoal), { bold: true }), 'behaviour-goal');
}

function competingTable(ctx: BuildContext): Block[] {
  const h = ctx.labels.headers;
  const rows = ctx.project.targetGroup.competingBehaviours
    .filter((item) => item.description.trim() !== '' || item.whyAttractive.trim() !== '')
    .map((item) => [textCell(ctx, item.description, item.id), textCell(ctx, item.whyAttractive, item.id)]);
  return table(ctx, 'competing', [{ header: h.behaviour, width: 1 }, { header: h.whyAttractive, width: 1 }], rows, ctx.labels.captions.competing);
}

function determinantsTable(ctx: BuildContext): Block[] {
  const { labels } = ctx;
  const order = (comB: string) => comBComponents.indexOf(comB as (typeof comBComponents)[number]);
  const rows = ctx.project.targetGroup.determinants
    .filter((item) => item.description.trim() !== '')
    .map((item, index) => ({ item, index }))
    // Stable sort: within one COM-B component the user's order stays.
    .sort((a, b) => order(a.item.comB) - order(b.item.comB) || a.index - b.index)
    .map(({ item }) => [
      textCell(ctx, labels.comB[item.comB], item.id),
      textCell(ctx, labels.determinantKind[item.kind], item.id),
      textCell(ctx, item.description, item.id),
    ]);
  return table(
    ctx,
    'determinants',
    [{ header: labels.headers.comB, width: 2 }, { header: labels.headers.kind, width: 1 }, { header: labels.headers.description, width: 5 }],
    rows,
    labels.captions.determinants,
  );
}

export function targetGroupSection(ctx: BuildContext): Section | null {
  const tg = ctx.project.targetGroup;
  const parts = ctx.labels.parts;
  const sub = (idBase: string, title: string, blocks: Block[]) =>
    makeSection(ctx, { key: 'target-group', idBase: `target-group-${idBase}`, title, level: 2, blocks });
  return makeSection(ctx, {
    key: 'target-group',
    title: ctx.labels.sections['target-group'],
    level: 1,
    children: [
      sub('description', parts.targetGroup, richTextBlocks(ctx, tg.description)),
      sub('current', parts.currentBehaviour, richTextBlocks(ctx, tg.currentBehaviour)),
      sub('desired', parts.desiredBehaviour, richTextBlocks(ctx, tg.desiredBehaviour)),
      sub('goal', parts.behaviourGoal, goalBlocks(ctx)),
      sub('competing', parts.competingBehaviours, competingTable(ctx)),
      sub('determinants', parts.determinants, determinantsTable(ctx)),
    ],
  });
}
