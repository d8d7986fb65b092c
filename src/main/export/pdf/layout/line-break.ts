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
//
// Speed: a report breaks tens of thousands of words, so the common word (one
// run, no soft hyphen, line break or tab in the paragraph) is placed straight
// from the break loop, with no segment object, generator step or copy; style
// groups are found by comparing runs, not by building a key string per run;
// and nothing is measured that is not used (the text before a hyphen, a
// trimmed word whose width only the finished line would measure again).
// Memoising widths was tried and was slower than the shaping table's own
// one-pass measure. The lines are the same, to the last bit of every width,
// as those of the plain version kept with the tests.

import LineBreaker from 'linebreak';
import { hyphenationPoints } from './hyphenate';
import type { BreakLines, BreakOptions, InlineRun, Line, PlacedRun, TextMeasurer } from './types';

const SOFT_HYPHEN = 0xad;
const HYPHEN = '-';
const EPSILON = 1e-9;
/** Characters removed from the set text: soft hyphens and hard line breaks (the break itself is kept). */
const INVISIBLE = /[\u00AD\n\r\v\f\u0085\u2028\u2029]/g;
const URL_BREAK_AFTER = new Set(['/', '.', '-', '?', '&', '=']);
/** Characters looked at when cutting an over-long segment. */
const CUT_WINDOW = 2048;
// Made on first use (only over-long words are cut at graphemes).
let graphemeSegmenter: Intl.Segmenter | null = null;

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

/** The key that decides whether two runs are set as one placed run (see sameGroup for the fast way). */
const styleKey = (run: InlineRun): string =>
  JSON.stringify([
    run.style.face,
    run.style.size,
    run.style.color,
    run.style.underline === true,
    run.link ?? null,
    run.commentIds ?? [],
  ]);

const sameColor = (a: readonly number[], b: readonly number[]): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index] || !Number.isFinite(a[index])) return false;
  return true;
};

/** Whether two runs have the same styleKey, without building it in the common case (no link, no comments). */
function sameGroup(a: InlineRun, b: InlineRun): boolean {
  const x = a.style;
  const y = b.style;
  if (x !== y && (x.face !== y.face || x.size !== y.size || (x.underline === true) !== (y.underline === true) || !sameColor(x.color, y.color))) {
    // Equal numbers that are not finite would print the same key ("null"): let the key decide.
    if (Number.isFinite(x.size) && Number.isFinite(y.size) && x.color.every(Number.isFinite) && y.color.every(Number.isFinite)) return false;
    return styleKey(a) === styleKey(b);
  }
  if (!Number.isFinite(x.size)) return styleKey(a) === styleKey(b);
  const plain = (run: InlineRun) => run.link === undefined && (run.commentIds === undefined || run.commentIds.length === 0);
  if (plain(a) && plain(b)) return true;
  return styleKey(a) === styleKey(b);
}

/** Whether the text holds a soft hyphen, a hard line break or a tab (any of which a piece must not keep). */
const NEEDS_CLEANING = /[\u00AD\n\r\v\f\u0085\u2028\u2029\t]/;

class Paragraph {
  /** Runs with the same group are set as one placed run when adjacent. */
  private readonly groups: number[];
  private readonly spaceWidths: number[] = [];
  /** The runs' texts joined, and where each run starts in it. */
  readonly text: string;
  readonly starts: number[] = [];
  /** The text has no soft hyphen, hard line break or tab: pieces are plain slices of it. */
  readonly clean: boolean;

  constructor(
    readonly runs: readonly InlineRun[],
    private readonly measurer: TextMeasurer,
    private readonly options: BreakOptions,
  ) {
    // One representative run per group; a run joins the first group whose representative has its key.
    const representatives: InlineRun[] = [];
    this.groups = runs.map((run) => {
      for (let group = 0; group < representatives.length; group += 1) if (sameGroup(representatives[group], run)) return group;
      representatives.push(run);
      return representatives.length - 1;
    });
    let text = '';
    for (const run of runs) {
      this.starts.push(text.length);
      text += run.text;
    }
    this.text = text;
    this.clean = !NEEDS_CLEANING.test(text);
  }

  measure(text: string, run: number): number {
    if (text.length === 0) return 0;
    const { face, size } = this.runs[run].style;
    return this.measurer.width(text, face, size);
  }

  piece(run: number, text: string): Piece {
    return { run, text, width: this.measure(text, run) };
  }

  /** The pieces of the text between two break opportunities, from the run at `runIndex` on. */
  piecesOf(from: number, to: number, runIndex: number): Piece[] {
    const { text, starts, runs } = this;
    const pieces: Piece[] = [];
    for (let index = runIndex; index < runs.length && starts[index] < to; index += 1) {
      const start = Math.max(from, starts[index]);
      const end = Math.min(to, starts[index] + runs[index].text.length);
      const sliced = text.slice(start, end);
      const raw = this.clean ? sliced : sliced.replace(INVISIBLE, '').replace(/\t/g, ' ');
      if (raw.length > 0) pieces.push(this.piece(index, raw));
    }
    return pieces;
  }

  segment(pieces: Piece[], forced: boolean, softHyphen: boolean, cut: boolean): Segment {
    const width = pieces.length === 1 ? 0 + pieces[0].width : this.widthOf(pieces);
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
    const end = a.text.length;
    const lastCode = a.text.charCodeAt(end - 1);
    const firstCode = b.text.charCodeAt(0);
    if (lastCode === 32 || firstCode === 32) return 0;
    // The last code point (a surrogate pair counts as one), as the first is.
    const pair = lastCode >= 0xdc00 && lastCode <= 0xdfff && end >= 2 && a.text.charCodeAt(end - 2) >= 0xd800 && a.text.charCodeAt(end - 2) <= 0xdbff;
    const last = pair ? a.text.slice(end - 2) : a.text.slice(end - 1);
    const first = firstCode >= 0xd800 && firstCode <= 0xdbff ? String.fromCodePoint(b.text.codePointAt(0) ?? 32) : b.text[0];
    return this.measure(last + first, a.run) - this.measure(last, a.run) - this.measure(first, b.run);
  }

  widthOf(pieces: readonly Piece[]): number {
    let width = 0;
    for (let index = 0; index < pieces.length; index += 1) {
      width += pieces[index].width + (index > 0 ? this.seam(pieces[index - 1], pieces[index]) : 0);
    }
    return width;
  }

  /** The pieces without trailing spaces (the very same array when there are none). */
  trimEnd(pieces: readonly Piece[]): readonly Piece[] {
    if (pieces.length === 0 || pieces[pieces.length - 1].text.charCodeAt(pieces[pieces.length - 1].text.length - 1) !== 32) return pieces;
    const out = [...pieces];
    while (out.length > 0) {
      const last = out[out.length - 1];
      let end = last.text.length;
      while (end > 0 && last.text.charCodeAt(end - 1) === 32) end -= 1;
      const trimmed = last.text.slice(0, end);
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
    // Nothing to trim: the same pieces would measure the same again.
    if (segment.pieces.length > 0 && segment.pieces[0].text.charCodeAt(0) !== 32) return segment;
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
    const { pieces } = segment;
    const points = hyphenationPoints(this.contentText(pieces), this.options.language);
    let best = -1;
    let bestHead: Piece[] | null = null;
    for (const point of points) {
      const head = this.hyphenHead(pieces, point);
      if (this.seam(before, head[0]) + this.widthOf(head) > room + EPSILON) break;
      best = point;
      bestHead = head;
    }
    if (!bestHead) return null;
    return { head: bestHead, rest: this.segment(this.slice(pieces, best, Number.POSITIVE_INFINITY), segment.forced, segment.softHyphen, false) };
  }

  /** The pieces' text without trailing spaces (the text of trimEnd, nothing measured). */
  contentText(pieces: readonly Piece[]): string {
    let text = '';
    for (const piece of pieces) text += piece.text;
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
    return end === text.length ? text : text.slice(0, end);
  }

  /**
   * withHyphen(slice(pieces, 0, to)) for a cut inside the text before its trailing spaces, without
   * measuring the last piece before its hyphen is added (only the hyphenated piece is ever used).
   */
  hyphenHead(pieces: readonly Piece[], to: number): Piece[] {
    const out: Piece[] = [];
    let offset = 0;
    for (let index = 0; index < pieces.length && offset < to; index += 1) {
      const piece = pieces[index];
      if (piece.text.length === 0) continue;
      const end = Math.min(to, offset + piece.text.length);
      if (end >= to) {
        out.push(this.piece(piece.run, piece.text.slice(0, end - offset) + HYPHEN));
        break;
      }
      out.push(piece);
      offset += piece.text.length;
    }
    return out;
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
      for (const { index, segment: grapheme } of (graphemeSegmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' })).segment(text)) {
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
    // The pieces as trimEnd (and withHyphen) leave them, as texts: only the merged texts are measured.
    let count = pieces.length;
    let lastText = '';
    while (count > 0) {
      const text = pieces[count - 1].text;
      let end = text.length;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
      if (end > 0) {
        lastText = end === text.length ? text : text.slice(0, end);
        break;
      }
      count -= 1;
    }
    if (softHyphen && count > 0) lastText += HYPHEN;
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
    for (let index = 0; index < count; index += 1) {
      const piece = pieces[index];
      if (this.groups[piece.run] !== group) {
        flush();
        group = this.groups[piece.run];
        runIndex = piece.run;
        text = '';
      }
      text += index === count - 1 ? lastText : piece.text;
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
  const { text, starts } = paragraph;
  const count = paragraph.runs.length;
  const ends = paragraph.runs.map((run, index) => starts[index] + run.text.length);
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
  /** Sets a segment: on this line if it fits, else hyphenated, wrapped or cut. */
  const place = (next: Segment) => {
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
        for (const piece of segment.pieces) pieces.push(piece);
        width += seam + segment.width;
        endsInSoftHyphen = segment.softHyphen;
        if (segment.forced) finish(false, false);
        break;
      }
      const split = paragraph.hyphenate(segment, room() - width, before);
      if (split) {
        for (const piece of split.head) pieces.push(piece);
        finish(true, false);
        segment = split.rest;
        continue;
      }
      if (pieces.length > 0) {
        finish(false, endsInSoftHyphen);
        continue;
      }
      const cut = paragraph.cut(segment, room());
      for (const piece of cut.head) pieces.push(piece);
      finish(false, false);
      segment = cut.rest;
    }
  };

  const breaker = new LineBreaker(text);
  let from = 0;
  let runIndex = 0;
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
    const to = brk.position;
    if (to <= from) continue;
    while (runIndex < count && ends[runIndex] <= from) runIndex += 1;
    if (!paragraph.clean || to > ends[runIndex]) {
      place(paragraph.segment(paragraph.piecesOf(from, to, runIndex), brk.required, text.charCodeAt(to - 1) === SOFT_HYPHEN, false));
      from = to;
      continue;
    }
    // The common word: inside one run, nothing to clean. The same sums as place() makes, without a segment.
    const piece = paragraph.piece(runIndex, text.slice(from, to));
    from = to;
    const { text: pieceText } = piece;
    const segmentWidth = 0 + piece.width;
    let end = pieceText.length;
    while (end > 0 && pieceText.charCodeAt(end - 1) === 32) end -= 1;
    const trailing = end === pieceText.length ? 0 : end === 0 ? 0 + piece.width : 0 + (pieceText.length - end) * paragraph.spaceWidth(runIndex);
    const ink = segmentWidth - trailing;
    if (pieces.length > 0 || pieceText.charCodeAt(0) !== 32) {
      const seam = paragraph.seam(pieces[pieces.length - 1], piece);
      if (width + seam + ink <= room() + EPSILON) {
        pieces.push(piece);
        width += seam + segmentWidth;
        endsInSoftHyphen = false;
        if (brk.required) finish(false, false);
        continue;
      }
    }
    place({ pieces: [piece], forced: brk.required, softHyphen: false, cut: false, width: segmentWidth, ink });
  }
  if (pieces.length > 0) finish(false, false);
  if (lines.length > 0) lines[lines.length - 1] = { ...lines[lines.length - 1], last: true };
  return lines;
};
