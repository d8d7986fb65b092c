// Advice: points of attention, pitfalls, good examples (with their source and
// place), recommendations (with priority) and the conclusion.

import type { AdviceItem } from '../../model/advice';
import type { BuildContext } from '../build-context';
import type { Block, Run, Section } from '../doc';
import { heading, paragraph } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function itemBlocks(ctx: BuildContext, item: Pick<AdviceItem, 'id' | 'title' | 'text'>, extra: Run[] = []): Block[] {
  const text = richTextBlocks(ctx, item.text, item.id);
  // Priority or place alone is no content: an item needs a title or a text.
  if (text.length === 0 && item.title.trim() === '') return [];
  const body = [...text, ...paragraph(ctx, extra, item.id)];
  return [...heading(ctx, 3, item.title, item.id), ...body];
}

export function adviceSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const { advice } = ctx.project;
  const sub = (idBase: string, title: string, blocks: Block[]) =>
    makeSection(ctx, { key: 'advice', idBase: `advice-${idBase}`, title, level: 2, blocks });
  return makeSection(ctx, {
    key: 'advice',
    title: labels.sections.advice,
    level: 1,
    children: [
      sub('attention', labels.parts.attentionPoints, advice.attentionPoints.flatMap((item) => itemBlocks(ctx, item))),
      sub('pitfalls', labels.parts.pitfalls, advice.pitfalls.flatMap((item) => itemBlocks(ctx, item))),
      sub('examples', labels.parts.goodExamples, advice.goodExamples.flatMap((example) => {
        const extra: Run[] = [];
        if (example.place.trim() !== '') extra.push({ text: `${labels.location}: ${example.place.trim()}`, italic: true });
        const citation = example.sourceId ? ctx.cite([{ sourceId: example.sourceId }]) : null;
        if (citation) extra.push(...(extra.length > 0 ? [{ text: ' ' }] : []), citation);
        return itemBlocks(ctx, example, extra);
      })),
      sub('recommendations', labels.parts.recommendations, advice.recommendations.flatMap((item) =>
        itemBlocks(ctx, item, [{ text: `${labels.headers.priority}: ${labels.priorities[item.priority]}`, italic: true }]))),
      sub('conclusion', labels.parts.conclusion, richTextBlocks(ctx, advice.conclusion)),
    ],
  });
}
