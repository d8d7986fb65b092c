// Insights, grouped by type (barrier, motivator, exchange, competition): each
// with its title, explanation and the interview quotes that back it.

import { insightTypes, type Insight } from '../../model/insights';
import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { heading, quote } from '../blocks';
import { quoteAttribution } from '../attribution';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function evidenceQuotes(ctx: BuildContext, insight: Insight): Block[] {
  const quotes = ctx.project.partners.quotes;
  return insight.evidence.quoteIds.flatMap((quoteId) => {
    const found = quotes.find((item) => item.id === quoteId);
    return found ? quote(ctx, found.text, quoteAttribution(ctx.project, found.interviewId), found.id) : [];
  });
}

function insightBlocks(ctx: BuildContext, insight: Insight): Block[] {
  const body = [...richTextBlocks(ctx, insight.description, insight.id), ...evidenceQuotes(ctx, insight)];
  if (body.length === 0) return [];
  return [...heading(ctx, 3, insight.title, insight.id), ...body];
}

export function insightsSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  return makeSection(ctx, {
    key: 'insights',
    title: labels.sections.insights,
    level: 1,
    children: insightTypes.map((type) =>
      makeSection(ctx, {
        key: 'insights',
        idBase: `insights-${type}`,
        title: labels.insightTypes[type],
        level: 2,
        blocks: ctx.project.insights.insights.filter((insight) => insight.type === type).flatMap((insight) => insightBlocks(ctx, insight)),
      }),
    ),
  });
}
