// An interview quotation as WordprocessingML text: the Quote style (indented
// italic text with a thin accent rule on the left), then its pseudonymous
// attribution in small type. Mirrors the library-object reference writer's quotes.

import type { QuoteBlock } from '../../../../shared/report/doc';
import type { BodyXmlContext } from './body-context';
import { paragraphXml, withItemBookmarkXml } from './paragraph';
import { inlineXml, textRunsXml } from './runs';

export function quoteXml(block: QuoteBlock, ctx: BodyXmlContext): string {
  const quote = paragraphXml(
    { style: 'Quote', keepNext: block.attribution !== '' },
    withItemBookmarkXml(inlineXml(block.runs, ctx, { italics: true }), block.itemId, ctx),
  );
  if (block.attribution.trim() === '') return quote;
  return quote + paragraphXml({ style: 'QuoteAttribution' }, textRunsXml(`— ${block.attribution}`, { lang: ctx.lang }));
}
