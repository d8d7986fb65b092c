// Narrative text in the project: our own small rich-text format, deliberately
// independent of any editor's internals so the file format outlives the editor.
// A document is blocks (paragraphs, bullet and numbered lists, which may nest);
// a paragraph holds text runs (bold, italic, link) and citations of sources.

import { z } from 'zod';

/** Characters a browser silently drops from URLs (WHATWG: tab, LF, CR anywhere). */
const DROPPED_INSIDE = /[\t\n\r]/g;
/** Leading/trailing C0 controls and spaces, which a browser trims before parsing. */
// eslint-disable-next-line no-control-regex
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** Anything that must never appear in a stored link, wherever it is. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
const ALLOWED = /^(?:https?:\/\/[^/\\\s?#]|mailto:\S)/i;

/**
 * Returns the link in a safe, normalised form, or null when it is not an
 * absolute http(s) or mailto link. Links in a shared project file end up in the
 * app, in Word and in PDF readers, so this is an allow-list: every obfuscation
 * (mixed case, embedded tabs, HTML entities, invisible characters, relative
 * links) either normalises to an allowed scheme or fails to match one.
 */
export function sanitizeHref(href: string): string | null {
  if (typeof href !== 'string') return null;
  const cleaned = href.replace(EDGE_JUNK, '').replace(DROPPED_INSIDE, '');
  if (cleaned.length === 0 || cleaned.length > 4096) return null;
  if (FORBIDDEN.test(cleaned)) return null;
  if (!ALLOWED.test(cleaned)) return null;
  return cleaned;
}

export const MarkSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('bold') }),
  z.looseObject({ type: z.literal('italic') }),
  z.looseObject({ type: z.literal('link'), href: z.string() }),
]);
export type Mark = z.infer<typeof MarkSchema>;

/** A link whose target is not allowed is dropped on load; its text stays. */
function keepSafeMarks(marks: Mark[]): Mark[] {
  return marks.flatMap<Mark>((mark) => {
    if (mark.type !== 'link') return [mark];
    const href = sanitizeHref(mark.href);
    return href === null ? [] : [{ ...mark, href }];
  });
}

export const TextInlineSchema = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  marks: z.array(MarkSchema).transform(keepSafeMarks).optional(),
});
export type TextInline = z.infer<typeof TextInlineSchema>;

/** One cited source; locator is the page(s), e.g. "p. 12" or "pp. 3-5". */
export const CitationItemSchema = z.looseObject({
  sourceId: z.string().min(1),
  locator: z.string().optional(),
});
export type CitationItem = z.infer<typeof CitationItemSchema>;

/** An in-text citation "(De Winter, 2008, p. 12)" of one or more sources. */
export const CitationInlineSchema = z.looseObject({
  type: z.literal('citation'),
  id: z.string().min(1),
  items: z.array(CitationItemSchema).default(() => []),
});
export type CitationInline = z.infer<typeof CitationInlineSchema>;

export const InlineSchema = z.discriminatedUnion('type', [TextInlineSchema, CitationInlineSchema]);
export type Inline = z.infer<typeof InlineSchema>;

export const ParagraphSchema = z.looseObject({
  type: z.literal('paragraph'),
  content: z.array(InlineSchema).default(() => []),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

// Lists nest, so these three types are written out by hand for z.lazy.
export interface ListBlock {
  type: 'bulletList' | 'orderedList';
  items: ListItem[];
  [key: string]: unknown;
}
export interface ListItem {
  content: Block[];
  [key: string]: unknown;
}
export type Block = Paragraph | ListBlock;

export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.looseObject({ content: z.array(BlockSchema).default(() => []) }),
);
export const ListBlockSchema: z.ZodType<ListBlock> = z.looseObject({
  type: z.enum(['bulletList', 'orderedList']),
  items: z.array(ListItemSchema).default(() => []),
});
export const BlockSchema: z.ZodType<Block> = z.lazy(() => z.union([ParagraphSchema, ListBlockSchema]));

export const RichTextSchema = z.looseObject({
  type: z.literal('doc'),
  content: z.array(BlockSchema).default(() => []),
});
export type RichText = z.infer<typeof RichTextSchema>;

export function emptyRichText(): RichText {
  return { type: 'doc', content: [] };
}

/** One paragraph per line; empty lines become empty paragraphs so spacing survives. */
export function richTextFromPlain(text: string): RichText {
  if (text.trim() === '') return emptyRichText();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    type: 'doc',
    content: lines.map((line) => ({
      type: 'paragraph' as const,
      content: line === '' ? [] : [{ type: 'text' as const, text: line }],
    })),
  };
}

function inlineToPlain(inline: Inline): string {
  if (inline.type === 'text') return inline.text;
  return '';
}

function blockToLines(block: Block, indent: string): string[] {
  if (block.type === 'paragraph') return [indent + block.content.map(inlineToPlain).join('')];
  const list = block as ListBlock;
  return list.items.flatMap((item, index) => {
    const bullet = list.type === 'orderedList' ? `${index + 1}. ` : '- ';
    const lines = item.content.flatMap((child) => blockToLines(child, indent + '   '));
    if (lines.length === 0) return [indent + bullet.trimEnd()];
    return [indent + bullet + lines[0].trimStart(), ...lines.slice(1)];
  });
}

/** Plain text for search, counts and titles: lists get "- " / "1. " prefixes, citations vanish. */
export function richTextToPlain(doc: RichText): string {
  return doc.content.flatMap((block) => blockToLines(block, '')).join('\n');
}

/** True when the document has no visible text and no citations. */
export function isRichTextEmpty(doc: RichText | null | undefined): boolean {
  if (!doc) return true;
  let empty = true;
  visitInlines(doc, (inline) => {
    if (inline.type === 'citation' || inline.text.trim() !== '') empty = false;
  });
  return empty;
}

/** Calls visit for every inline in document order, however deep the lists nest. */
export function visitInlines(doc: RichText, visit: (inline: Inline) => void): void {
  const stack: Block[] = [...doc.content].reverse();
  while (stack.length > 0) {
    const block = stack.pop() as Block;
    if (block.type === 'paragraph') {
      (block as Paragraph).content.forEach(visit);
    } else {
      const children = (block as ListBlock).items.flatMap((item) => item.content);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
    }
  }
}

/** Ids of all sources cited in the document, each once, in order of first citation. */
export function citedSourceIds(doc: RichText): string[] {
  const seen = new Set<string>();
  visitInlines(doc, (inline) => {
    if (inline.type === 'citation') for (const item of inline.items) seen.add(item.sourceId);
  });
  return [...seen];
}
