// Conversion between the editor's document (TipTap/ProseMirror JSON) and our
// own RichText format, which is what the project file stores. The editor is a
// detail of the UI: anything it produces that RichText cannot express (headings,
// code, strike-through, pasted oddities) degrades to plain paragraphs of text,
// and every link passes through sanitizeHref on the way in and on the way out.
//
// Both directions are pure. `toRichText` always returns the *normalised* form
// (see normalizeRichText), so comparing the editor's content with a stored
// value is a plain deep comparison of two normalised documents.

import type { JSONContent } from '@tiptap/core';
import {
  sanitizeHref,
  type Block,
  type CitationItem,
  type Inline,
  type ListBlock,
  type ListItem,
  type Mark,
  type Paragraph,
  type RichText,
} from '../../../shared/model/rich-text';

type Json = Record<string, unknown>;

const MARK_ORDER: Record<Mark['type'], number> = { bold: 0, italic: 1, link: 2 };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(node: Json): Json[] {
  return Array.isArray(node.content) ? node.content.filter(isObject) : [];
}

// ---------------------------------------------------------------------------
// Editor JSON → RichText

function marksFromEditor(value: unknown): Mark[] {
  if (!Array.isArray(value)) return [];
  const marks: Mark[] = [];
  for (const mark of value.filter(isObject)) {
    if (mark.type === 'bold') marks.push({ type: 'bold' });
    else if (mark.type === 'italic') marks.push({ type: 'italic' });
    else if (mark.type === 'link') {
      const attrs = isObject(mark.attrs) ? mark.attrs : {};
      const href = typeof attrs.href === 'string' ? sanitizeHref(attrs.href) : null;
      if (href !== null) marks.push({ type: 'link', href });
    }
    // Other marks (strike, code, underline, …) are dropped; the text stays.
  }
  return marks;
}

function citationItemsFrom(value: unknown): CitationItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((item) => {
    if (typeof item.sourceId !== 'string' || item.sourceId === '') return [];
    const locator = typeof item.locator === 'string' && item.locator !== '' ? item.locator : undefined;
    return [locator === undefined ? { sourceId: item.sourceId } : { sourceId: item.sourceId, locator }];
  });
}

/** Hands out citation ids, renaming missing or repeated ones (a pasted copy of a citation). */
class CitationIds {
  private readonly used = new Set<string>();
  take(wanted: unknown): string {
    const base = typeof wanted === 'string' && wanted !== '' ? wanted : 'citation';
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** The visible text of any node, for degrading nodes RichText has no place for. */
function textOf(node: Json): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return ' ';
  const own = isObject(node.attrs) && typeof node.attrs.label === 'string' ? node.attrs.label : '';
  return own + children(node).map(textOf).join('');
}

function inlinesFromEditor(nodes: Json[], ids: CitationIds): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = typeof node.text === 'string' ? node.text : '';
      const marks = marksFromEditor(node.marks);
      inlines.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
    } else if (node.type === 'citation') {
      const attrs = isObject(node.attrs) ? node.attrs : {};
      inlines.push({ type: 'citation', id: ids.take(attrs.id), items: citationItemsFrom(attrs.items) });
    } else {
      inlines.push({ type: 'text', text: textOf(node) });
    }
  }
  return inlines;
}

const INLINE_TYPES = new Set(['text', 'citation', 'hardBreak', 'mention', 'emoji', 'image']);

function blocksFromEditor(node: Json, ids: CitationIds): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', content: inlinesFromEditor(children(node), ids) }];
    case 'bulletList':
    case 'orderedList':
      return [{
        type: node.type,
        items: children(node).map((item) => ({ content: blocksInside(item, ids) })),
      }];
    default: {
      // Unknown block (heading, blockquote, code block, …): keep its text.
      const kids = children(node);
      if (kids.length === 0) {
        const text = textOf(node);
        return text === '' ? [] : [{ type: 'paragraph', content: [{ type: 'text', text }] }];
      }
      if (kids.some((kid) => INLINE_TYPES.has(String(kid.type)))) {
        return [{ type: 'paragraph', content: inlinesFromEditor(kids, ids) }];
      }
      return kids.flatMap((kid) => blocksFromEditor(kid, ids));
    }
  }
}

function blocksInside(node: Json, ids: CitationIds): Block[] {
  return children(node).flatMap((kid) => blocksFromEditor(kid, ids));
}

/** The editor's document as RichText, normalised. Anything not a document yields an empty one. */
export function toRichText(json: JSONContent | unknown): RichText {
  if (!isObject(json)) return { type: 'doc', content: [] };
  const ids = new CitationIds();
  const content = json.type === 'doc' ? blocksInside(json, ids) : blocksFromEditor(json, ids);
  return normalizeRichText({ type: 'doc', content });
}

// ---------------------------------------------------------------------------
// Normal form

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function normaliseInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'citation') {
      out.push({ type: 'citation', id: inline.id, items: inline.items.map((i) => ({ ...i })) });
      continue;
    }
    if (inline.text === '') continue;
    const marks = (inline.marks ?? [])
      .flatMap((mark): Mark[] => {
        if (mark.type !== 'link') return [{ type: mark.type }];
        const href = sanitizeHref(mark.href);
        return href === null ? [] : [{ type: 'link', href }];
      })
      .filter((mark, index, all) => all.findIndex((m) => m.type === mark.type) === index)
      .sort((a, b) => MARK_ORDER[a.type] - MARK_ORDER[b.type]);
    const previous = out[out.length - 1];
    if (previous && previous.type === 'text' && sameMarks(previous.marks, marks)) {
      out[out.length - 1] = { ...previous, text: previous.text + inline.text };
    } else {
      out.push(marks.length > 0 ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text });
    }
  }
  return out;
}

/** Blocks in normal form; a list without items is dropped (it shows nothing). */
function normaliseBlocks(blocks: Block[]): Block[] {
  return blocks
    .filter((block) => block.type === 'paragraph' || (block as ListBlock).items.length > 0)
    .map(normaliseBlock);
}

function normaliseBlock(block: Block): Block {
  if (block.type === 'paragraph') {
    return { type: 'paragraph', content: normaliseInlines((block as Paragraph).content) };
  }
  const list = block as ListBlock;
  return { type: list.type, items: list.items.map(normaliseItem) };
}

/** A list item starts with a paragraph (the editor's rule), possibly an empty one. */
function normaliseItem(item: ListItem): ListItem {
  const content = normaliseBlocks(item.content);
  if (content.length === 0 || content[0].type !== 'paragraph') {
    content.unshift({ type: 'paragraph', content: [] });
  }
  return { content };
}

function isEmptyParagraph(block: Block): boolean {
  return block.type === 'paragraph' && (block as Paragraph).content.length === 0;
}

/**
 * The canonical shape of a document: adjacent text runs with equal marks
 * merged, empty runs and unsafe links dropped, marks in a fixed order without
 * duplicates, lists without items dropped, list items opening with a
 * paragraph, and empty paragraphs at the end of the document dropped (so a
 * document of one empty paragraph is empty). Unknown extra fields are not
 * kept (the editor cannot hold them).
 */
export function normalizeRichText(doc: RichText): RichText {
  const content = normaliseBlocks(doc.content);
  // The editor keeps an empty paragraph after a final list (so the caret can
  // leave it); it carries nothing, so it is not stored.
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1])) content.pop();
  return { type: 'doc', content };
}

/** True when two documents say the same thing (compared in normal form). */
export function sameRichText(a: RichText, b: RichText): boolean {
  return JSON.stringify(normalizeRichText(a)) === JSON.stringify(normalizeRichText(b));
}

// ---------------------------------------------------------------------------
// RichText → editor JSON

function marksToEditor(marks: Mark[] | undefined): JSONContent['marks'] {
  const out: NonNullable<JSONContent['marks']> = [];
  for (const mark of marks ?? []) {
    if (mark.type === 'link') {
      const href = sanitizeHref(mark.href);
      if (href !== null) out.push({ type: 'link', attrs: { href } });
    } else {
      out.push({ type: mark.type });
    }
  }
  return out;
}

function inlinesToEditor(inlines: Inline[]): JSONContent[] {
  return normaliseInlines(inlines).map((inline): JSONContent => {
    if (inline.type === 'citation') {
      return { type: 'citation', attrs: { id: inline.id, items: inline.items.map((i) => ({ ...i })) } };
    }
    const marks = marksToEditor(inline.marks);
    return marks && marks.length > 0 ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text };
  });
}

function blockToEditor(block: Block): JSONContent {
  if (block.type === 'paragraph') {
    const content = inlinesToEditor((block as Paragraph).content);
    return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  }
  const list = block as ListBlock;
  return {
    type: list.type,
    content: list.items.map((item) => ({ type: 'listItem', content: item.content.map(blockToEditor) })),
  };
}

/** RichText as the editor's JSON; always a valid editor document (at least one paragraph). */
export function toEditorJson(doc: RichText): JSONContent {
  const blocks = normalizeRichText(doc).content.map(blockToEditor);
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}
