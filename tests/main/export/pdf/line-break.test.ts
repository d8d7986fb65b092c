// The line breaker: nothing wider than the measure, styles kept across runs,
// hyphens only where a word was split, and over-long words and URLs cut safely.

import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../../../src/main/export/pdf/layout/fonts';
import { breakLines } from '../../../../src/main/export/pdf/layout/line-break';
import type { InlineRun, Line, TextStyle } from '../../../../src/main/export/pdf/layout/types';
import { checkLines, lineText, sampleText } from './text-helpers';

const measurer = createMeasurer();
const regular: TextStyle = { face: 'regular', size: 10, color: [0, 0, 0] };
const bold: TextStyle = { ...regular, face: 'bold' };
const italic: TextStyle = { ...regular, face: 'italic' };
const link: TextStyle = { ...regular, color: [0, 0.3, 0.6], underline: true };
const plain = (text: string, style: TextStyle = regular): InlineRun => ({ text, style });

/** Grapheme boundaries (UTF-16 offsets) of a text. */
function graphemeBoundaries(text: string): Set<number> {
  const out = new Set<number>([0]);
  for (const { index, segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) out.add(index + segment.length);
  return out;
}

/** The lines' text joined back: inserted hyphens removed, lines glued without spaces. */
const glued = (lines: readonly Line[]) =>
  lines
    .map((line) => (line.hyphenated ? lineText(line).slice(0, -1) : lineText(line)))
    .join('')
    .replace(/\s+/g, '');

describe('breakLines', () => {
  it('never exceeds the width on real prose, and every run is measured as it is set', () => {
    const text = sampleText().slice(0, 25_000);
    for (const width of [90, 180, 451]) {
      for (const language of ['nl', 'en'] as const) {
        const lines = breakLines([plain(text)], measurer, { width, language });
        const widest = checkLines(lines, measurer, width);
        expect(widest).toBeGreaterThan(width * 0.8);
        expect(glued(lines)).toBe(text.replace(/\s+/g, ''));
        expect(lines.filter((line) => line.last)).toHaveLength(1);
        expect(lines[lines.length - 1].last).toBe(true);
      }
    }
  });

  it('fills lines well: on average more than 85% of the measure', () => {
    const lines = breakLines([plain(sampleText().slice(0, 20_000))], measurer, { width: 300, language: 'nl' });
    const full = lines.slice(0, -1);
    const average = full.reduce((sum, line) => sum + line.width, 0) / full.length;
    expect(average).toBeGreaterThan(0.85 * 300);
  });

  it('keeps a word that changes style whole and merges pieces of one style into one run', () => {
    const runs: InlineRun[] = [
      plain('Het programma '),
      plain('Drijf', bold),
      plain('veer helpt bij '),
      plain('(De Winter, 2008)', italic),
      plain(' en bij '),
      { text: 'www.gemeente.nl', style: link, link: { kind: 'uri', uri: 'https://www.gemeente.nl' } },
      plain(' voor iedereen.'),
    ];
    for (const width of [60, 80, 120, 1000]) {
      const lines = breakLines(runs, measurer, { width, language: 'nl', hyphenate: false });
      checkLines(lines, measurer, width);
      // "Drijf" is never at a line's end: "Drijfveer" is one unbreakable segment.
      for (const line of lines) expect(lineText(line).endsWith('Drijf')).toBe(false);
      // Adjacent runs never share a style, link and comments (they would have been merged).
      for (const line of lines) {
        for (let index = 1; index < line.runs.length; index += 1) {
          const a = line.runs[index - 1];
          const b = line.runs[index];
          expect(JSON.stringify([a.style, a.link, a.commentIds]) === JSON.stringify([b.style, b.link, b.commentIds])).toBe(false);
        }
      }
      const all = lines.flatMap((line) => line.runs);
      expect(all.filter((run) => run.style.face === 'bold').map((run) => run.text)).toEqual(['Drijf']);
      expect(all.find((run) => run.link)?.text).toContain('www.');
    }
    const one = breakLines(runs, measurer, { width: 1000, language: 'nl' });
    expect(one).toHaveLength(1);
    expect(one[0].runs.map((run) => run.text)).toEqual(['Het programma ', 'Drijf', 'veer helpt bij ', '(De Winter, 2008)', ' en bij ', 'www.gemeente.nl', ' voor iedereen.']);
    expect(one[0].runs[2].x).toBeCloseTo(measurer.width('Het programma ', 'regular', 10) + measurer.width('Drijf', 'bold', 10), 9);
  });

  it('carries links and comment ids on the placed runs', () => {
    const runs: InlineRun[] = [plain('Zie '), { text: 'de bijlage', style: link, link: { kind: 'anchor', anchor: 'bijlage-a' }, commentIds: ['c1'] }, plain(' voor meer.')];
    const [line] = breakLines(runs, measurer, { width: 500, language: 'nl' });
    const linked = line.runs.find((run) => run.link);
    expect(linked).toMatchObject({ text: 'de bijlage', link: { kind: 'anchor', anchor: 'bijlage-a' }, commentIds: ['c1'] });
    expect(line.runs.filter((run) => !run.link).every((run) => run.commentIds === undefined)).toBe(true);
  });

  it('breaks at "\\n" and drops leading spaces and trailing spaces', () => {
    const lines = breakLines([plain('  Eerste regel   \n   tweede '), plain('regel  ', bold)], measurer, { width: 500, language: 'nl' });
    expect(lines.map(lineText)).toEqual(['Eerste regel', 'tweede regel']);
    expect(lines.map((line) => line.last)).toEqual([false, true]);
    expect(lines[0].width).toBeCloseTo(measurer.width('Eerste regel', 'regular', 10), 9);
    expect(lines[1].runs.map((run) => run.text)).toEqual(['tweede ', 'regel']);
    const blank = breakLines([plain('een\n\ndrie')], measurer, { width: 500, language: 'nl' });
    expect(blank.map(lineText)).toEqual(['een', '', 'drie']);
  });

  it('honours a different first-line width', () => {
    const text = sampleText().slice(0, 3000);
    const lines = breakLines([plain(text)], measurer, { width: 300, firstLineWidth: 120, language: 'nl' });
    expect(lines[0].width).toBeLessThanOrEqual(120);
    expect(lines[0].width).toBeGreaterThan(80);
    checkLines(lines.slice(1), measurer, 300);
    expect(Math.max(...lines.slice(1).map((line) => line.width))).toBeGreaterThan(200);
  });

  it('shows a hyphen only where it split a word, and only when hyphenating is allowed', () => {
    const text = 'De coördinatie van het reïntegratieplan vraagt ouderbetrokkenheid en samenwerkingsverbanden tussen voorschoolse voorzieningen.';
    const lines = breakLines([plain(text)], measurer, { width: 70, language: 'nl' });
    checkLines(lines, measurer, 70);
    const hyphenated = lines.filter((line) => line.hyphenated);
    expect(hyphenated.length).toBeGreaterThan(0);
    for (const line of lines) expect(lineText(line).endsWith('-')).toBe(line.hyphenated);
    expect(lines.map(lineText).join('').split('-').length - 1).toBe(hyphenated.length);
    expect(glued(lines)).toBe(text.replace(/\s+/g, ''));
    // Splits follow the Dutch patterns: "coör-" and "re-ïn-te-gra-tie-plan".
    for (const line of hyphenated) expect(lineText(line)).toMatch(/(co|coör|coördi|coördina|re|reïn|reïnte|reïntegra|reïntegratie|ou|ouder|ouderbe|ouderbetrok|ouderbetrokken|sa|samen|samenwer|samenwerkings|samenwerkingsver|voor|voorschool|voor|voorzie|voorzienin|voor|tus|be|beleids)-$/u);

    const none = breakLines([plain(text)], measurer, { width: 70, language: 'nl', hyphenate: false });
    expect(none.some((line) => line.hyphenated || lineText(line).endsWith('-'))).toBe(false);
  });

  it('uses a soft hyphen as a break point that shows only when used', () => {
    const text = 'ouder\u00ADbetrokken\u00ADheid';
    const wide = breakLines([plain(text)], measurer, { width: 500, language: 'nl' });
    expect(wide.map(lineText)).toEqual(['ouderbetrokkenheid']);
    const room = measurer.width('ouderbetrokken-', 'regular', 10) + 1;
    const narrow = breakLines([plain(text)], measurer, { width: room, language: 'nl', hyphenate: false });
    expect(narrow.map(lineText)).toEqual(['ouderbetrokken-', 'heid']);
    expect(narrow.map((line) => line.hyphenated)).toEqual([true, false]);
    for (const line of [...wide, ...narrow]) expect(lineText(line)).not.toContain('\u00AD');
  });

  it('cuts a 5,000-character word into lines that all fit, at grapheme boundaries and without hyphens', () => {
    const word = 'abcdefghijklmnopqrstuvwxyz'.repeat(193).slice(0, 5000);
    const lines = breakLines([plain(`Zie ${word} hier.`)], measurer, { width: 200, language: 'nl' });
    checkLines(lines, measurer, 200);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`Zie${word}hier.`);
    expect(lines.filter((line) => line.hyphenated)).toHaveLength(0);
    expect(lines.slice(1, -2).every((line) => line.width > 180)).toBe(true);
  });

  it('cuts a 300-character URL within the width, preferring "/", ".", "-", "?", "&" and "="', () => {
    const url = `https://www.voorbeeldgemeente.nl/${'beleidsplan.'.repeat(22)}pdf?versie=2&taal=nl`;
    expect(url.length).toBeGreaterThan(300);
    const runs: InlineRun[] = [plain('Bron: '), { text: url, style: link, link: { kind: 'uri', uri: url } }, plain(' (geraadpleegd).')];
    const lines = breakLines(runs, measurer, { width: 150, language: 'nl' });
    checkLines(lines, measurer, 150);
    const linked = lines.flatMap((line) => line.runs.filter((run) => run.link).map((run) => run.text));
    expect(linked.join('')).toBe(url);
    expect(linked.length).toBeGreaterThan(5);
    for (const piece of linked.slice(0, -1)) expect(piece).toMatch(/[/.\-?&=]$/);
    expect(lines.some((line) => line.hyphenated)).toBe(false);
  });

  it('never splits an emoji sequence or a letter from its combining mark', () => {
    const family = '👩‍👩‍👧';
    const text = `${family}e\u0308${'ë'}${'i\u0301'}`.repeat(60);
    const lines = breakLines([plain(text)], measurer, { width: 40, language: 'nl' });
    expect(lines.length).toBeGreaterThan(3);
    checkLines(lines, measurer, 40);
    const boundaries = graphemeBoundaries(text);
    let offset = 0;
    for (const line of lines) {
      offset += lineText(line).length;
      expect(boundaries.has(offset), `cut at ${offset}`).toBe(true);
    }
    expect(offset).toBe(text.length);
  });

  it('returns no lines for empty or blank input', () => {
    expect(breakLines([], measurer, { width: 100, language: 'nl' })).toEqual([]);
    expect(breakLines([plain('   ')], measurer, { width: 100, language: 'nl' })).toEqual([]);
  });
});
