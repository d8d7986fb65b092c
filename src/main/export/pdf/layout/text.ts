// Setting inline text: report runs become styled InlineRuns (bold/italic as
// faces, links in the accent colour and underlined, comments carried), '\n'
// becomes a hard line break, the line breaker makes lines and each line
// becomes a slice with its text items, clickable link areas and comment
// markers. Trailing spaces are trimmed so every item's width is real ink.

import type { Run } from '../../../../shared/report/doc';
import { claimAnchor, type LayoutContext } from './context';
import { faceFor, type BlockStyle } from './styles';
import type { Column, Slice } from './slices';
import type { InlineRun, Line, LinkTarget, PageItem, TextMeasurer, TextStyle } from './types';

/** A link target for a run's href: '#name' points inside the report, anything else is a URI. */
export function linkTargetOf(href: string): LinkTarget {
  return href.startsWith('#') && href.length > 1 ? { kind: 'anchor', anchor: href.slice(1) } : { kind: 'uri', uri: href };
}

/** Report runs as inline runs over a base style. */
export function inlineRuns(runs: readonly Run[], base: TextStyle, ctx: LayoutContext): InlineRun[] {
  return runs
    .filter((run) => run.text.length > 0)
    .map((run) => {
      const style: TextStyle = { ...base, face: faceFor(base.face, run.bold, run.italic) };
      const out: InlineRun = { text: run.text, style };
      if (run.href) {
        out.link = linkTargetOf(run.href);
        out.style = { ...style, color: ctx.styles.link.color, underline: true };
      }
      if (run.commentIds && run.commentIds.length > 0) out.commentIds = [...run.commentIds];
      return out;
    });
}

/** Runs split at '\n' into hard lines (each at least an empty list). */
export function hardLines(runs: readonly InlineRun[]): InlineRun[][] {
  if (!runs.some((run) => /[\r\n]/.test(run.text))) return [[...runs]];
  const out: InlineRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, index) => {
      if (index > 0) out.push([]);
      if (part.length > 0) out[out.length - 1].push({ ...run, text: part });
    });
  }
  return out;
}

/** Distance from a line's top to its baseline: the leading split evenly above and below the glyphs. */
export function baselineOffset(style: BlockStyle, measurer: TextMeasurer): number {
  const size = style.text.size;
  const ascent = measurer.ascent(style.text.face, size);
  const descent = measurer.descent(style.text.face, size);
  const lineHeight = size * style.lineHeight;
  return Math.max(ascent, (lineHeight - ascent - descent) / 2 + ascent);
}

export const lineHeightOf = (style: BlockStyle): number => style.text.size * style.lineHeight;

export interface SetTextOptions {
  /** Comment ids anchored on the whole block: marked at its first line unless a run carries them. */
  blockComments?: readonly string[];
  /** Anchors to place at the top of the first line (claimed here, so each appears once). */
  anchors?: readonly string[];
}

/**
 * Lines of text broken to the column width. With `restWidth`, only the very
 * first line gets `width` and every later one `restWidth` (hanging indents).
 */
export function breakText(runs: readonly InlineRun[], width: number, ctx: LayoutContext, restWidth = width): Line[] {
  const out: Line[] = [];
  const lines = hardLines(runs);
  lines.forEach((segment, index) => {
    const first = out.length === 0 ? width : restWidth;
    const options = { width: Math.max(1, restWidth), firstLineWidth: Math.max(1, first), language: ctx.language };
    const broken = segment.length > 0 ? ctx.breakLines(segment, ctx.measurer, options) : [];
    if (broken.length === 0) out.push({ runs: [], width: 0, hyphenated: false, last: true });
    else out.push(...broken);
    out[out.length - 1] = { ...out[out.length - 1], last: index === lines.length - 1 };
  });
  return out;
}

/** Whether a UTF-16 unit is white space as /\s/u sees it (all such characters are in the BMP). */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The items of one line: text pieces, link areas over linked text, first comment markers. */
function lineItems(line: Line, column: Column, baseline: number, height: number, ctx: LayoutContext): PageItem[] {
  const items: PageItem[] = [];
  const runs = line.runs.filter((run) => run.text.length > 0);
  // Trailing spaces are no ink: drop them so bounds and link areas are exact.
  while (runs.length > 0) {
    const lastRun = runs[runs.length - 1];
    // Most lines end in ink: no need to scan the run for trailing white space.
    if (!isWhiteSpace(lastRun.text.charCodeAt(lastRun.text.length - 1))) break;
    const trimmed = lastRun.text.replace(/\s+$/u, '');
    if (trimmed === lastRun.text) break;
    runs.pop();
    if (trimmed.length > 0) runs.push({ ...lastRun, text: trimmed, width: ctx.measurer.width(trimmed, lastRun.style.face, lastRun.style.size) });
  }
  let link: { target: LinkTarget; x: number; right: number } | null = null;
  const flushLink = () => {
    if (link) items.push({ kind: 'link', x: link.x, y: 0, width: link.right - link.x, height, target: link.target });
    link = null;
  };
  for (const run of runs) {
    const x = column.x + run.x;
    items.push({ kind: 'text', x, baseline, text: run.text, style: run.style, width: run.width });
    if (run.link) {
      if (link && sameTarget(link.target, run.link)) link.right = x + run.width;
      else {
        flushLink();
        link = { target: run.link, x, right: x + run.width };
      }
    } else flushLink();
    for (const id of run.commentIds ?? []) {
      if (!ctx.includeComments || ctx.placedComments.has(id)) continue;
      ctx.placedComments.add(id);
      items.push({ kind: 'comment', commentId: id, x, y: 0 });
    }
  }
  flushLink();
  return items;
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  return a.kind === 'uri' ? b.kind === 'uri' && a.uri === b.uri : b.kind === 'anchor' && a.anchor === b.anchor;
}

/** One slice per line, widows and orphans not yet decided (see keepLinesTogether). */
export function lineSlices(lines: readonly Line[], column: Column, style: BlockStyle, ctx: LayoutContext, options: SetTextOptions = {}): Slice[] {
  const height = lineHeightOf(style);
  const baseline = baselineOffset(style, ctx.measurer);
  const slices: Slice[] = lines.map((line) => ({
    height,
    spaceBefore: 0,
    spaceAfter: 0,
    items: lineItems(line, column, baseline, height, ctx),
    keepWithNext: false,
    lines: 1,
  }));
  if (slices.length === 0) return slices;
  const first = slices[0];
  const marks: PageItem[] = [];
  for (const anchor of options.anchors ?? []) if (claimAnchor(ctx, anchor)) marks.push({ kind: 'anchor', anchor, y: 0 });
  if (ctx.includeComments) {
    for (const id of options.blockComments ?? []) {
      if (ctx.placedComments.has(id)) continue;
      // A run carrying the comment marks the exact text; only unplaced ones go to the block's start.
      if (lines.some((line) => line.runs.some((run) => run.commentIds?.includes(id)))) continue;
      ctx.placedComments.add(id);
      marks.push({ kind: 'comment', commentId: id, x: column.x, y: 0 });
    }
  }
  first.items.unshift(...marks);
  first.spaceBefore = style.spaceBefore;
  slices[slices.length - 1].spaceAfter = style.spaceAfter;
  return slices;
}

/** Runs set into line slices in a column: the whole paragraph pipeline. */
export function textSlices(runs: readonly InlineRun[], column: Column, style: BlockStyle, ctx: LayoutContext, options: SetTextOptions = {}): Slice[] {
  return lineSlices(breakText(runs, column.width, ctx), column, style, ctx, options);
}
