// Content-aware table column widths in twips. Word and LibreOffice break a
// word in the middle when it does not fit its cell ("Uitvoeri|ng"), so every
// column first gets room for its longest word; what is left of the text width
// goes to the columns whose content is long, mixed with the width hints of the
// ReportDoc. A column never gets more than its whole content needs on one line
// while another column still wants room. The arithmetic is pure; columnWidths
// at the end measures a report table's cells at the table text size.

import type { Block, TableBlock } from '../../../shared/report/doc';
import { TEXT_WIDTH } from './context';

/** A piece of text in a column, with the indent it is shown at (list items sit to the right). */
export interface MeasuredText {
  text: string;
  /** Twips of indent before the text (0 for plain paragraphs). */
  indent: number;
}

export interface ColumnContent {
  header: string;
  /** Relative width hint from the ReportDoc; zero or less means "no preference". */
  hint: number;
  /** One entry per paragraph-like piece of text in the body cells of this column. */
  cells: MeasuredText[];
}

export interface WidthMetrics {
  /** Conservative average advance of one character, in twips. */
  charWidth: number;
  /** Realistic (tight) average advance for lowercase text, in twips: used only when the conservative minimums do not fit. */
  tightCharWidth: number;
  /** Left plus right cell margin and a little slack, in twips. */
  padding: number;
}

/** Average advance of Calibri/Carlito, bold, in em; generous so capitals and digits fit too. */
const AVERAGE_EM = 0.54;
/** What long lowercase Dutch words really take in Calibri (about 0.46 em): the last resort before words must wrap. */
const TIGHT_EM = 0.47;

/** Metrics for table text of the given size in points. */
export function metricsFor(fontPoints: number, cellMargins: number): WidthMetrics {
  return { charWidth: fontPoints * 20 * AVERAGE_EM, tightCharWidth: fontPoints * 20 * TIGHT_EM, padding: cellMargins + 60 };
}

/** Room for three characters: the narrowest a column may become, even when empty. */
const FLOOR_CHARS = 3;

/**
 * The words a line may break between: at spaces, and after a hyphen (both
 * Word and LibreOffice break "kosten-baten" after the hyphen).
 */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((part) => part.split(/(?<=-)(?=.)/))
    .filter((word) => word.length > 0);
}

/** Characters (code points) in a text: what `[...text].length` gives, without building the array. */
export function charCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        index += 1;
      }
    }
  }
  return count;
}

/** The code units JavaScript's `\s` matches (so this agrees with `words`). */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
    unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/**
 * Characters in the longest of `words(text)`, or 0 when there is none: the
 * same answer in one pass, without the arrays (tables of a large report
 * have thousands of cells).
 */
export function longestWordLength(text: string): number {
  let longest = 0;
  let current = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (isSpace(unit)) {
      current = 0;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    current += 1;
    if (current > longest) longest = current;
    // A word may break after a hyphen.
    if (unit === 0x2d) current = 0;
  }
  return longest;
}

/** Twips the longest unbreakable word of a column needs, cell margins included. */
function minimumWidth(column: ColumnContent, charWidth: number, metrics: WidthMetrics): number {
  const pieces: MeasuredText[] = [{ text: column.header, indent: 0 }, ...column.cells];
  const longest = Math.max(
    FLOOR_CHARS * charWidth,
    ...pieces.map((piece) => piece.indent + longestWordLength(piece.text) * charWidth),
  );
  return Math.ceil(longest + metrics.padding);
}

/** Twips the column needs to show every piece on a single line; more is never useful. */
function naturalWidth(column: ColumnContent, metrics: WidthMetrics): number {
  const pieces: MeasuredText[] = [{ text: column.header, indent: 0 }, ...column.cells];
  return Math.ceil(Math.max(0, ...pieces.map((piece) => piece.indent + charCount(piece.text.trim()) * metrics.charWidth)) + metrics.padding);
}

/** Typical length of the column's body text in characters (the mean), or the header's when there is no body. */
function typicalLength(column: ColumnContent): number {
  const texts = column.cells.map((cell) => charCount(cell.text.trim())).filter((length) => length > 0);
  if (texts.length === 0) return Math.max(1, charCount(column.header));
  return texts.reduce((a, b) => a + b, 0) / texts.length;
}

/** Shares (summing to 1) from the width hints and the typical content lengths, weighted equally. */
function shares(columns: ColumnContent[]): number[] {
  const hints = columns.map((column) => (column.hint > 0 ? column.hint : 1));
  const lengths = columns.map(typicalLength);
  const hintSum = hints.reduce((a, b) => a + b, 0);
  const lengthSum = lengths.reduce((a, b) => a + b, 0);
  return columns.map((_, index) => 0.5 * (hints[index] / hintSum) + 0.5 * (lengths[index] / lengthSum));
}

/** Whole twips that sum exactly to `total`, handing the rounding remainder to the widest columns. */
function roundToTotal(widths: number[], total: number): number[] {
  const rounded = widths.map((width) => Math.floor(width));
  let rest = total - rounded.reduce((a, b) => a + b, 0);
  const order = widths.map((width, index) => ({ index, fraction: width - Math.floor(width) })).sort((a, b) => b.fraction - a.fraction);
  for (let step = 0; rest > 0; step += 1, rest -= 1) rounded[order[step % order.length].index] += 1;
  return rounded;
}

/**
 * Each column's minimum in twips. Normally room for the longest word at the
 * conservative character width. When those do not fit together, the safety
 * margin shrinks towards the realistic width, evenly for all columns. When
 * even that does not fit, a column with an extreme word (a URL, a pasted
 * code) may claim only what the others' minimums leave over, and at least an
 * even share; the caller then shrinks proportionally whatever still exceeds
 * (long words then wrap: the best that fits).
 */
function minimumWidths(columns: ColumnContent[], total: number, metrics: WidthMetrics): number[] {
  const safe = columns.map((column) => minimumWidth(column, metrics.charWidth, metrics));
  const safeSum = safe.reduce((a, b) => a + b, 0);
  if (safeSum <= total) return safe;
  const tight = columns.map((column) => minimumWidth(column, metrics.tightCharWidth, metrics));
  const tightSum = tight.reduce((a, b) => a + b, 0);
  if (tightSum <= total) {
    const kept = (total - tightSum) / (safeSum - tightSum);
    return tight.map((width, index) => width + kept * (safe[index] - width));
  }
  // Extreme words (more than half the text width) give way to the ordinary columns.
  const extreme = tight.map((width) => width > total / 2);
  const extremeCount = extreme.filter(Boolean).length;
  if (extremeCount === 0) return tight;
  const ordinarySum = safe.reduce((sum, width, index) => (extreme[index] ? sum : sum + width), 0);
  const extremeWidth = Math.max(total / columns.length, (total - ordinarySum) / extremeCount);
  return safe.map((width, index) => (extreme[index] ? Math.min(tight[index], extremeWidth) : width));
}

/**
 * Column widths in twips summing exactly to `total`. Every column gets at
 * least its longest word (see minimumWidths for content that cannot fit);
 * the rest goes by share, no column beyond its single-line width while
 * another still wants room.
 */
export function computeColumnWidths(columns: ColumnContent[], total: number, metrics: WidthMetrics): number[] {
  if (columns.length === 0) return [];
  const minimum = minimumWidths(columns, total, metrics);
  const minimumSum = minimum.reduce((a, b) => a + b, 0);
  if (minimumSum >= total) return roundToTotal(minimum.map((width) => (width * total) / minimumSum), total);

  const natural = columns.map((column, index) => Math.max(minimum[index], naturalWidth(column, metrics)));
  const share = shares(columns);
  // Each column wants its share of the table. One whose share is below its
  // minimum is held at the minimum; one whose share exceeds what its content
  // needs on single lines is held there. The others split what remains,
  // repeated until nothing changes.
  const held = new Map<number, number>();
  let widths: number[] = [];
  for (let round = 0; round <= 2 * columns.length; round += 1) {
    const free = total - [...held.values()].reduce((a, b) => a + b, 0);
    const shareSum = share.reduce((sum, part, index) => (held.has(index) ? sum : sum + part), 0);
    widths = columns.map((_, index) => held.get(index) ?? (shareSum > 0 ? (free * share[index]) / shareSum : 0));
    const tooNarrow = widths.map((_, index) => index).filter((index) => !held.has(index) && widths[index] < minimum[index]);
    // Pin the too-narrow columns first: that can only take room from the others.
    if (tooNarrow.length > 0) {
      tooNarrow.forEach((index) => held.set(index, minimum[index]));
      continue;
    }
    const tooWide = widths.map((_, index) => index).filter((index) => !held.has(index) && widths[index] > natural[index]);
    if (tooWide.length === 0) break;
    tooWide.forEach((index) => held.set(index, natural[index]));
  }
  // Everything fits on single lines and room is left: spread it by share so the table stays full width.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (rest > 0.5) widths = widths.map((width, index) => width + rest * share[index]);
  return roundToTotal(widths, total);
}

/** Table text size in points (the TableText style). */
const TABLE_FONT_POINTS = 9.5;
/** Cell margins in twips, as every table cell has them. */
export const CELL_MARGIN = { top: 70, bottom: 70, left: 100, right: 100 } as const;
/** Indent of a list item's text per nesting level (see numbering.ts). */
const LIST_INDENT = 397;

/** The texts a cell shows, line by line, with the indent lists give them. */
function measuredTexts(blocks: Block[], indent = 0): MeasuredText[] {
  const lines = (text: string): MeasuredText[] => text.split('\n').map((line) => ({ text: line, indent }));
  return blocks.flatMap((block): MeasuredText[] => {
    switch (block.type) {
      case 'paragraph':
        return lines(block.runs.map((run) => run.text).join(''));
      case 'heading':
        return lines(block.text);
      case 'quote':
        return [...lines(block.runs.map((run) => run.text).join('')), ...lines(block.attribution)];
      case 'list':
        return block.items.flatMap((item) => measuredTexts(item, indent + LIST_INDENT));
      default:
        return [];
    }
  });
}

/** Column widths of a report table in twips: room for each column's longest word, the rest by content length and the model's hints. */
export function columnWidths(table: TableBlock, total = TEXT_WIDTH): number[] {
  const columns: ColumnContent[] = table.columns.map((column, index) => ({
    header: column.header,
    hint: column.width,
    cells: [...table.headerRows, ...table.rows].flatMap((row) => measuredTexts(row[index]?.blocks ?? [])),
  }));
  return computeColumnWidths(columns, total, metricsFor(TABLE_FONT_POINTS, CELL_MARGIN.left + CELL_MARGIN.right));
}
