import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../src/shared/model/coding';
import type { Interview } from '../../../../src/shared/model/interviews';
import {
  cellCount,
  countThemeGroups,
  noGroup,
  quoteFromSelection,
  quoteMatches,
  quotesInCell,
  relocateQuote,
  relocateQuotes,
} from '../../../../src/renderer/steps/partners/coding';
import { newInterview } from '../../../../src/renderer/steps/partners/interview-recipes';

const answer = { interviewId: 'iv1', questionId: 'q1' };
const text = 'Taal is de grootste drempel. Een brief wordt niet gelezen.';

const quote = (id: string, over: Partial<Quote> = {}): Quote => ({
  id, interviewId: 'iv1', questionId: 'q1', text: '', start: null, end: null, themeIds: [], ...over,
});

describe('quoteFromSelection', () => {
  it('takes the selected words with exact offsets, trimming white space', () => {
    const start = text.indexOf(' Een');
    const q = quoteFromSelection('x', answer, text, start, text.length);
    expect(q).toEqual({ ...quote('x'), text: 'Een brief wordt niet gelezen.', start: start + 1, end: text.length });
    expect(text.slice(q?.start ?? 0, q?.end ?? 0)).toBe(q?.text);
  });

  it('accepts a backwards selection and refuses an empty or blank one', () => {
    expect(quoteFromSelection('x', answer, text, 4, 0)?.text).toBe('Taal');
    expect(quoteFromSelection('x', answer, text, 5, 5)).toBeNull();
    expect(quoteFromSelection('x', answer, 'a   b', 1, 4)).toBeNull();
  });
});

describe('relocation after an edit', () => {
  const q = quote('a', { text: 'grootste drempel', start: 11, end: 27 });

  it('keeps a quote that still matches, moves one whose text shifted', () => {
    expect(quoteMatches(q, text)).toBe(true);
    expect(relocateQuote(q, text)).toBe(q);
    const edited = `Volgens mij: ${text}`;
    const moved = relocateQuote(q, edited);
    expect(moved).toMatchObject({ start: 24, end: 40 });
    expect(edited.slice(moved.start ?? 0, moved.end ?? 0)).toBe('grootste drempel');
  });

  it('picks the occurrence nearest the old place and flags a quote whose text is gone', () => {
    const twice = 'drempel hier, en grootste drempel daar, grootste drempel weer';
    const near = relocateQuote({ ...q, start: 40, end: 56 }, `x${twice}`);
    expect(near.start).toBe(41);
    const gone = relocateQuote(q, 'Alles is nu anders geformuleerd.');
    expect(gone).toBe(q);
    expect(quoteMatches(gone, 'Alles is nu anders geformuleerd.')).toBe(false);
  });

  it('only touches quotes of the edited answer and returns the same list when none moved', () => {
    const other = quote('b', { questionId: 'q2', text: 'grootste drempel', start: 11, end: 27 });
    const list = [q, other];
    expect(relocateQuotes(list, answer, text)).toBe(list);
    const next = relocateQuotes(list, answer, `Nou. ${text}`);
    expect(next[0].start).toBe(16);
    expect(next[1]).toBe(other);
  });
});

describe('theme × group counts', () => {
  const interviews: Interview[] = [
    { ...newInterview('iv1', 'R01', 'g1') },
    { ...newInterview('iv2', 'R02', 'g2') },
    { ...newInterview('iv3', 'R03', 'gone') },
  ];
  const respondentGroups = [{ id: 'g1', name: 'Ouder' }, { id: 'g2', name: 'Leidster' }];
  const quotes = [
    quote('a', { interviewId: 'iv1', themeIds: ['t1', 't2'] }),
    quote('b', { interviewId: 'iv1', themeIds: ['t1', 't1'] }),
    quote('c', { interviewId: 'iv2', themeIds: ['t1'] }),
    quote('d', { interviewId: 'iv3', themeIds: ['t2'] }),
    quote('e', { interviewId: 'iv2', themeIds: [] }),
  ];
  const partners = { interviews, respondentGroups, quotes };

  it('counts each quote once per theme and group, with a column for unknown groups', () => {
    const counts = countThemeGroups(partners);
    expect(counts.columns).toEqual(['g1', 'g2', noGroup]);
    expect(cellCount(counts, 't1', 'g1')).toBe(2);
    expect(cellCount(counts, 't1', 'g2')).toBe(1);
    expect(cellCount(counts, 't2', noGroup)).toBe(1);
    expect(cellCount(counts, 't2', 'g2')).toBe(0);
  });

  it('lists the quotes behind a cell', () => {
    expect(quotesInCell(partners, 't1', 'g1').map((q) => q.id)).toEqual(['a', 'b']);
    expect(quotesInCell(partners, 't2', noGroup).map((q) => q.id)).toEqual(['d']);
    expect(countThemeGroups({ ...partners, quotes: quotes.slice(0, 3) }).columns).toEqual(['g1', 'g2']);
  });
});
