// Building (sub)sections so that empty parts disappear: a heading block with
// nothing under it is dropped, and a section with no blocks and no children is
// not produced at all. Builders can therefore add every part unconditionally.

import type { ReportSectionKey } from '../model/report-settings';
import type { BuildContext } from './build-context';
import type { Block, Section } from './doc';
import { cleanText } from './text';

function isEmptyBlock(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.runs.every((run) => run.text.trim() === '');
    case 'list':
      return block.items.length === 0;
    case 'table':
      return block.rows.length === 0;
    default:
      return false;
  }
}

/** Drops empty blocks, then headings not followed by content of their own. */
export function pruneBlocks(blocks: Block[]): Block[] {
  const kept = blocks.filter((block) => !isEmptyBlock(block));
  return kept.filter((block, index) => {
    if (block.type !== 'heading') return true;
    const next = kept[index + 1];
    return next !== undefined && !(next.type === 'heading' && next.level <= block.level);
  });
}

export interface SectionParts {
  key: ReportSectionKey;
  /** Base of the section id/anchor; defaults to the key. */
  idBase?: string;
  title: string;
  level: 1 | 2 | 3;
  blocks?: Block[];
  children?: (Section | null)[];
  itemId?: string;
}

export function makeSection(ctx: BuildContext, parts: SectionParts): Section | null {
  const blocks = pruneBlocks(parts.blocks ?? []);
  const children = (parts.children ?? []).filter((child): child is Section => child !== null);
  const title = cleanText(parts.title).trim();
  if ((blocks.length === 0 && children.length === 0) || title === '') return null;
  const id = ctx.id(`sec-${parts.idBase ?? parts.key}`);
  return {
    id,
    key: parts.key,
    anchor: id,
    title,
    level: parts.level,
    blocks,
    children,
    ...(parts.itemId ? { itemId: parts.itemId } : {}),
  };
}
