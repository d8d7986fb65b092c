// The reference the fast line breaker is compared with: the breaker as it
// was before it was made fast (a generator of segments, every piece measured
// afresh, style groups from JSON keys), kept unchanged so the equivalence test
// can show that the fast one gives exactly the same lines. Its own notes follow.
//
// Breaking a paragraph of styled runs into lines. Break opportunities come
// from UAX #14 (the linebreak package) over the paragraph's whole text, so a
// word that changes style halfway ("**Drijf**veer") stays one unbreakable
// segment. Lines are filled greedily. A segment that does not fit is
// hyphenated if it can be (a visible "-" appears only there; soft hyphens in
// the text are break points that show as "-" only when used), and a segment
// wider than a whole line is cut at grapheme boundaries, at "/", ".", "-",
// "?", "&" or "=" when possible, without a hyphen (it is usually a URL or a
// code that a hyphen would corrupt). So no line is ever wider than the
// measure, save a single grapheme wider than the line itself.
//
// Widths are estimated while filling (pieces measured once, plus the kerning
// across a seam between pieces that will be set together) and measured again
// as whole placed runs at the end, which is exactly what the painter sets.

import LineBreaker from 'linebreak';
import { hyphenationPoints } from '../../../../src/main/export/pdf/layout/hyphenate';
import type { BreakLines, BreakOptions, InlineRun, Line, PlacedRun, TextMeasurer } from '../../../../src/main/export/pdf/layout/types';

const SOFT_HYPHEN = '\u00AD';
const HYPHEN = '-';
const EPSILON = 1e-9;
/** Characters removed from the set text: soft hyphens and hard line breaks (the break itself is kept). */
const INVISIBLE = /[\u00AD\n\r\v\f\u0085\u2028\u2029]/g;
const URL_BREAK_AFTER = new Set(['/', '.', '-', '?', '&', '=']);
/** Characters looked at when cutting an over-long segment. */
const CUT_WINDOW = 2048;
const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** A stretch of one run's text inside a segment (soft hyphens and line breaks removed). */
interface Piece {
  run: number;
  text: string;
  width: number;
}

/** The text between two break opportunities. */
interface Segment {
  pieces: Piece[];
  /** Ends in a hard line break. */
  forced: boolean;
  /** Ends in a soft hyphen: shows "-" if a line ends here. */
  softHyphen: boolean;
  /** The rest of a cut segment: not a word, so never hyphenated. */
  cut: boolean;
  /** Estimated width, trailing spaces included. */
  width: number;
  /** Estimated width without trailing spaces. */
  ink: number;
}

interface Split {
  head: Piece[];
  rest: Segment;
}

const styleKey = (run: InlineRun): string =>
  JSON.stringify([
    run.style.face,
    run.style.size,
    run.style.color,
    run.style.underline === true,
    run.link ?? null,
    run.commentIds ?? [],
  ]);

class Paragraph {
  /** Runs with the same group are set as one placed run when adjacent. */
  private readonly groups: number[];
  private readonly spaceWidths: number[] = [];

  constructor(
    readonly runs: readonly InlineRun[],
    private readonly measurer: TextMeasurer,
    private readonly options: BreakOptions,
  ) {
    const keys = new Map<string, number>();
    this.groups = runs.map((run) => {
      const key = styleKey(run);
      let group = keys.get(key);
      if (group === undefined) {
        group = keys.size;
        keys.set(key, group);
      }
      return group;
    });
  }

  measure(text: string, run: number): number {
    if (text.length === 0) return 0;
    const { face, size } = this.runs[run].style;
    return this.measurer.width(text, face, size);
  }

  piece(run: number, text: string): Piece {
    return { run, text, width: this.measure(text, run) };
  }

  /** The paragraph's segments, in order. */
  *segments(): Generator<Segment> {
    const starts: number[] = [];
    let text = '';
    for (const run of this.runs) {
      starts.push(text.length);
      text += run.text;
    }
    const breaker = new LineBreaker(text);
    let from = 0;
    let runIndex = 0;
    for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
      const to = brk.position;
      if (to <= from) continue;
      const pieces: Piece[] = [];
      while (runIndex < this.runs.length && starts[runIndex] + this.runs[runIndex].text.length <= from) runIndex += 1;
      for (let index = runIndex; index < this.runs.length && starts[index] < to; index += 1) {
        const start = Math.max(from, starts[index]);
        const end = Math.min(to, starts[index] + this.runs[index].text.length);
        const raw = text.slice(start, end).replace(INVISIBLE, '').replace(/\t/g, ' ');
        if (raw.length > 0) pieces.push(this.piece(index, raw));
      }
      const rawSegment = text.slice(from, to);
      yield this.segment(pieces, brk.required, rawSegment.endsWith(SOFT_HYPHEN), false);
      from = to;
    }
  }

  segment(pieces: Piece[], forced: boolean, softHyphen: boolean, cut: boolean): Segment {
    const width = this.widthOf(pieces);
    return { pieces, forced, softHyphen, cut, width, ink: width - this.trailingSpaces(pieces) };
  }

  /** Width of the spaces at the end (no face kerns against a space, so they simply add up). */
  trailingSpaces(pieces: readonly Piece[]): number {
    let total = 0;
    for (let index = pieces.length - 1; index >= 0; index -= 1) {
      const text = pieces[index].text;
      let end = text.length;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
      if (end === text.length) break;
      if (end === 0) {
        total += pieces[index].width;
        continue;
      }
      total += (text.length - end) * this.spaceWidth(pieces[index].run);
      break;
    }
    return total;
  }

  spaceWidth(run: number): number {
    let width = this.spaceWidths[run];
    if (width === undefined) {
      width = this.measure(' ', run);
      this.spaceWidths[run] = width;
    }
    return width;
  }

  /** Kerning between two pieces that will be set together (zero across styles or spaces). */
  seam(a: Piece | undefined, b: Piece | undefined): number {
    if (!a || !b || a.text.length === 0 || b.text.length === 0 || this.groups[a.run] !== this.groups[b.run]) return 0;
    const last = [...a.text.slice(-2)].pop() ?? ' ';
    const first = String.fromCodePoint(b.text.codePointAt(0) ?? 32);
    if (last === ' ' || first === ' ') return 0;
    return this.measure(last + first, a.run) - this.measure(last, a.run) - this.measure(first, b.run);
  }

  widthOf(pieces: readonly Piece[]): number {
    let width = 0;
    for (let index = 0; index < pieces.length; index += 1) {
      width += pieces[index].width + (index > 0 ? this.seam(pieces[index - 1], pieces[index]) : 0);
    }
    return width;
  }

  /** The pieces without trailing spaces. */
  trimEnd(pieces: readonly Piece[]): Piece[] {
    const out = [...pieces];
    while (out.length > 0) {
      const last = out[out.length - 1];
      const trimmed = last.text.replace(/ +$/, '');
      if (trimmed === last.text) break;
      out.pop();
      if (trimmed.length > 0) {
        out.push(this.piece(last.run, trimmed));
        break;
      }
    }
    return out;
  }

  trimStart(segment: Segment): Segment {
    const pieces = [...segment.pieces];
    while (pieces.length > 0) {
      const first = pieces[0];
      const trimmed = first.text.replace(/^ +/, '');
      if (trimmed === first.text) break;
      pieces.shift();
      if (trimmed.length > 0) {
        pieces.unshift(this.piece(first.run, trimmed));
        break;
      }
    }
    return this.segment(pieces, segment.forced, segment.softHyphen, segment.cut);
  }

  /** The pieces with a visible hyphen added to the last one. */
  withHyphen(pieces: readonly Piece[]): Piece[] {
    if (pieces.length === 0) return [];
    const last = pieces[pieces.length - 1];
    return [...pieces.slice(0, -1), this.piece(last.run, last.text + HYPHEN)];
  }

  /** The text offsets [from, to) of the pieces' joined text, as pieces. */
  slice(pieces: readonly Piece[], from: number, to: number): Piece[] {
    const out: Piece[] = [];
    let offset = 0;
    for (const piece of pieces) {
      const start = Math.max(from, offset);
      const end = Math.min(to, offset + piece.text.length);
      if (end > start) out.push(end - start === piece.text.length ? piece : this.piece(piece.run, piece.text.slice(start - offset, end - offset)));
      offset += piece.text.length;
    }
    return out;
  }

  /** A hyphenated head of the segment that fits in `room`, or null. */
  hyphenate(segment: Segment, room: number, before: Piece | undefined): Split | null {
    if (this.options.hyphenate === false || segment.cut) return null;
    const content = this.trimEnd(segment.pieces);
    const word = content.map((piece) => piece.text).join('');
    const points = hyphenationPoints(word, this.options.language);
    let best: Split | null = null;
    for (const point of points) {
      const head = this.withHyphen(this.slice(content, 0, point));
      if (this.seam(before, head[0]) + this.widthOf(head) > room + EPSILON) break;
      best = { head, rest: this.segment(this.slice(segment.pieces, point, Number.POSITIVE_INFINITY), segment.forced, segment.softHyphen, false) };
    }
    return best;
  }

  /** Cuts a segment wider than a whole line at the last grapheme boundary that fits (URL points preferred). */
  cut(segment: Segment, room: number): Split {
    const content = this.trimEnd(segment.pieces);
    // Grapheme ends that fit by estimate (kerning between graphemes ignored; checked exactly below).
    const ends: number[] = [];
    const preferred: boolean[] = [];
    let total = 0;
    let pieceStart = 0;
    fill: for (const piece of content) {
      // A window of the piece is enough (more than a line's worth even in small type); its last grapheme may be cut short.
      const windowed = piece.text.length > CUT_WINDOW;
      const text = windowed ? piece.text.slice(0, CUT_WINDOW) : piece.text;
      for (const { index, segment: grapheme } of graphemeSegmenter.segment(text)) {
        if (windowed && index + grapheme.length >= text.length) break fill;
        const width = this.measure(grapheme, piece.run);
        if (total + width > room + EPSILON && ends.length > 0) break fill;
        total += width;
        ends.push(pieceStart + index + grapheme.length);
        preferred.push(URL_BREAK_AFTER.has(grapheme));
      }
      pieceStart += piece.text.length;
    }
    let count = ends.length;
    for (let candidate = count; candidate >= Math.ceil(count / 2) && candidate > 0; candidate -= 1) {
      if (preferred[candidate - 1]) {
        count = candidate;
        break;
      }
    }
    let head = this.slice(content, 0, ends[Math.max(0, count - 1)]);
    while (count > 1 && this.widthOf(head) > room + EPSILON) {
      count -= 1;
      head = this.slice(content, 0, ends[count - 1]);
    }
    const at = ends[Math.max(0, count - 1)];
    return { head, rest: this.segment(this.slice(segment.pieces, at, Number.POSITIVE_INFINITY), segment.forced, segment.softHyphen, true) };
  }

  /** A finished line: trailing spaces dropped, pieces of one style merged and measured as they are set. */
  line(pieces: readonly Piece[], hyphenated: boolean, softHyphen: boolean): Line {
    let content = this.trimEnd(pieces);
    if (softHyphen) content = this.withHyphen(content);
    const runs: PlacedRun[] = [];
    let x = 0;
    let group = -1;
    let text = '';
    let runIndex = -1;
    const flush = () => {
      if (runIndex < 0 || text.length === 0) return;
      const run = this.runs[runIndex];
      const width = this.measure(text, runIndex);
      const placed: PlacedRun = { text, style: run.style, x, width };
      if (run.link) placed.link = run.link;
      if (run.commentIds && run.commentIds.length > 0) placed.commentIds = [...run.commentIds];
      runs.push(placed);
      x += width;
    };
    for (const piece of content) {
      if (this.groups[piece.run] !== group) {
        flush();
        group = this.groups[piece.run];
        runIndex = piece.run;
        text = '';
      }
      text += piece.text;
    }
    flush();
    return { runs, width: x, hyphenated: hyphenated || softHyphen, last: false };
  }
}

export const breakLines: BreakLines = (runs, measurer, options) => {
  const paragraph = new Paragraph(
    runs.filter((run) => run.text.length > 0),
    measurer,
    options,
  );
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  /** Estimated width of the line so far, trailing spaces included. */
  let width = 0;
  /** The line so far ends in a soft hyphen. */
  let endsInSoftHyphen = false;
  const room = () => (lines.length === 0 ? (options.firstLineWidth ?? options.width) : options.width);
  const finish = (hyphenated: boolean, softHyphen: boolean) => {
    lines.push(paragraph.line(pieces, hyphenated, softHyphen));
    pieces = [];
    width = 0;
    endsInSoftHyphen = false;
  };

  for (const next of paragraph.segments()) {
    let segment = next;
    for (;;) {
      if (pieces.length === 0) segment = paragraph.trimStart(segment);
      if (segment.pieces.length === 0) {
        if (segment.forced) finish(false, false);
        break;
      }
      const before = pieces[pieces.length - 1];
      const seam = paragraph.seam(before, segment.pieces[0]);
      const ink = segment.softHyphen ? paragraph.widthOf(paragraph.withHyphen(paragraph.trimEnd(segment.pieces))) : segment.ink;
      if (width + seam + ink <= room() + EPSILON) {
        pieces.push(...segment.pieces);
        width += seam + segment.width;
        endsInSoftHyphen = segment.softHyphen;
        if (segment.forced) finish(false, false);
        break;
      }
      const split = paragraph.hyphenate(segment, room() - width, before);
      if (split) {
        pieces.push(...split.head);
        finish(true, false);
        segment = split.rest;
        continue;
      }
      if (pieces.length > 0) {
        finish(false, endsInSoftHyphen);
        continue;
      }
      const cut = paragraph.cut(segment, room());
      pieces.push(...cut.head);
      finish(false, false);
      segment = cut.rest;
    }
  }
  if (pieces.length > 0) finish(false, false);
  if (lines.length > 0) lines[lines.length - 1] = { ...lines[lines.length - 1], last: true };
  return lines;
};
