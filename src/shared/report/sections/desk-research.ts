// Desk research: findings grouped by topic, each with its citations and the
// strength of its evidence, then the theories used.

import { findingTopics } from '../../model/desk-research';
import { citedSourceIds } from '../../model/rich-text';
import type { BuildContext } from '../build-context';
import type { Block, Run, Section } from '../doc';
import { heading, paragraph } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

/** " (De Winter, 2008, p. 12; bewijs: sterk)"-style tail appended to a finding's last paragraph. */
function appendRuns(ctx: BuildContext, blocks: Block[], extra: Run[], itemId: string): Block[] {
  if (extra.length === 0 || blocks.length === 0) return blocks;
  const last = blocks[blocks.length - 1];
  if (last.type === 'paragraph') return [...blocks.slice(0, -1), { ...last, runs: [...last.runs, ...extra] }];
  // The text ends in a list: the tail gets a paragraph of its own.
  return [...blocks, ...paragraph(ctx, extra.filter((run) => run.text.trim() !== '' ), itemId)];
}

function findingBlocks(ctx: BuildContext, topic: string): Block[] {
  return ctx.project.deskResearch.findings
    .filter((finding) => finding.topic === topic)
    .flatMap((finding) => {
      const blocks = richTextBlocks(ctx, finding.text, finding.id);
      if (blocks.length === 0) return [];
      // Sources the text already cites inline are not cited a second time after it.
      const inline = new Set(citedSourceIds(finding.text));
      const citation = ctx.cite(finding.citations.filter((item) => !inline.has(item.sourceId)));
      const tail: Run[] = citation ? [{ text: ' ' }, citation] : [];
      tail.push({ text: ` [${ctx.labels.strength}: ${ctx.labels.strengths[finding.strength]}]`, italic: true });
      return appendRuns(ctx, blocks, tail, finding.id);
    });
}

function theoryBlocks(ctx: BuildContext): Block[] {
  return ctx.project.deskResearch.theories.flatMap((theory) => {
    const body = richTextBlocks(ctx, theory.description, theory.id);
    if (body.length === 0 || theory.name.trim() === '') return [];
    const citation = ctx.cite(theory.sourceIds.map((sourceId) => ({ sourceId })));
    const withCitation = citation ? appendRuns(ctx, body, [{ text: ' ' }, citation], theory.id) : body;
    return [...heading(ctx, 3, theory.name, theory.id), ...withCitation];
  });
}

export function deskResearchSection(ctx: BuildContext): Section | null {
  const { labels } = ctx;
  return makeSection(ctx, {
    key: 'desk-research',
    title: labels.sections['desk-research'],
    level: 1,
    children: [
      ...findingTopics.map((topic) =>
        makeSection(ctx, { key: 'desk-research', idBase: `desk-research-${topic}`, title: labels.topics[topic], level: 2, blocks: findingBlocks(ctx, topic) }),
      ),
      makeSection(ctx, { key: 'desk-research', idBase: 'desk-research-theories', title: labels.parts.theories, level: 2, blocks: theoryBlocks(ctx) }),
    ],
  });
}
