// A tiny markup for writing the sample's narrative fields by hand, turned into
// the project's rich-text documents. Only what the sample needs:
//   blank line        → new block
//   "- item" lines    → bullet list; "1. item" lines → numbered list
//   **bold**, *italic*, [label](https://…)
//   [@src-id, p. 12; @src-other] → one citation of one or more sources
// Citation ids are derived from the field's id prefix and their position, so
// the Dutch and English documents get the same ids.

import type { Block, Inline, RichText } from '../../src/shared/model/rich-text';

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[@([^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)/g;

interface Counter {
  prefix: string;
  next: number;
}

function parseCitation(body: string, counter: Counter): Inline {
  const items = body.split(';').map((part) => {
    const trimmed = part.trim().replace(/^@/, '');
    const comma = trimmed.indexOf(',');
    if (comma === -1) return { sourceId: trimmed };
    return { sourceId: trimmed.slice(0, comma).trim(), locator: trimmed.slice(comma + 1).trim() };
  });
  counter.next += 1;
  return { type: 'citation', id: `${counter.prefix}-cit${counter.next}`, items };
}

function parseInline(text: string, counter: Counter): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    const [, bold, italic, citation, label, href] = match;
    if (bold !== undefined) out.push({ type: 'text', text: bold, marks: [{ type: 'bold' }] });
    else if (italic !== undefined) out.push({ type: 'text', text: italic, marks: [{ type: 'italic' }] });
    else if (citation !== undefined) out.push(parseCitation(citation, counter));
    else out.push({ type: 'text', text: label, marks: [{ type: 'link', href }] });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^- /;
const NUMBERED = /^\d+\. /;

function parseBlock(lines: string[], counter: Counter): Block {
  if (lines.every((line) => BULLET.test(line)) || lines.every((line) => NUMBERED.test(line))) {
    const numbered = NUMBERED.test(lines[0]);
    return {
      type: numbered ? 'orderedList' : 'bulletList',
      items: lines.map((line) => ({
        content: [
          { type: 'paragraph', content: parseInline(line.replace(numbered ? NUMBERED : BULLET, ''), counter) },
        ],
      })),
    };
  }
  return { type: 'paragraph', content: parseInline(lines.join(' '), counter) };
}

/** Builds a rich-text document; `idPrefix` names the field so citation ids are stable. */
export function md(idPrefix: string, source: string): RichText {
  const counter: Counter = { prefix: idPrefix, next: 0 };
  const blocks = source
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => parseBlock(lines, counter));
  return { type: 'doc', content: blocks };
}
