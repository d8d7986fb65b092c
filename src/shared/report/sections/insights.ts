// Insights, grouped by type (barrier, motivator, exchange, competition): each
// with its title, explanation and the interview quotes that back it.

import type { Quote } from '../../model/coding';
import { insightTypes, type Insight } from '../../model/insights';
import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { heading, quote } from '../blocks';
import { firstById, quoteAttributions } from '../attribution';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

/** The project's quotes by id and who said them, looked up once per report. */
interface QuoteLookup {
  quotes: Map<string, Quote>;
  attribution: (interviewId: string) => string;
}

function evidenceQuotes(ctx: BuildContext, insight: Insight, lookup: QuoteLookup): Block[] {
  return insight.evidence.quoteIds.flatMap((quoteId) => {
    const found = lookup.quotes.get(quoteId);
    return found ? quote(ctx, found.text, lookup.attribution(found.interviewId), found.id) : [];
  });
}

function insightBlocks(ctx: BuildContext, insight: Insight, lookup: QuoteLookup): Block[] {
  const body = [...richTextBlocks(ctx, insight.description, insight.id), ...evidenceQuotes(ctx, insight, lookup)];
  if (body.length === 0) return [];
  return [...heading(ctx, 3, insight.title, insight.id), ...body];
}

export function insightsSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const lookup: QuoteLookup = { quotes: firstById(ctx.project.partners.quotes), attribution: quoteAttributions(ctx.project) };
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
        blocks: ctx.project.insights.insights.filter((insight) => insight.type === type).flatMap((insight) => insightBlocks(ctx, insight, lookup)),
      }),
    ),
  });
}
