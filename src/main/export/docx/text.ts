// Text that is always safe inside WordprocessingML: the report model already
// strips control characters, but the file must never break, so this is the
// last line of defence (XML 1.0 forbids most C0 controls and lone surrogates).
// The docx library escapes &, < and > itself. Also the bookmark names Word
// accepts, and plain text as the library's runs (title page, table of contents).

import { TextRun, type IRunOptions } from 'docx';
import type { DocxContext } from './context';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;

export function safeText(text: string): string {
  // Nearly every text is clean already: one scan instead of four replacements.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\ufffd');
}

/** The lines of a text; '\n' is a line break inside one paragraph. */
export function textLines(text: string): string[] {
  return safeText(text).split('\n');
}

/**
 * A bookmark name Word accepts: starts with a letter, only letters, digits and
 * '_', at most 40 characters. Collisions after shortening get a numeric suffix.
 */
export function bookmarkName(anchor: string, taken: Set<string>): string {
  let base = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(base)) base = `b_${base}`;
  base = base.slice(0, 40);
  let name = base;
  for (let counter = 2; taken.has(name); counter += 1) {
    const suffix = `_${counter}`;
    name = base.slice(0, 40 - suffix.length) + suffix;
  }
  taken.add(name);
  return name;
}

/** The bookmark name for a report anchor, created on first use. */
export function anchorBookmark(anchor: string, ctx: DocxContext): string {
  const known = ctx.anchors.get(anchor);
  if (known) return known;
  const name = bookmarkName(anchor, ctx.bookmarks);
  ctx.anchors.set(anchor, name);
  return name;
}

/** TextRuns of one text; '\n' becomes a line break. */
export function textRuns(text: string, options: IRunOptions & { lang?: string } = {}): TextRun[] {
  const { lang, ...rest } = options;
  return textLines(text).map(
    (line, index) => new TextRun({ ...rest, text: line, break: index > 0 ? 1 : undefined, language: lang ? { value: lang } : undefined }),
  );
}
