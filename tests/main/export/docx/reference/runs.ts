// The reference writer's inline runs: formatting, line breaks, links
// (external and internal), a bookmark on the first block of each project item,
// and the comment ranges opened before the first run carrying a comment and
// closed after the last.

import { ExternalHyperlink, InternalHyperlink, type IRunOptions, type ParagraphChild, type TextRun } from 'docx';
import type { Run } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { wordIdsOf } from '../../../../../src/main/export/docx/comments';
import { bookmarkName, safeText, textRuns } from '../../../../../src/main/export/docx/text';
import { rangeEnds, rangeStarts } from './comments';

export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'color' | 'size'>;

function linkChild(run: Run, children: TextRun[], ctx: DocxContext): ParagraphChild {
  const href = run.href ?? '';
  if (href.startsWith('#')) {
    const anchor = ctx.anchors.get(href.slice(1)) ?? bookmarkName(href.slice(1), new Set());
    return new InternalHyperlink({ anchor, children });
  }
  return new ExternalHyperlink({ link: safeText(href).replace(/\s/g, '%20'), children });
}

function runChildren(run: Run, ctx: DocxContext, base: RunStyle): ParagraphChild[] {
  const linked = Boolean(run.href);
  const texts = textRuns(run.text, {
    ...base,
    bold: run.bold ?? base.bold,
    italics: run.italic ?? base.italics,
    style: linked ? 'Hyperlink' : undefined,
    lang: ctx.lang,
  });
  return linked ? [linkChild(run, texts, ctx)] : texts;
}

/** Paragraph children for runs, with comment ranges around the runs that carry them. */
export function inlineChildren(runs: readonly Run[], ctx: DocxContext, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  runs.forEach((run, index) => {
    const own = new Set(run.commentIds ?? []);
    const before = new Set(runs[index - 1]?.commentIds ?? []);
    const after = new Set(runs[index + 1]?.commentIds ?? []);
    const opening = [...own].filter((id) => !before.has(id));
    const closing = [...own].filter((id) => !after.has(id));
    out.push(...rangeStarts(wordIdsOf(opening, ctx.comments)));
    out.push(...runChildren(run, ctx, base));
    out.push(...rangeEnds(wordIdsOf(closing, ctx.comments)));
  });
  return out;
}
