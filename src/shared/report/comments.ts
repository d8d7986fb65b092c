// Open review comments placed in the report. A comment on an item sits on the
// first text block showing that item (on the run holding its quoted text when
// that can be found); a comment on a whole step, or on an item the report does
// not show, sits at the start of the step's section, else at the report's first
// text block. Resolved comments are not exported.

import type { Comment } from '../model/review';
import type { StepId } from '../model/steps';
import type { ReportSectionKey } from '../model/report-settings';
import type { Block, HeadingBlock, ParagraphBlock, QuoteBlock, ReportComment, Run, Section } from './doc';
import { allBlocks } from './walk';
import { cleanText, initialsOf } from './text';

type TextBlock = HeadingBlock | ParagraphBlock | QuoteBlock;

const sectionsOfStep: Record<StepId, ReportSectionKey[]> = {
  assignment: ['management-summary'],
  context: ['context', 'approach'],
  'target-group': ['target-group'],
  'desk-research': ['desk-research', 'references'],
  partners: ['partners', 'appendix-interview-guide', 'appendix-respondents', 'appendix-codebook'],
  insights: ['insights', 'segments'],
  'marketing-mix': ['marketing-mix'],
  advice: ['advice', 'management-summary'],
  monitoring: ['monitoring'],
  report: [],
};

function isTextBlock(block: Block): block is TextBlock {
  return block.type === 'heading' || block.type === 'paragraph' || block.type === 'quote';
}

function textBlocks(sections: Section[], itemId?: string): TextBlock[] {
  return allBlocks(sections).filter((block): block is TextBlock => isTextBlock(block) && (itemId === undefined || block.itemId === itemId));
}

function firstTextBlock(sections: Section[], itemId?: string): TextBlock | undefined {
  return textBlocks(sections, itemId)[0];
}

function plainOf(block: TextBlock): string {
  return block.type === 'heading' ? block.text : block.runs.map((run) => run.text).join('');
}

/** Marks the run containing the quoted text (split out of it), or every run. */
function markRuns(runs: Run[], commentId: string, quoted: string): Run[] {
  const add = (run: Run): Run => ({ ...run, commentIds: [...(run.commentIds ?? []), commentId] });
  const index = quoted === '' ? -1 : runs.findIndex((run) => run.text.includes(quoted));
  if (index < 0) return runs.map(add);
  const run = runs[index];
  const at = run.text.indexOf(quoted);
  const pieces: Run[] = [
    { ...run, text: run.text.slice(0, at) },
    add({ ...run, text: quoted }),
    { ...run, text: run.text.slice(at + quoted.length) },
  ].filter((piece) => piece.text !== '');
  return [...runs.slice(0, index), ...pieces, ...runs.slice(index + 1)];
}

function attach(block: TextBlock, commentId: string, quoted: string): void {
  if (block.type === 'heading') block.commentIds = [...(block.commentIds ?? []), commentId];
  else block.runs = markRuns(block.runs, commentId, quoted);
}

function anchorFor(sections: Section[], comment: Comment): TextBlock | undefined {
  const itemId = comment.target.itemId;
  if (itemId) {
    const shown = textBlocks(sections, itemId);
    const quoted = cleanText(comment.target.quote).trim();
    const withQuote = quoted === '' ? undefined : shown.find((block) => plainOf(block).includes(quoted));
    if (withQuote ?? shown[0]) return withQuote ?? shown[0];
  }
  for (const key of sectionsOfStep[comment.target.stepId] ?? []) {
    const inSection = firstTextBlock(sections.filter((section) => section.key === key));
    if (inSection) return inSection;
  }
  return firstTextBlock(sections);
}

/** Places the open comments on blocks of the (mutable, freshly built) sections and describes them. */
export function placeComments(sections: Section[], comments: readonly Comment[]): ReportComment[] {
  const placed: ReportComment[] = [];
  for (const comment of comments) {
    if (comment.status !== 'open') continue;
    const anchor = anchorFor(sections, comment);
    if (!anchor) continue;
    const quoted = anchor.itemId === comment.target.itemId ? cleanText(comment.target.quote).trim() : '';
    attach(anchor, comment.id, quoted);
    placed.push({
      id: comment.id,
      itemId: comment.target.itemId,
      anchorBlockId: anchor.id,
      author: { name: cleanText(comment.author.name), role: cleanText(comment.author.role) },
      initials: initialsOf(comment.author.name),
      date: comment.createdAt,
      body: cleanText(comment.body),
      quote: cleanText(comment.target.quote),
      replies: comment.replies.map((reply) => ({
        id: reply.id,
        author: { name: cleanText(reply.author.name), role: cleanText(reply.author.role) },
        initials: initialsOf(reply.author.name),
        date: reply.createdAt,
        body: cleanText(reply.body),
      })),
    });
  }
  return placed;
}
