// Lists with hanging indents: the item text starts one hang to the right, the
// label sits in the hang, right-aligned against the text ("•" and "–"
// alternating by depth, "1." for ordered lists, the hang widened when "10."
// needs more room). Nested lists go one hang deeper; later paragraphs of an
// item align with its text. Deep nesting stops indenting before the column
// becomes too narrow to read.

import type { ListBlock } from '../../../../shared/report/doc';
import type { LayoutBlocks } from './blocks';
import type { BlockEnv, LayoutContext } from './context';
import type { Slice } from './slices';
import { baselineOffset, lineHeightOf } from './text';

/** The label of item `index` (0-based) of a list at `depth`. */
export function listLabel(ordered: boolean, index: number, depth: number): string {
  if (ordered) return `${index + 1}.`;
  return depth % 2 === 0 ? '•' : '–';
}

export function listSlices(list: ListBlock, env: BlockEnv, ctx: LayoutContext, layoutBlocks: LayoutBlocks): Slice[] {
  const { styles, measurer } = ctx;
  const style = env.listItem;
  const labelWidth = (text: string) => measurer.width(text, style.text.face, style.text.size);
  const widest = list.items.length === 0 ? 0 : labelWidth(listLabel(list.ordered, list.items.length - 1, env.listDepth));
  const wanted = Math.max(styles.listHang, widest + styles.listLabelGap);
  // Never indent past a quarter of the column: deep nesting keeps readable lines.
  const hang = Math.min(wanted, env.column.width / 4);
  const itemEnv: BlockEnv = {
    ...env,
    column: { x: env.column.x + hang, width: env.column.width - hang },
    listDepth: env.listDepth + 1,
  };
  const out: Slice[] = [];
  list.items.forEach((item, index) => {
    const label = listLabel(list.ordered, index, env.listDepth);
    const slices = layoutBlocks(item, itemEnv, ctx);
    const labelled = item[0]?.type === 'paragraph' ? slices[0] : undefined;
    const width = labelWidth(label);
    const x = Math.max(env.column.x, itemEnv.column.x - styles.listLabelGap - width);
    if (labelled) {
      const baseline = labelled.items.find((item) => item.kind === 'text');
      const y = baseline?.kind === 'text' ? baseline.baseline : baselineOffset(style, measurer);
      labelled.items.push({ kind: 'text', x, baseline: y, text: label, style: style.text, width });
      out.push(...slices);
    } else if (!item.some((block) => block.type === 'list' || block.type === 'paragraph')) {
      // An item without text still shows its label, so the numbering stays right.
      out.push({
        height: lineHeightOf(style),
        spaceBefore: 0,
        spaceAfter: style.spaceAfter,
        items: [{ kind: 'text', x, baseline: baselineOffset(style, measurer), text: label, style: style.text, width }],
        keepWithNext: slices.length > 0,
        lines: 1,
      });
      out.push(...slices);
    } else out.push(...slices);
  });
  if (out.length > 0) out[out.length - 1].spaceAfter = Math.max(out[out.length - 1].spaceAfter, env.paragraph.spaceAfter);
  return out;
}
