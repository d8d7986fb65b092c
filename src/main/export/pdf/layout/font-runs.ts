// Splitting text between the report font and the fallback font. Source Sans 3
// has no Hebrew, Arabic, emoji or rarer combining marks; a character it lacks
// must neither vanish nor be painted as an empty box. Text is cut into
// graphemes (a letter with its marks, an emoji sequence) only when some
// character is missing, so the common case is one pass over the characters
// with a cached coverage lookup. A grapheme the report face cannot set in full
// goes whole to the fallback face (a letter and its marks stay in one font);
// invisible format characters the fallback lacks (variation selectors, joiners)
// are dropped; a grapheme the fallback cannot set either becomes U+FFFD, so
// the PDF shows and extracts a replacement character, never another letter.
// Right-to-left text gets a simple visual order, not the Unicode bidi
// algorithm: each stretch of Hebrew or Arabic graphemes (with the spaces
// between them) is reversed, so it reads right to left on the page and PDF
// readers extract it in typed order. Arabic letters keep their isolated forms.
// Measuring and painting both use these runs, so widths stay equal.

/** One piece of text set in one font: the run's own face or the fallback. */
export interface FontRun {
  fallback: boolean;
  text: string;
}

/** Whether a font has a glyph for a code point. */
export type Covers = (codePoint: number) => boolean;

export const REPLACEMENT = '\uFFFD';

// Made on first use: building a segmenter loads ICU data, and most text never needs one.
let graphemes: Intl.Segmenter | null = null;

/** Default-ignorable characters that may be dropped when no font draws them: they have no ink. */
function ignorable(codePoint: number): boolean {
  return (
    codePoint === 0x00ad ||
    codePoint === 0x034f ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** Whether the primary font has every character of `text` (no allocation: the hot path). */
export function coversAll(text: string, primary: Covers): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index) ?? 0;
    if (code > 0xffff) index += 1;
    if (!primary(code)) return false;
  }
  return true;
}

/** The grapheme as the fallback sets it: without ignorables it lacks, or U+FFFD when it lacks a visible character. */
function fallbackText(grapheme: string, fallback: Covers): string {
  let out = '';
  for (const ch of grapheme) {
    const code = ch.codePointAt(0) ?? 0;
    if (fallback(code)) out += ch;
    else if (!ignorable(code)) return REPLACEMENT;
  }
  return out;
}

/** Hebrew, Arabic and the other right-to-left blocks. */
function rightToLeft(codePoint: number): boolean {
  return (
    (codePoint >= 0x0590 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb1d && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfefe) ||
    (codePoint >= 0x10800 && codePoint <= 0x10fff) ||
    (codePoint >= 0x1e800 && codePoint <= 0x1efff)
  );
}

/** The graphemes with each right-to-left stretch (spaces inside it included) reversed. */
export function visualOrder(parts: string[]): string[] {
  const rtl = parts.map((part) => rightToLeft(part.codePointAt(0) ?? 0));
  const space = parts.map((part) => part.trim().length === 0);
  const out = [...parts];
  let index = 0;
  while (index < parts.length) {
    if (!rtl[index]) {
      index += 1;
      continue;
    }
    let end = index;
    // Extend over right-to-left graphemes and over spaces that lead to more of them.
    for (let next = index + 1; next < parts.length; next += 1) {
      if (rtl[next]) end = next;
      else if (!space[next]) break;
    }
    for (let from = index, to = end; from <= end; from += 1, to -= 1) out[from] = parts[to];
    index = end + 1;
  }
  return out;
}

/** The runs of `text`, or null when the primary font sets all of it (the common case). */
export function fontRuns(text: string, primary: Covers, fallback: Covers): FontRun[] | null {
  if (coversAll(text, primary)) return null;
  const runs: FontRun[] = [];
  const push = (isFallback: boolean, piece: string) => {
    if (piece.length === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.fallback === isFallback) last.text += piece;
    else runs.push({ fallback: isFallback, text: piece });
  };
  const parts = Array.from((graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text), (part) => part.segment);
  for (const segment of visualOrder(parts)) {
    if (coversAll(segment, primary)) push(false, segment);
    else push(true, fallbackText(segment, fallback));
  }
  return runs;
}
