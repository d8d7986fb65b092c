// Inline runs as WordprocessingML text: formatting, line breaks, links
// (external ones become relationships of the main part, internal ones point
// at a bookmark) and the comment ranges opened before the first run carrying
// a comment and closed after the last. Mirrors the library-object reference
// writer's runs element for element.

import type { Run } from '../../../../shared/report/doc';
import { wordIdsOf } from '../comments';
import { bookmarkName, safeText } from '../text';
import { addRelationship, type BodyXmlContext } from './body-context';
import { attrs, onOff, xmlEscape } from './xml-text';

export interface XmlRunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Character style id, e.g. "Hyperlink". */
  style?: string;
  lang?: string;
}

function runProperties(style: XmlRunStyle): string {
  const inner =
    (style.style ? `<w:rStyle w:val="${xmlEscape(style.style)}"/>` : '') +
    onOff('w:b', style.bold) +
    onOff('w:bCs', style.bold) +
    onOff('w:i', style.italics) +
    onOff('w:iCs', style.italics) +
    (style.lang ? `<w:lang w:val="${xmlEscape(style.lang)}"/>` : '');
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/** One w:r per line of the text; lines after the first start with a line break. */
export function textRunsXml(text: string, style: XmlRunStyle): string {
  const properties = runProperties(style);
  const clean = safeText(text);
  if (!clean.includes('\n')) return `<w:r>${properties}<w:t xml:space="preserve">${xmlEscape(clean)}</w:t></w:r>`;
  let out = '';
  clean.split('\n').forEach((line, index) => {
    out += `<w:r>${properties}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`;
  });
  return out;
}

export function commentStartsXml(wordIds: readonly number[]): string {
  let out = '';
  for (const id of wordIds) out += `<w:commentRangeStart w:id="${id}"/>`;
  return out;
}

/** Range ends followed by the reference runs that show the comment marks. */
export function commentEndsXml(wordIds: readonly number[]): string {
  let out = '';
  for (const id of wordIds) out += `<w:commentRangeEnd w:id="${id}"/>`;
  for (const id of wordIds) out += `<w:r><w:commentReference w:id="${id}"/></w:r>`;
  return out;
}

/** Word keeps a URL fragment of up to 255 characters as the link's anchor, the rest as the relationship target. */
const MAX_ANCHOR_LENGTH = 255;

function linkXml(run: Run, runs: string, ctx: BodyXmlContext): string {
  const href = run.href ?? '';
  if (href.startsWith('#')) {
    const anchor = ctx.anchors.get(href.slice(1)) ?? bookmarkName(href.slice(1), new Set());
    return `<w:hyperlink${attrs([['w:history', 1], ['w:anchor', anchor]])}>${runs}</w:hyperlink>`;
  }
  const link = safeText(href).replace(/\s/g, '%20');
  const hash = link.indexOf('#');
  const fragment = link.length - hash - 1;
  const split = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH;
  const id = addRelationship(ctx, 'hyperlink', split ? link.slice(0, hash) : link);
  return `<w:hyperlink${attrs([['w:history', 1], ['w:anchor', split ? link.slice(hash + 1) : undefined], ['r:id', id]])}>${runs}</w:hyperlink>`;
}

function runXml(run: Run, ctx: BodyXmlContext, base: XmlRunStyle): string {
  const linked = Boolean(run.href);
  const texts = textRunsXml(run.text, {
    bold: run.bold ?? base.bold,
    italics: run.italic ?? base.italics,
    style: linked ? 'Hyperlink' : undefined,
    lang: ctx.lang,
  });
  return linked ? linkXml(run, texts, ctx) : texts;
}

/** Paragraph content for runs, with comment ranges around the runs that carry them. */
export function inlineXml(runs: readonly Run[], ctx: BodyXmlContext, base: XmlRunStyle = {}): string {
  let out = '';
  runs.forEach((run, index) => {
    if (run.commentIds && run.commentIds.length > 0) {
      const own = new Set(run.commentIds);
      const before = new Set(runs[index - 1]?.commentIds ?? []);
      const after = new Set(runs[index + 1]?.commentIds ?? []);
      const opening = [...own].filter((id) => !before.has(id));
      const closing = [...own].filter((id) => !after.has(id));
      out += commentStartsXml(wordIdsOf(opening, ctx.comments)) + runXml(run, ctx, base) + commentEndsXml(wordIdsOf(closing, ctx.comments));
    } else out += runXml(run, ctx, base);
  });
  return out;
}
