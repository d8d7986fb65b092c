// Lists as WordprocessingML text with real Word numbering: bullets share one
// numbering instance, every ordered list gets its own so it restarts at 1.
// Mirrors the library-object reference writer's lists: a nested list is
// indented one level deeper (Word has three levels here), and a further
// paragraph in an item is indented under it.

import type { Block, ListBlock } from '../../../../shared/report/doc';
import { BULLETS, DECIMAL } from '../numbering';
import type { BodyXmlContext } from './body-context';
import { paragraphXml, withItemBookmarkXml } from './paragraph';
import { inlineXml } from './runs';

export type RenderBlocksXml = (blocks: Block[], ctx: BodyXmlContext) => string;

const MAX_LEVEL = 2;

export function listXml(list: ListBlock, ctx: BodyXmlContext, renderBlocks: RenderBlocksXml, level = 0): string {
  const reference = list.ordered ? DECIMAL : BULLETS;
  const instance = list.ordered ? ctx.nextListInstance() : 0;
  const depth = Math.min(level, MAX_LEVEL);
  // The numbering instance is created when its first item is written, as Word numbers lists in document order.
  const numbered = () => ({ style: 'ListParagraph', numbering: { numId: ctx.numId(reference, instance), level: depth } });
  let out = '';
  for (const item of list.items) {
    let hasNumber = false;
    for (const block of item) {
      if (block.type === 'list') {
        out += listXml(block, ctx, renderBlocks, level + 1);
      } else if (block.type === 'paragraph') {
        const options = hasNumber ? { style: 'ListParagraph', indent: { left: 397 + (depth + 1) * 397 } } : numbered();
        out += paragraphXml(options, withItemBookmarkXml(inlineXml(block.runs, ctx), block.itemId, ctx));
        hasNumber = true;
      } else {
        out += renderBlocks([block], ctx);
      }
    }
    // An item with no paragraph still needs its bullet so the numbering stays right.
    if (!hasNumber && !item.some((block) => block.type === 'list')) out += paragraphXml(numbered(), '');
  }
  return out;
}
