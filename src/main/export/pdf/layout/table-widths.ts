// Table column widths from measured content, like a browser's automatic table
// layout: every column gets at least its min-content width (the longest word
// that cannot be broken), at most what its content needs on single lines
// (max-content) while another column still wants room, and the rest by the
// ReportDoc's width hints — or, when the hints say nothing (all equal), in
// proportion to the content. When even the longest words do not fit side by
// side, the widest columns give way evenly and their words wrap inside them.

export interface ColumnExtent {
  /** Min-content width in pt, padding included. */
  min: number;
  /** Max-content width in pt, padding included. */
  max: number;
  /** Relative width hint; zero or less means no preference. */
  hint: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Widths capped at one level so they sum to `total` (only the widest columns shrink). */
function capToTotal(widths: readonly number[], total: number): number[] {
  const sorted = [...widths].sort((a, b) => a - b);
  let below = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    const rest = sorted.length - index;
    const level = (total - below) / rest;
    if (level <= sorted[index]) return widths.map((width) => Math.min(width, level));
    below += sorted[index];
  }
  return [...widths];
}

/** Column widths in pt summing to `total`. */
export function fitColumns(columns: readonly ColumnExtent[], total: number): number[] {
  const n = columns.length;
  if (n === 0) return [];
  const min = columns.map((column) => Math.max(0, column.min));
  const max = columns.map((column, index) => Math.max(min[index], column.max));
  const minSum = sum(min);
  if (minSum >= total) return capToTotal(min, total);

  const hints = columns.map((column) => (column.hint > 0 && Number.isFinite(column.hint) ? column.hint : 1));
  const hinted = hints.some((hint) => Math.abs(hint - hints[0]) > 1e-9);
  const maxSum = sum(max);
  if (!hinted) {
    // The browsers' rule: interpolate between min- and max-content; beyond that, grow with the content.
    if (maxSum >= total) {
      const ratio = maxSum > minSum ? (total - minSum) / (maxSum - minSum) : 0;
      return min.map((width, index) => width + (max[index] - width) * ratio);
    }
    return max.map((width) => width + ((total - maxSum) * width) / maxSum);
  }

  const share = hints.map((hint) => hint / sum(hints));
  const held = new Map<number, number>();
  let widths: number[] = [];
  for (let round = 0; round <= 2 * n; round += 1) {
    const free = total - sum([...held.values()]);
    const shareSum = share.reduce((acc, part, index) => (held.has(index) ? acc : acc + part), 0);
    widths = share.map((part, index) => held.get(index) ?? (shareSum > 0 ? (free * part) / shareSum : 0));
    const open = widths.map((_, index) => index).filter((index) => !held.has(index));
    const tooNarrow = open.filter((index) => widths[index] < min[index]);
    if (tooNarrow.length > 0) {
      tooNarrow.forEach((index) => held.set(index, min[index]));
      continue;
    }
    const tooWide = open.filter((index) => widths[index] > max[index]);
    if (tooWide.length === 0 || tooWide.length === open.length) break;
    tooWide.forEach((index) => held.set(index, max[index]));
  }
  const rest = total - sum(widths);
  if (Math.abs(rest) > 1e-6) widths = widths.map((width, index) => width + rest * share[index]);
  return widths;
}
