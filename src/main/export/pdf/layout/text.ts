// Setting inline text: report runs become styled InlineRuns (bold/italic as
// faces, links in the accent colour and underlined, comments carried), '\n'
// becomes a hard line break, the line breaker makes lines and each line
// becomes a slice with its text items, clickable link areas and comment
// markers. Trailing spaces are trimmed so every item's width is real ink.

import type { Run } from '../../../../shared/report/doc';
import { claimAnchor, type LayoutContext } from './context';
import { faceFor, type BlockStyle } from './styles';
import type { Column, Slice } from './slices';
import type { InlineRun, Line, LinkTarget, PageItem, PlacedRun, TextMeasurer, TextStyle } from './types';

/** A link target for a run's href: '#name' points inside the report, anything else is a URI. */
export function linkTargetOf(href: string): LinkTarget {
  return href.startsWith('#') && href.length > 1 ? { kind: 'anchor', anchor: href.slice(1) } : { kind: 'uri', uri: href };
}

/** Report runs as inline runs over a base style. */
export function inlineRuns(runs: readonly Run[], base: TextStyle, ctx: LayoutContext): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const style: TextStyle = { ...base, face: faceFor(base.face, run.bold, run.italic) };
    const inline: InlineRun = { text: run.text, style };
    if (run.href) {
      inline.link = linkTargetOf(run.href);
      inline.style = { ...style, color: ctx.styles.link.color, underline: true };
    }
    if (run.commentIds && run.commentIds.length > 0) inline.commentIds = [...run.commentIds];
    out.push(inline);
  }
  return out;
}

/** Runs split at '\n' into hard lines (each at least an empty list). */
export function hardLines(runs: readonly InlineRun[]): InlineRun[][] {
  let breaks = false;
  for (let index = 0; index < runs.length && !breaks; index += 1) breaks = runs[index].text.indexOf('\n') >= 0 || runs[index].text.indexOf('\r') >= 0;
  if (!breaks) return [[...runs]];
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

// The last baseline offset worked out, and what it was worked out from: consecutive
// paragraphs nearly always share their style, and asking the fonts again each time adds up.
let lastBaseline = { measurer: null as TextMeasurer | null, face: '', size: 0, lineHeight: 0, offset: 0 };

/** baselineOffset, remembered for the style of the previous call. */
function cachedBaselineOffset(style: BlockStyle, measurer: TextMeasurer): number {
  const { face, size } = style.text;
  const last = lastBaseline;
  if (last.measurer === measurer && last.face === face && last.size === size && last.lineHeight === style.lineHeight) return last.offset;
  const offset = baselineOffset(style, measurer);
  lastBaseline = { measurer, face, size, lineHeight: style.lineHeight, offset };
  return offset;
}

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
  for (let index = 0; index < lines.length; index += 1) {
    const segment = lines[index];
    const last = index === lines.length - 1;
    const first = out.length === 0 ? width : restWidth;
    const broken = segment.length > 0 ? ctx.breakLines(segment, ctx.measurer, { width: Math.max(1, restWidth), firstLineWidth: Math.max(1, first), language: ctx.language }) : [];
    if (broken.length === 0) {
      out.push({ runs: [], width: 0, hyphenated: false, last });
      continue;
    }
    for (const line of broken) out.push(line);
    // The breaker marks its own last line; only a line ending at a hard break needs a copy saying otherwise.
    const end = out[out.length - 1];
    if (end.last !== last) out[out.length - 1] = { ...end, last };
  }
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

/**
 * The items of one line: text pieces, link areas over linked text, first
 * comment markers. `indent` moves the runs right (hanging indents), added to
 * each run's own x before the column's.
 */
function lineItems(line: Line, column: Column, baseline: number, height: number, ctx: LayoutContext, indent: number): PageItem[] {
  const items: PageItem[] = [];
  const runs = line.runs;
  // Trailing spaces are no ink: drop them so bounds and link areas are exact. Runs from
  // `end` on are dropped (empty or blank); `tail`, when set, is set in place of the last kept one.
  let end = runs.length;
  let tail: PlacedRun | null = null;
  while (end > 0) {
    const lastRun = runs[end - 1];
    const text = lastRun.text;
    if (text.length === 0) {
      end -= 1;
      continue;
    }
    // Most lines end in ink: no need to scan the run for trailing white space.
    if (!isWhiteSpace(text.charCodeAt(text.length - 1))) break;
    const trimmed = text.replace(/\s+$/u, '');
    if (trimmed === text) break;
    if (trimmed.length > 0) {
      tail = { ...lastRun, text: trimmed, width: ctx.measurer.width(trimmed, lastRun.style.face, lastRun.style.size) };
      break;
    }
    end -= 1;
  }
  let linkTarget: LinkTarget | null = null;
  let linkX = 0;
  let linkRight = 0;
  for (let index = 0; index < end; index += 1) {
    const run = tail !== null && index === end - 1 ? tail : runs[index];
    if (run.text.length === 0) continue;
    const x = column.x + (indent === 0 ? run.x : run.x + indent);
    items.push({ kind: 'text', x, baseline, text: run.text, style: run.style, width: run.width });
    if (run.link) {
      if (linkTarget !== null && sameTarget(linkTarget, run.link)) linkRight = x + run.width;
      else {
        if (linkTarget !== null) items.push({ kind: 'link', x: linkX, y: 0, width: linkRight - linkX, height, target: linkTarget });
        linkTarget = run.link;
        linkX = x;
        linkRight = x + run.width;
      }
    } else if (linkTarget !== null) {
      items.push({ kind: 'link', x: linkX, y: 0, width: linkRight - linkX, height, target: linkTarget });
      linkTarget = null;
    }
    if (run.commentIds) {
      for (const id of run.commentIds) {
        if (!ctx.includeComments || ctx.placedComments.has(id)) continue;
        ctx.placedComments.add(id);
        items.push({ kind: 'comment', commentId: id, x, y: 0 });
      }
    }
  }
  if (linkTarget !== null) items.push({ kind: 'link', x: linkX, y: 0, width: linkRight - linkX, height, target: linkTarget });
  return items;
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  return a.kind === 'uri' ? b.kind === 'uri' && a.uri === b.uri : b.kind === 'anchor' && a.anchor === b.anchor;
}

/**
 * One slice per line, widows and orphans not yet decided (see keepLinesTogether).
 * With `restIndent`, every line after the first starts that much further right (hanging indents).
 */
export function lineSlices(
  lines: readonly Line[],
  column: Column,
  style: BlockStyle,
  ctx: LayoutContext,
  options: SetTextOptions = {},
  restIndent = 0,
): Slice[] {
  const height = lineHeightOf(style);
  const baseline = cachedBaselineOffset(style, ctx.measurer);
  const slices: Slice[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    slices.push({
      height,
      spaceBefore: 0,
      spaceAfter: 0,
      items: lineItems(lines[index], column, baseline, height, ctx, index === 0 ? 0 : restIndent),
      keepWithNext: false,
      lines: 1,
    });
  }
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
