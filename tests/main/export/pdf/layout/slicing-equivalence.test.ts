// The cheaper paragraph slicing and table measuring give exactly what the
// straightforward code before them gave. That code is kept here as the
// reference: table words found by two regular-expression splits and measured
// one by one, every line copied to mark its paragraph's end, hanging indents
// made by copying every run of every later line, and each line's runs filtered
// and trimmed into a fresh array. Compared on random input with odd white
// space, links, comments, hard breaks and hanging indents, with the real font
// measurer and line breaker as well as the fake ones. Table cells are
// measured as before: styled runs split at hard breaks, words by two
// regular-expression splits, each measured alone.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext, type LayoutContext } from '../../../../../src/main/export/pdf/layout/context';
import { createMeasurer } from '../../../../../src/main/export/pdf/layout/fonts';
import { breakLines } from '../../../../../src/main/export/pdf/layout/line-break';
import type { Column, Slice } from '../../../../../src/main/export/pdf/layout/slices';
import { faceFor, reportStyles, type BlockStyle } from '../../../../../src/main/export/pdf/layout/styles';
import type { Block, Run } from '../../../../../src/shared/report/doc';
import { blocksExtent, widestWord } from '../../../../../src/main/export/pdf/layout/table';
import { baselineOffset, breakText, hardLines, inlineRuns, isWhiteSpace, lineHeightOf, lineSlices, type SetTextOptions } from '../../../../../src/main/export/pdf/layout/text';
import type { BreakLines, InlineRun, Line, LinkTarget, PageItem, PlacedRun, TextMeasurer, TextStyle } from '../../../../../src/main/export/pdf/layout/types';
import { fakeBreakLines, fakeMeasurer } from './fake-text';
import { doc, fakeDeps } from './layout-helpers';

// --- the reference: the code before the speed work ---------------------------

function referenceWordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((part) => part.split(/(?<=[-‐–])(?=.)/u))
    .filter((word) => word.length > 0);
}

function referenceMin(text: string, style: TextStyle, measurer: TextMeasurer, base: number): number {
  let min = 0;
  for (const word of referenceWordsOf(text)) min = Math.max(min, base + measurer.width(word, style.face, style.size));
  return min;
}

function referenceBlocksExtent(blocks: readonly Block[], style: BlockStyle, ctx: LayoutContext, indent: number): { min: number; max: number } {
  const { measurer } = ctx;
  let min = 0;
  let max = 0;
  const measureRuns = (runs: InlineRun[], extra: number) => {
    for (const hard of hardLines(runs)) {
      let lineWidth = 0;
      for (const run of hard) {
        lineWidth += measurer.width(run.text, run.style.face, run.style.size);
        for (const word of referenceWordsOf(run.text)) min = Math.max(min, indent + extra + measurer.width(word, run.style.face, run.style.size));
      }
      max = Math.max(max, indent + extra + lineWidth);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') measureRuns(inlineRuns(block.runs, style.text, ctx), 0);
    else if (block.type === 'heading') measureRuns([{ text: block.text, style: { ...style.text, face: faceFor(style.text.face, true, undefined) } }], 0);
    else if (block.type === 'quote') {
      measureRuns(inlineRuns(block.runs, { ...style.text, face: 'italic' }, ctx), 2 * ctx.styles.quoteIndent);
      measureRuns([{ text: `— ${block.attribution}`, style: ctx.styles.attribution.text }], 2 * ctx.styles.quoteIndent);
    } else if (block.type === 'list') {
      for (const item of block.items) {
        const inner = referenceBlocksExtent(item, style, ctx, indent + ctx.styles.listHang);
        min = Math.max(min, inner.min);
        max = Math.max(max, inner.max);
      }
    }
  }
  return { min, max };
}

function referenceBreakText(runs: readonly InlineRun[], width: number, ctx: LayoutContext, restWidth = width): Line[] {
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

function referenceHangingLines(lines: readonly Line[], hang: number): Line[] {
  return lines.map((line, index) => (index === 0 ? line : { ...line, runs: line.runs.map((run) => ({ ...run, x: run.x + hang })) }));
}

const sameTarget = (a: LinkTarget, b: LinkTarget): boolean =>
  a.kind === 'uri' ? b.kind === 'uri' && a.uri === b.uri : b.kind === 'anchor' && a.anchor === b.anchor;

function referenceLineItems(line: Line, column: Column, baseline: number, height: number, ctx: LayoutContext): PageItem[] {
  const items: PageItem[] = [];
  const runs = line.runs.filter((run) => run.text.length > 0);
  while (runs.length > 0) {
    const lastRun = runs[runs.length - 1];
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

function referenceLineSlices(lines: readonly Line[], column: Column, style: BlockStyle, ctx: LayoutContext, options: SetTextOptions = {}): Slice[] {
  const height = lineHeightOf(style);
  const baseline = baselineOffset(style, ctx.measurer);
  const slices: Slice[] = lines.map((line) => ({
    height,
    spaceBefore: 0,
    spaceAfter: 0,
    items: referenceLineItems(line, column, baseline, height, ctx),
    keepWithNext: false,
    lines: 1,
  }));
  if (slices.length === 0) return slices;
  const marks: PageItem[] = [];
  for (const anchor of options.anchors ?? []) {
    if (ctx.placedAnchors.has(anchor)) continue;
    ctx.placedAnchors.add(anchor);
    marks.push({ kind: 'anchor', anchor, y: 0 });
  }
  if (ctx.includeComments) {
    for (const id of options.blockComments ?? []) {
      if (ctx.placedComments.has(id)) continue;
      if (lines.some((line) => line.runs.some((run) => run.commentIds?.includes(id)))) continue;
      ctx.placedComments.add(id);
      marks.push({ kind: 'comment', commentId: id, x: column.x, y: 0 });
    }
  }
  slices[0].items.unshift(...marks);
  slices[0].spaceBefore = style.spaceBefore;
  slices[slices.length - 1].spaceAfter = style.spaceAfter;
  return slices;
}

// --- random input ---------------------------------------------------------------

const styles = reportStyles('#1f6f8b');
const realMeasurer = createMeasurer();

/** Letters, digits, the hyphens a table word breaks after, a dash it does not, and every kind of white space. */
const piece = fc.constantFrom(
  'a', 'Z', 'ë', 'ij', '7', 'W', 'fi', 'Ω', '😀', '\u0301',
  '-', '‐', '–', '—', '/',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\u00ad',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const face = fc.constantFrom('regular', 'italic', 'bold', 'semibold') as fc.Arbitrary<TextStyle['face']>;
const textStyle = fc.record({ face, size: fc.constantFrom(8, 9.5, 11) }).map((style): TextStyle => ({ ...style, color: [0, 0, 0] }));
const target = fc.option(fc.constantFrom<LinkTarget>({ kind: 'uri', uri: 'https://a.nl' }, { kind: 'uri', uri: 'https://b.nl' }, { kind: 'anchor', anchor: 'c' }), { nil: undefined });
const commentIds = fc.option(fc.subarray(['k1', 'k2', 'k3'], { minLength: 1 }), { nil: undefined });

const inlineRun = fc.record({ text, style: textStyle, link: target, commentIds }).map(({ link, commentIds: ids, ...rest }) => {
  const run: InlineRun = { ...rest };
  if (link) run.link = link;
  if (ids) run.commentIds = ids;
  return run;
});

const placedRun = fc.record({ text, style: textStyle, x: fc.double({ min: 0, max: 400, noNaN: true }), width: fc.double({ min: 0, max: 200, noNaN: true }), link: target, commentIds }).map(
  ({ link, commentIds: ids, ...rest }) => {
    const run: PlacedRun = { ...rest };
    if (link) run.link = link;
    if (ids) run.commentIds = ids;
    return run;
  },
);
const line = fc.record({ runs: fc.array(placedRun, { maxLength: 5 }), width: fc.double({ min: 0, max: 400, noNaN: true }), hyphenated: fc.boolean(), last: fc.boolean() });

function context(includeComments: boolean, measurer: TextMeasurer, breaker: BreakLines): LayoutContext {
  return createContext(doc([], { includeComments }), { ...fakeDeps(), measurer, breakLines: breaker });
}

describe('table words: one pass gives the widest word of the splits', () => {
  for (const [name, measurer] of [['fake', fakeMeasurer], ['real', realMeasurer]] as const) {
    it(`with the ${name} measurer`, () => {
      fc.assert(
        fc.property(text, textStyle, fc.constantFrom(0, 3.5, 18), (value, style, base) => {
          const whole = measurer.width(value, style.face, style.size);
          expect(Math.max(0, base + widestWord(value, style.face, style.size, measurer, whole))).toBe(referenceMin(value, style, measurer, base));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('breaks at white space and after -, ‐ and – that have more word after them', () => {
    const widths: string[] = [];
    const recording: TextMeasurer = { ...fakeMeasurer, width: (value, face, size) => (widths.push(value), fakeMeasurer.width(value, face, size)) };
    const style: TextStyle = { face: 'regular', size: 10, color: [0, 0, 0] };
    widestWord('  zorg-\u00a0en–welzijn- ‐x — a—b\n', style.face, style.size, recording, -1);
    expect(widths).toEqual(['zorg-', 'en–', 'welzijn-', '‐', 'x', '—', 'a—b']);
    // A single word is the whole text: its width is the one given, not measured again.
    widths.length = 0;
    expect(widestWord('onderzoek', style.face, style.size, recording, 123)).toBe(123);
    expect(widths).toEqual([]);
    expect(widestWord(' \t\n', style.face, style.size, recording, 5)).toBe(Number.NEGATIVE_INFINITY);
  });
});

const reportRun = fc.record({ text, bold: fc.option(fc.boolean(), { nil: undefined }), italic: fc.option(fc.boolean(), { nil: undefined }), href: fc.option(fc.constant('https://a.nl'), { nil: undefined }) }).map(
  (run): Run => Object.fromEntries(Object.entries(run).filter(([, value]) => value !== undefined)) as unknown as Run,
);
let blockId = 0;
const cellBlock: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(reportRun, { maxLength: 4 }).map((runs): Block => ({ type: 'paragraph', id: `p${(blockId += 1)}`, runs })),
    text.map((value): Block => ({ type: 'heading', id: `h${(blockId += 1)}`, level: 3, text: value, anchor: `a${blockId}` })),
    fc.record({ runs: fc.array(reportRun, { maxLength: 3 }), attribution: text }).map(({ runs, attribution }): Block => ({ type: 'quote', id: `q${(blockId += 1)}`, runs, attribution })),
    fc.record({ ordered: fc.boolean(), items: fc.array(fc.array(tie('block'), { maxLength: 2 }), { maxLength: 3 }) }).map(({ ordered, items }): Block => ({ type: 'list', id: `l${(blockId += 1)}`, ordered, items })),
  ),
})).block;

describe('table cells: min- and max-content measured without styled runs', () => {
  for (const [name, measurer] of [['fake', fakeMeasurer], ['real', realMeasurer]] as const) {
    it(`with the ${name} measurer`, () => {
      fc.assert(
        fc.property(fc.array(cellBlock, { maxLength: 4 }), fc.constantFrom(styles.tableHeader, styles.tableBody), fc.constantFrom(0, 12), (blocks, style, indent) => {
          const ctx = context(false, measurer, fakeBreakLines);
          const got = blocksExtent(blocks, style, ctx, indent);
          const want = referenceBlocksExtent(blocks, style, ctx, indent);
          expect(got.min).toBe(want.min);
          expect(got.max).toBe(want.max);
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('paragraph lines: the same lines and slices without the copies', () => {
  for (const [name, measurer, breaker] of [['fake', fakeMeasurer, fakeBreakLines], ['real', realMeasurer, breakLines]] as const) {
    it(`breakText with the ${name} measurer and line breaker`, () => {
      fc.assert(
        fc.property(fc.array(inlineRun, { maxLength: 4 }), fc.double({ min: 20, max: 300, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), (runs, width, hang) => {
          const ctx = context(false, measurer, breaker);
          expect(breakText(runs, width, ctx, width - hang)).toStrictEqual(referenceBreakText(runs, width, ctx, width - hang));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('lineSlices on random lines, hanging indents, links, comments and anchors', () => {
    const style = styles.body;
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 5 }),
        fc.constantFrom(0, 18, 36),
        fc.boolean(),
        fc.subarray(['k1', 'k2', 'k4']),
        fc.subarray(['item-1', 'sec-2']),
        (lines, hang, includeComments, blockComments, anchors) => {
          const column: Column = { x: 70.86614173228347, width: 453.5433070866142 };
          const options: SetTextOptions = { anchors, blockComments };
          const mine = context(includeComments, realMeasurer, breakLines);
          const theirs = context(includeComments, realMeasurer, breakLines);
          const got = lineSlices(lines, column, style, mine, options, hang);
          const want = referenceLineSlices(hang > 0 ? referenceHangingLines(lines, hang) : lines, column, style, theirs, options);
          expect(got).toStrictEqual(want);
          expect([...mine.placedComments]).toEqual([...theirs.placedComments]);
          expect([...mine.placedAnchors]).toEqual([...theirs.placedAnchors]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hanging indents from the real line breaker', () => {
    fc.assert(
      fc.property(fc.array(inlineRun, { minLength: 1, maxLength: 4 }), fc.constantFrom(18, 36), (runs, hang) => {
        const width = 120;
        const column: Column = { x: 70, width };
        const lines = breakText(runs, width, context(false, realMeasurer, breakLines), width - hang);
        const got = lineSlices(lines, column, styles.body, context(true, realMeasurer, breakLines), {}, hang);
        const want = referenceLineSlices(referenceHangingLines(lines, hang), column, styles.body, context(true, realMeasurer, breakLines), {});
        expect(got).toStrictEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
