// A deterministic stand-in for the font measurer and the line breaker, so the
// pagination rules can be tested with numbers one can work out by hand: every
// character is half the font size wide (spaces a quarter), lines break
// greedily at spaces and over-long words break between characters.

import type { BreakLines, InlineRun, Line, PlacedRun, TextMeasurer } from '../../../../../src/main/export/pdf/layout/types';

const charWidth = (char: string, size: number) => (/\s/u.test(char) ? size * 0.25 : size * 0.5);

export const fakeMeasurer: TextMeasurer = {
  width: (text, _face, size) => [...text].reduce((sum, char) => sum + charWidth(char, size), 0),
  ascent: (_face, size) => size * 0.75,
  descent: (_face, size) => size * 0.25,
};

interface Piece {
  text: string;
  run: InlineRun;
  space: boolean;
}

function pieces(runs: readonly InlineRun[]): Piece[] {
  return runs.flatMap((run) =>
    run.text
      .split(/(\s+)/u)
      .filter((text) => text.length > 0)
      .map((text) => ({ text, run, space: /^\s+$/u.test(text) })),
  );
}

export const fakeBreakLines: BreakLines = (runs, measurer, options) => {
  const lines: Line[] = [];
  let current: PlacedRun[] = [];
  let x = 0;
  const width = (text: string, run: InlineRun) => measurer.width(text, run.style.face, run.style.size);
  const place = (text: string, run: InlineRun) => {
    const w = width(text, run);
    const last = current[current.length - 1];
    if (last && last.style === run.style && last.link === run.link) {
      last.text += text;
      last.width += w;
    } else current.push({ text, style: run.style, x, width: w, link: run.link, commentIds: run.commentIds });
    x += w;
  };
  const finish = () => {
    const inked = current.filter((run) => run.text.trim().length > 0);
    const right = inked.length > 0 ? Math.max(...inked.map((run) => run.x + width(run.text.trimEnd(), { text: '', style: run.style }))) : 0;
    lines.push({ runs: current, width: right, hyphenated: false, last: false });
    current = [];
    x = 0;
  };
  for (const piece of pieces(runs)) {
    if (piece.space) {
      if (current.length > 0) place(piece.text, piece.run);
      continue;
    }
    const w = width(piece.text, piece.run);
    if (x + w > options.width && current.length > 0) finish();
    if (w <= options.width) {
      place(piece.text, piece.run);
      continue;
    }
    // An over-long word: as many characters per line as fit (at least one).
    let rest = [...piece.text];
    while (rest.length > 0) {
      let count = 0;
      let used = x;
      while (count < rest.length && used + width(rest[count], piece.run) <= options.width) used += width(rest[count++], piece.run);
      count = Math.max(count, current.length > 0 ? 0 : 1);
      if (count === 0) {
        finish();
        continue;
      }
      place(rest.slice(0, count).join(''), piece.run);
      rest = rest.slice(count);
      if (rest.length > 0) finish();
    }
  }
  if (current.length > 0 || lines.length === 0) finish();
  lines[lines.length - 1].last = true;
  return lines;
};
