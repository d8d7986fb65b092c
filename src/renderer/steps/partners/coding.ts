// Pure helpers for coding interviews: making a quote from a selection in an
// answer, keeping quotes pinned to their text when the answer is edited, and
// counting coded quotes per theme and respondent group for the overview.

import type { Partners } from '../../../shared/model/partners';
import type { Quote } from '../../../shared/model/coding';

export interface AnswerRef {
  interviewId: string;
  questionId: string;
}

/**
 * The quote a selection [start, end) of an answer stands for, with surrounding
 * white space left out so the offsets point at the words themselves; null when
 * nothing but white space is selected.
 */
export function quoteFromSelection(
  id: string,
  answer: AnswerRef,
  text: string,
  selectionStart: number,
  selectionEnd: number,
): Quote | null {
  let start = Math.max(0, Math.min(selectionStart, selectionEnd, text.length));
  let end = Math.min(text.length, Math.max(selectionStart, selectionEnd));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) return null;
  return { id, interviewId: answer.interviewId, questionId: answer.questionId, text: text.slice(start, end), start, end, themeIds: [] };
}

/** Whether a quote still reads the same at its offsets in this answer. */
export function quoteMatches(quote: Quote, answerText: string): boolean {
  if (quote.start === null || quote.end === null) return true;
  return answerText.slice(quote.start, quote.end) === quote.text;
}

/** The occurrence of `needle` in `text` closest to `near`, or -1. */
function nearestIndex(text: string, needle: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * A quote moved to where its text now stands in the edited answer (the
 * occurrence nearest its old place), or the same quote when it still matches
 * or its text is gone — the editor then flags it as lost (see quoteMatches).
 */
export function relocateQuote(quote: Quote, answerText: string): Quote {
  if (quoteMatches(quote, answerText) || quote.text === '' || quote.start === null) return quote;
  const at = nearestIndex(answerText, quote.text, quote.start);
  if (at === -1) return quote;
  return { ...quote, start: at, end: at + quote.text.length };
}

/** Every quote of one answer relocated after its text changed; the same array when none moved. */
export function relocateQuotes(quotes: readonly Quote[], answer: AnswerRef, answerText: string): Quote[] {
  let changed = false;
  const next = quotes.map((quote) => {
    if (quote.interviewId !== answer.interviewId || quote.questionId !== answer.questionId) return quote;
    const moved = relocateQuote(quote, answerText);
    if (moved !== quote) changed = true;
    return moved;
  });
  return changed ? next : (quotes as Quote[]);
}

/** The column of interviews without a (known) respondent group. */
export const noGroup = '';

type CodingParts = Pick<Partners, 'interviews' | 'quotes' | 'respondentGroups'>;

/** The respondent group a quote counts under: its interview's group, or noGroup. */
function groupResolver(partners: CodingParts): (quote: Quote) => string {
  const known = new Set(partners.respondentGroups.map((g) => g.id));
  const groupOf = new Map(partners.interviews.map((iv) => [iv.id, known.has(iv.respondentGroupId) ? iv.respondentGroupId : noGroup]));
  return (quote) => groupOf.get(quote.interviewId) ?? noGroup;
}

export interface ThemeGroupCounts {
  /** themeId → groupId → number of quotes tagged with the theme. */
  cells: Map<string, Map<string, number>>;
  /** Group columns in codebook order, plus noGroup when any quote falls there. */
  columns: string[];
}

/** Counts quotes per theme × respondent group in one pass over the quotes. */
export function countThemeGroups(partners: CodingParts): ThemeGroupCounts {
  const groupOf = groupResolver(partners);
  const cells = new Map<string, Map<string, number>>();
  let usesNoGroup = false;
  for (const quote of partners.quotes) {
    if (quote.themeIds.length === 0) continue;
    const group = groupOf(quote);
    if (group === noGroup) usesNoGroup = true;
    for (const themeId of new Set(quote.themeIds)) {
      const row = cells.get(themeId) ?? new Map<string, number>();
      row.set(group, (row.get(group) ?? 0) + 1);
      cells.set(themeId, row);
    }
  }
  const columns = [...partners.respondentGroups.map((g) => g.id), ...(usesNoGroup ? [noGroup] : [])];
  return { cells, columns };
}

export function cellCount(counts: ThemeGroupCounts, themeId: string, groupId: string): number {
  return counts.cells.get(themeId)?.get(groupId) ?? 0;
}

/** The quotes behind one cell of the overview, in the order they were made. */
export function quotesInCell(partners: CodingParts, themeId: string, groupId: string): Quote[] {
  const groupOf = groupResolver(partners);
  return partners.quotes.filter((q) => q.themeIds.includes(themeId) && groupOf(q) === groupId);
}
