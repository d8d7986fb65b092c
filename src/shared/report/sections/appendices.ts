// The appendices: the interview guide, the respondent overview and the
// codebook. The respondent overview deliberately reads only code, group,
// organisation, date and mode: names, e-mail, phone, consent records and
// interviewer notes are personal data and never reach the report.

import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { bulletList, table, textCell, textParagraph } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function questionList(ctx: BuildContext): Block[] {
  const items = ctx.project.partners.interviewGuide.questions
    .filter((question) => question.text.trim() !== '')
    .map((question) => [...textParagraph(ctx, question.text, question.id), ...bulletList(ctx, question.probes, question.id)]);
  return items.length === 0 ? [] : [{ type: 'list', id: ctx.id('l-interview-questions'), ordered: true, items }];
}

export function interviewGuideSection(ctx: BuildContext): Section | null {
  return makeSection(ctx, {
    key: 'appendix-interview-guide',
    title: ctx.labels.sections['appendix-interview-guide'],
    level: 1,
    blocks: [...richTextBlocks(ctx, ctx.project.partners.interviewGuide.introduction), ...questionList(ctx)],
  });
}

export function respondentsSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const h = labels.headers;
  const { interviews, respondentGroups } = ctx.project.partners;
  const rows = interviews.map((interview) => [
    textCell(ctx, interview.code, interview.id),
    textCell(ctx, respondentGroups.find((group) => group.id === interview.respondentGroupId)?.name ?? '', interview.id),
    textCell(ctx, interview.organisation, interview.id),
    textCell(ctx, interview.date, interview.id),
    textCell(ctx, labels.modes[interview.mode], interview.id),
  ]);
  return makeSection(ctx, {
    key: 'appendix-respondents',
    title: labels.sections['appendix-respondents'],
    level: 1,
    blocks: table(ctx, 'respondents', [
      { header: h.code, width: 1 },
      { header: h.group, width: 3 },
      { header: h.organisation, width: 4 },
      { header: h.date, width: 2 },
      { header: h.mode, width: 2 },
    ], rows, labels.captions.respondents),
  });
}

/** Quotes per theme id (a quote counts once per theme it carries). */
export function themeQuoteCounts(ctx: BuildContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quote of ctx.project.partners.quotes) {
    for (const themeId of new Set(quote.themeIds)) counts.set(themeId, (counts.get(themeId) ?? 0) + 1);
  }
  return counts;
}

export function codebookSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  const h = labels.headers;
  // Without any coded quote the (default) codebook says nothing about this study.
  if (ctx.project.partners.quotes.length === 0) return null;
  const counts = themeQuoteCounts(ctx);
  const rows = ctx.project.partners.themes
    .filter((theme) => theme.name.trim() !== '')
    .map((theme) => [
      textCell(ctx, theme.name, theme.id),
      textCell(ctx, labels.themeGroups[theme.group], theme.id),
      textCell(ctx, theme.description, theme.id),
      textCell(ctx, String(counts.get(theme.id) ?? 0), theme.id),
    ]);
  return makeSection(ctx, {
    key: 'appendix-codebook',
    title: labels.sections['appendix-codebook'],
    level: 1,
    blocks: table(ctx, 'codebook', [
      { header: h.theme, width: 3 },
      { header: h.themeGroup, width: 2 },
      { header: h.description, width: 6 },
      { header: h.quotes, width: 1 },
    ], rows, labels.captions.codebook),
  });
}
