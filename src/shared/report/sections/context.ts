// Context and challenge: background, challenge, research questions (numbered),
// scope (in and out) and the desired result of the assignment.

import type { BuildContext } from '../build-context';
import type { Block, Section } from '../doc';
import { textParagraph } from '../blocks';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

function researchQuestionList(ctx: BuildContext): Block[] {
  const items = ctx.project.context.researchQuestions
    .map((question) => textParagraph(ctx, question.text, question.id))
    .filter((blocks) => blocks.length > 0);
  return items.length === 0 ? [] : [{ type: 'list', id: ctx.id('l-research-questions'), ordered: true, items }];
}

export function contextSection(ctx: BuildContext): Section | null {
  const { context } = ctx.project;
  const parts = ctx.labels.parts;
  const sub = (idBase: string, title: string, blocks: Block[], children: (Section | null)[] = [], level: 2 | 3 = 2) =>
    makeSection(ctx, { key: 'context', idBase: `context-${idBase}`, title, level, blocks, children });
  return makeSection(ctx, {
    key: 'context',
    title: ctx.labels.sections.context,
    level: 1,
    children: [
      sub('background', parts.background, richTextBlocks(ctx, context.background)),
      sub('challenge', parts.challenge, richTextBlocks(ctx, context.challenge)),
      sub('research-questions', parts.researchQuestions, researchQuestionList(ctx)),
      sub('scope', parts.scope, [], [
        sub('scope-in', parts.scopeIn, richTextBlocks(ctx, context.scopeIn), [], 3),
        sub('scope-out', parts.scopeOut, richTextBlocks(ctx, context.scopeOut), [], 3),
      ]),
      sub('desired-result', parts.desiredResult, richTextBlocks(ctx, context.desiredResult)),
    ],
  });
}

export function approachSection(ctx: BuildContext): Section | null {
  return makeSection(ctx, {
    key: 'approach',
    title: ctx.labels.sections.approach,
    level: 1,
    blocks: richTextBlocks(ctx, ctx.project.context.approach),
  });
}
