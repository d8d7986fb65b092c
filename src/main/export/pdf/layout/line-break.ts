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
// across a seam between pieces that will be set together); a finished placed
// run gets the width of its whole text, which is exactly what the painter
// sets. Where the measurer offers a face's widths in font units (integers,
// so sums are exact), that width is summed from its pieces' units and the
// kerning of their joins instead of measuring the text again: bit for bit the
// same number. Text the units cannot give (the fallback font, a ligature
// across a join, a hyphen after a soft hyphen) is measured as before.
//
// Speed: a report breaks tens of thousands of words, so the common word (one
// run, no soft hyphen, line break or tab in the paragraph) is placed straight
// from the break loop, with no segment object, generator step or copy; style
// groups are found by comparing runs, not by building a key string per run;
// and nothing is measured that is not used (the text before a hyphen, a
// trimmed word whose width only the finished line would measure again).
// Break opportunities of common text (letters, digits, spaces, common
// punctuation) come from one scan over a small table instead of the package,
// and a placed run's text is one slice of the paragraph's text where it can be.
// Memoising widths was tried and was slower than the shaping table's own
// one-pass measure. The lines are the same, to the last bit of every width,
// as those of the plain version kept with the tests.

import type LineBreakerClass from 'linebreak';
import { hyphenationPoints } from './hyphenate';
import type { BreakLines, BreakOptions, FaceUnits, InlineRun, Line, PlacedRun, TextMeasurer } from './types';

type LineBreaker = LineBreakerClass;
let loadedLineBreaker: typeof LineBreakerClass | null = null;

/**
 * The linebreak package, loaded the first time a text is not plain (see plainBreaks): most
 * reports never need it, and evaluating it (it inflates its Unicode data) cost about 25 ms of
 * every PDF export. A plain require(), as for the hyphenation patterns (hyphen-patterns.ts):
 * every build includes the package and evaluates it at this call.
 */
function lineBreakerFor(text: string): LineBreaker {
  if (!loadedLineBreaker) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const module = require('linebreak') as typeof LineBreakerClass & { default?: typeof LineBreakerClass };
    // An ES module seen from CommonJS: the class is its default export.
    loadedLineBreaker = module.default ?? module;
  }
  return new loadedLineBreaker(text);
}

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
  /**
   * The width in the face's font units (an integer), or -1 when the face's units do not give it
   * (kept an integer so the field never holds a boxed number).
   */
  units: number;
  /** Where the text stands, as it is, in the paragraph's text; -1 when it was changed (cleaned, hyphen added). */
  at: number;
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

// Break opportunities of common text without the linebreak package's per-character trie lookups and
// objects. The package decides each break from the pair table alone for text made only of these
// characters (no rule for combining marks, joiners, Hebrew letters, regional indicators or hard
// breaks applies): whether a line may break before a character depends on that character's class,
// on the class of the last character before it that is not a space (at the start of a text after
// spaces: a class of its own) and on whether a space comes right before it. No break is required.
// The table below is that pair table for these classes, as the package gives it; the tests hold the
// scan to the package on every string of up to four characters of one character per class, on random
// texts and for every character of the set.
/** The classes, with their characters (UAX #14 names: AL, NU, IS, HY, OP, CP, SY, BA, B2, EX, QU, PO, PR). */
const PLAIN_CHARACTERS = [
  // Arrows, the bullet and the multiplication sign are in this class too: the report's tables and labels use them.
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&@#*=<>^_~\u00D7\u2022\u2190\u2191\u2192\u2193',
  '0123456789',
  ',.:;',
  '-',
  '([',
  ')]',
  '/',
  '\u2013',
  '\u2014',
  '?!',
  '\'"\u2018\u2019\u201C\u201D',
  '%',
  '$+\u20AC',
];
/** Per class before (rows, in the order above, then the start after spaces), whether a line may break right before each class. */
const PLAIN_DIRECT = [
  '0000000010000',
  '0000000010000',
  '0000100010011',
  '1000100010011',
  '0000000000000',
  '0000100010000',
  '1000100010011',
  '1100100010011',
  '1100100000011',
  '1100100010011',
  '0000000000000',
  '0000000010011',
  '0000000010011',
];
/** The same with one or more spaces right before. */
const PLAIN_AFTER_SPACE = [
  '1101100110111',
  '1101100110111',
  '1101100110111',
  '1101100110111',
  '0000000000000',
  '1101100110111',
  '1101100110111',
  '1101100110111',
  '1101100100111',
  '1101100110111',
  '1101000110111',
  '1101100110111',
  '1101100110111',
  '1101100110111',
];
const PLAIN_LIMIT = 0x2200;
const PLAIN_COUNT = PLAIN_CHARACTERS.length;
/** The class of the start of a text that begins with spaces. */
const PLAIN_START = PLAIN_COUNT;
const PLAIN_SPACE = 0xfe;
const NOT_PLAIN = 0xff;
/** The class of each code unit below PLAIN_LIMIT. */
const PLAIN_CLASS = new Uint8Array(PLAIN_LIMIT).fill(NOT_PLAIN);
PLAIN_CHARACTERS.forEach((chars, kind) => {
  for (let index = 0; index < chars.length; index += 1) PLAIN_CLASS[chars.charCodeAt(index)] = kind;
});
for (let code = 0xc0; code < 0x250; code += 1) if (code !== 0xd7 && code !== 0xf7) PLAIN_CLASS[code] = 0;
PLAIN_CLASS[0x20] = PLAIN_SPACE;
/** 1 where a line may break: index (class before × PLAIN_COUNT + class) × 2 + (1 after a space). */
const PLAIN_BREAK = new Uint8Array((PLAIN_COUNT + 1) * PLAIN_COUNT * 2);
for (let before = 0; before <= PLAIN_COUNT; before += 1) {
  for (let kind = 0; kind < PLAIN_COUNT; kind += 1) {
    const at = (before * PLAIN_COUNT + kind) * 2;
    PLAIN_BREAK[at] = before < PLAIN_COUNT && PLAIN_DIRECT[before][kind] === '1' ? 1 : 0;
    PLAIN_BREAK[at + 1] = PLAIN_AFTER_SPACE[before][kind] === '1' ? 1 : 0;
  }
}

/** The break positions the linebreak package gives for common text (none of them required), or null for any other text. */
export function plainBreaks(text: string): number[] | null {
  const length = text.length;
  const out: number[] = [];
  let before = -1;
  let afterSpace = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const kind = code < PLAIN_LIMIT ? PLAIN_CLASS[code] : NOT_PLAIN;
    if (kind === NOT_PLAIN) return null;
    if (kind === PLAIN_SPACE) {
      if (before < 0) before = PLAIN_START;
      afterSpace = 1;
      continue;
    }
    if (before >= 0 && PLAIN_BREAK[(before * PLAIN_COUNT + kind) * 2 + afterSpace] === 1) out.push(index);
    before = kind;
    afterSpace = 0;
  }
  if (length > 0) out.push(length);
  return out;
}

/** Whether the text holds a soft hyphen, a hard line break or a tab (any of which a piece must not keep). */
const NEEDS_CLEANING = /[\u00AD\n\r\v\f\u0085\u2028\u2029\t]/;

class Paragraph {
  /** Runs with the same group are set as one placed run when adjacent. */
  private readonly groups: number[];
  private readonly spaceWidths: number[] = [];
  /** Per run, its face's widths in font units (null: measured only). */
  private readonly tables: (FaceUnits | null)[];
  /** Per run, the width of a space in font units, -1 when unknown (filled on first use). */
  private readonly spaceUnits: number[] = [];
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
    this.tables = runs.map((run) => (measurer.faceUnits ? measurer.faceUnits(run.style.face) : null));
  }

  measure(text: string, run: number): number {
    if (text.length === 0) return 0;
    const { face, size } = this.runs[run].style;
    return this.measurer.width(text, face, size);
  }

  /**
   * A piece, measured: from the face's font units when they give the text's width (the very number the
   * measurer would return, and its units kept for the finished line), else by the measurer.
   */
  piece(run: number, text: string, at: number): Piece {
    const table = this.tables[run];
    if (table !== null && text.length > 0) {
      const units = table.textWidth(text);
      // (A negative total, which no real text has, is simply measured.)
      if (units !== null && units >= 0) return { run, text, width: (units * this.runs[run].style.size) / table.unitsPerEm, units, at };
    }
    return { run, text, width: this.measure(text, run), units: text.length === 0 ? 0 : -1, at };
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
      if (raw.length > 0) pieces.push(this.piece(index, raw, raw === sliced ? start : -1));
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
        out.push(this.piece(last.run, trimmed, last.at));
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
        pieces.unshift(this.piece(first.run, trimmed, first.at < 0 ? -1 : first.at + first.text.length - trimmed.length));
        break;
      }
    }
    return this.segment(pieces, segment.forced, segment.softHyphen, segment.cut);
  }

  /** The pieces with a visible hyphen added to the last one. */
  withHyphen(pieces: readonly Piece[]): Piece[] {
    if (pieces.length === 0) return [];
    const last = pieces[pieces.length - 1];
    return [...pieces.slice(0, -1), this.piece(last.run, last.text + HYPHEN, -1)];
  }

  /** The text offsets [from, to) of the pieces' joined text, as pieces. */
  slice(pieces: readonly Piece[], from: number, to: number): Piece[] {
    const out: Piece[] = [];
    let offset = 0;
    for (const piece of pieces) {
      const start = Math.max(from, offset);
      const end = Math.min(to, offset + piece.text.length);
      if (end > start) {
        out.push(end - start === piece.text.length ? piece : this.piece(piece.run, piece.text.slice(start - offset, end - offset), piece.at < 0 ? -1 : piece.at + start - offset));
      }
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
        out.push(this.piece(piece.run, piece.text.slice(0, end - offset) + HYPHEN, -1));
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

  /** The width of a space in the run's font units (its face has units). */
  spaceUnitsOf(run: number, table: FaceUnits): number {
    let units = this.spaceUnits[run];
    if (units === undefined) {
      units = table.textWidth(' ') ?? -1;
      this.spaceUnits[run] = units;
    }
    return units;
  }

  /**
   * A finished line: trailing spaces dropped, pieces of one style merged and measured as they are set.
   * A merged run's width is its pieces' font units plus those of their joins, scaled as the measurer
   * scales the joined text, when the face's units give all of them (integers, so the sum is exactly the
   * joined text's); else the joined text is measured. Its text is one slice of the paragraph's text
   * when its pieces stand there side by side, unchanged.
   */
  line(pieces: readonly Piece[], hyphenated: boolean, softHyphen: boolean): Line {
    // The pieces as trimEnd (and withHyphen) leave them, as texts.
    let count = pieces.length;
    let lastText = '';
    /** Spaces trimmed off the last piece. */
    let trimmed = 0;
    while (count > 0) {
      const text = pieces[count - 1].text;
      let end = text.length;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
      if (end > 0) {
        lastText = end === text.length ? text : text.slice(0, end);
        trimmed = text.length - end;
        break;
      }
      count -= 1;
    }
    if (softHyphen && count > 0) lastText += HYPHEN;
    const runs: PlacedRun[] = [];
    let x = 0;
    let index = 0;
    while (index < count) {
      const runIndex = pieces[index].run;
      const group = this.groups[runIndex];
      const table = this.tables[runIndex];
      const from = index;
      // Whether the units give the run's width, and their sum so far.
      let exact = table !== null;
      let units = 0;
      // Whether the texts stand side by side, unchanged, in the paragraph's text: [at, end).
      const at = pieces[index].at;
      let end = at;
      for (; index < count && this.groups[pieces[index].run] === group; index += 1) {
        const piece = pieces[index];
        const isLast = index === count - 1;
        const length = isLast ? lastText.length : piece.text.length;
        if (end >= 0) end = piece.at === end && !(isLast && softHyphen) ? end + length : -1;
        if (!exact || table === null) continue;
        if (piece.units < 0) exact = false;
        units += piece.units;
        if (isLast) {
          // A hyphen after a soft hyphen is measured with the text (rare); trailing spaces add their plain advance.
          if (softHyphen) exact = false;
          else if (trimmed > 0) {
            const space = this.spaceUnitsOf(piece.run, table);
            if (space < 0) exact = false;
            units -= trimmed * space;
          }
        }
        if (index > from) {
          const before = pieces[index - 1].text;
          const left = before.charCodeAt(before.length - 1);
          const right = piece.text.charCodeAt(0);
          if (left !== 32 && right !== 32) {
            const join = table.joinUnits(left, right);
            if (join === null) exact = false;
            else units += join;
          }
        }
      }
      let text: string;
      if (end >= 0) text = this.text.slice(at, end);
      else {
        text = '';
        for (let member = from; member < index; member += 1) text += member === count - 1 ? lastText : pieces[member].text;
      }
      if (text.length === 0) continue;
      const run = this.runs[runIndex];
      // The same expression as the measurer's for text its table sets.
      const width = exact && table !== null ? (units * run.style.size) / table.unitsPerEm : this.measure(text, runIndex);
      const placed: PlacedRun = { text, style: run.style, x, width };
      if (run.link) placed.link = run.link;
      if (run.commentIds && run.commentIds.length > 0) placed.commentIds = [...run.commentIds];
      runs.push(placed);
      x += width;
    }
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

  // Plain text (most of a report) is scanned at once; anything else goes through the package.
  const plain = plainBreaks(text);
  const breaker = plain === null ? lineBreakerFor(text) : null;
  let next = 0;
  let from = 0;
  let runIndex = 0;
  for (;;) {
    let to: number;
    let required = false;
    if (plain !== null) {
      if (next === plain.length) break;
      to = plain[next];
      next += 1;
    } else {
      const brk = (breaker as LineBreaker).nextBreak();
      if (!brk) break;
      to = brk.position;
      required = brk.required;
    }
    if (to <= from) continue;
    while (runIndex < count && ends[runIndex] <= from) runIndex += 1;
    if (!paragraph.clean || to > ends[runIndex]) {
      place(paragraph.segment(paragraph.piecesOf(from, to, runIndex), required, text.charCodeAt(to - 1) === SOFT_HYPHEN, false));
      from = to;
      continue;
    }
    // The common word: inside one run, nothing to clean. The same sums as place() makes, without a segment.
    const piece = paragraph.piece(runIndex, text.slice(from, to), from);
    from = to;
    const { text: pieceText } = piece;
    const segmentWidth = 0 + piece.width;
    let end = pieceText.length;
    while (end > 0 && pieceText.charCodeAt(end - 1) === 32) end -= 1;
    const trailing = end === pieceText.length ? 0 : end === 0 ? 0 + piece.width : 0 + (pieceText.length - end) * paragraph.spaceWidth(runIndex);
    const ink = segmentWidth - trailing;
    if (pieces.length > 0 || pieceText.charCodeAt(0) !== 32) {
      // No kerning after a space (the common case: the line so far ends in one).
      const before = pieces.length > 0 ? pieces[pieces.length - 1].text : ' ';
      const seam = before.charCodeAt(before.length - 1) === 32 ? 0 : paragraph.seam(pieces[pieces.length - 1], piece);
      if (width + seam + ink <= room() + EPSILON) {
        pieces.push(piece);
        width += seam + segmentWidth;
        endsInSoftHyphen = false;
        if (required) finish(false, false);
        continue;
      }
    }
    place({ pieces: [piece], forced: required, softHyphen: false, cut: false, width: segmentWidth, ink });
  }
  if (pieces.length > 0) finish(false, false);
  if (lines.length > 0) lines[lines.length - 1] = { ...lines[lines.length - 1], last: true };
  return lines;
};
