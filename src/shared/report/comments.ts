// Open review comments placed in the report. A comment on an item sits on the
// first text block showing that item (on the run holding its quoted text when
// that can be found); a comment on a whole step, or on an item the report does
// not show, sits at the start of the step's section, else at the report's first
// text block. Resolved comments are not exported.

import type { Comment } from '../model/review';
import type { StepId } from '../model/steps';
import type { ReportSectionKey } from '../model/report-settings';
import type { Block, HeadingBlock, ParagraphBlock, QuoteBlock, ReportComment, Run, Section } from './doc';
import { visitBlocks, visitSections } from './walk';
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

function plainOf(block: TextBlock): string {
  return block.type === 'heading' ? block.text : block.runs.map((run) => run.text).join('');
}

/**
 * The report's text blocks, collected in one walk with the lookups placing
 * needs: per project item its blocks in reading order, per section key the
 * first text block of the first top-level section with that key that has one.
 * Walking the whole report once per comment made placing quadratic.
 * Attaching a comment only splits runs, so the index (and each block's plain
 * text, remembered on first use) stays valid while comments are placed.
 */
interface TextIndex {
  first: TextBlock | undefined;
  byItem: Map<string, TextBlock[]>;
  firstOfSection: Map<string, TextBlock>;
  plain(block: TextBlock): string;
}

function indexTextBlocks(sections: readonly Section[]): TextIndex {
  let first: TextBlock | undefined;
  const byItem = new Map<string, TextBlock[]>();
  const firstOfSection = new Map<string, TextBlock>();
  for (const section of sections) {
    let firstHere: TextBlock | undefined;
    visitSections([section], (inner) => visitBlocks(inner.blocks, (block) => {
      if (!isTextBlock(block)) return;
      firstHere ??= block;
      if (block.itemId === undefined) return;
      const shown = byItem.get(block.itemId);
      if (shown) shown.push(block);
      else byItem.set(block.itemId, [block]);
    }));
    first ??= firstHere;
    if (firstHere && !firstOfSection.has(section.key)) firstOfSection.set(section.key, firstHere);
  }
  const plainTexts = new Map<TextBlock, string>();
  const plain = (block: TextBlock): string => {
    let text = plainTexts.get(block);
    if (text === undefined) plainTexts.set(block, (text = plainOf(block)));
    return text;
  };
  return { first, byItem, firstOfSection, plain };
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

function anchorFor(index: TextIndex, comment: Comment): TextBlock | undefined {
  const itemId = comment.target.itemId;
  if (itemId) {
    const shown = index.byItem.get(itemId) ?? [];
    const quoted = cleanText(comment.target.quote).trim();
    const withQuote = quoted === '' ? undefined : shown.find((block) => index.plain(block).includes(quoted));
    if (withQuote ?? shown[0]) return withQuote ?? shown[0];
  }
  for (const key of sectionsOfStep[comment.target.stepId] ?? []) {
    const inSection = index.firstOfSection.get(key);
    if (inSection) return inSection;
  }
  return index.first;
}

/** Places the open comments on blocks of the (mutable, freshly built) sections and describes them. */
export function placeComments(sections: Section[], comments: readonly Comment[]): ReportComment[] {
  const placed: ReportComment[] = [];
  let index: TextIndex | undefined;
  for (const comment of comments) {
    if (comment.status !== 'open') continue;
    const anchor = anchorFor((index ??= indexTextBlocks(sections)), comment);
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
