// Management summary: the advice in brief, for readers who read only this.

import type { BuildContext } from '../build-context';
import type { Section } from '../doc';
import { richTextBlocks } from '../rich-text-blocks';
import { makeSection } from '../section';

export function managementSummarySection(ctx: BuildContext): Section | null {
  return makeSection(ctx, {
    key: 'management-summary',
    title: ctx.labels.sections['management-summary'],
    level: 1,
    blocks: richTextBlocks(ctx, ctx.project.advice.managementSummary),
  });
}
