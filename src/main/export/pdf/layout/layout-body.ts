// The body of the report as pages: every section in reading order, each
// chapter (level-1 section) on a new page, section titles as headings at the
// section's level carrying the section's anchor (and the shown item's), then
// the section's blocks and its subsections. Headings keep with at least two
// lines of what follows; explicit page breaks end the page. The result is a
// display list (types.ts) plus the headings the table of contents and the
// outline need; title page, contents and running header/footer come elsewhere.

import type { Block, ReportDoc, Section } from '../../../../shared/report/doc';
import { AppError } from '../../../../shared/errors';
import { headingSlice, layoutBlocks } from './blocks';
import { createContext, type BlockEnv, type LayoutContext, type LayoutDeps } from './context';
import { paginate, type Paginated } from './paginate';
import type { Slice } from './slices';
import { textHeightOf, textWidthOf } from './types';

/** Lines a heading keeps with: "a heading never ends a page, nor stands above a single line". */
const LINES_AFTER_HEADING = 2;

/** Collects slices in reading order and applies the rules that span blocks. */
class Flow {
  readonly slices: Slice[] = [];
  private linesToKeep = 0;
  private breakPending = false;

  push(slices: readonly Slice[], options: { heading?: boolean } = {}): void {
    for (const slice of slices) {
      if (this.breakPending) {
        slice.breakBefore = true;
        this.breakPending = false;
      }
      if (this.linesToKeep > 0 && !options.heading) {
        this.linesToKeep -= slice.lines ?? LINES_AFTER_HEADING;
        if (this.linesToKeep > 0) slice.keepWithNext = true;
      }
      this.slices.push(slice);
    }
    if (options.heading && slices.length > 0) this.linesToKeep = LINES_AFTER_HEADING;
  }

  pageBreak(): void {
    if (this.slices.length > 0) this.breakPending = true;
  }
}

function layoutSection(section: Section, env: BlockEnv, ctx: LayoutContext, flow: Flow): void {
  const title = headingSlice({ id: section.id, level: section.level, text: section.title, anchor: section.anchor, itemId: section.itemId }, env, ctx);
  if (section.level === 1 && title.length > 0) title[0].breakBefore = true;
  flow.push(title, { heading: true });
  layoutSectionBlocks(section.blocks, env, ctx, flow);
  for (const child of section.children) layoutSection(child, env, ctx, flow);
}

function layoutSectionBlocks(blocks: readonly Block[], env: BlockEnv, ctx: LayoutContext, flow: Flow): void {
  for (const block of blocks) {
    if (block.type === 'pageBreak') flow.pageBreak();
    else flow.push(layoutBlocks([block], env, ctx), { heading: block.type === 'heading' });
  }
}

export function layoutBody(doc: ReportDoc, deps: LayoutDeps): Paginated {
  const { geometry } = deps;
  if (!(textWidthOf(geometry) > 0 && textHeightOf(geometry) > 0)) {
    throw new AppError('EXPORT_LAYOUT_PAGE', { width: Math.round(geometry.width), height: Math.round(geometry.height) });
  }
  const ctx = createContext(doc, deps);
  const styles = ctx.styles;
  const env: BlockEnv = {
    column: { x: geometry.marginLeft, width: textWidthOf(geometry) },
    paragraph: styles.body,
    listItem: styles.listItem,
    topLevel: true,
    listDepth: 0,
  };
  const flow = new Flow();
  for (const section of doc.sections) layoutSection(section, env, ctx, flow);
  return paginate(flow.slices, geometry);
}
