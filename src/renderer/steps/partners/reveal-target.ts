// Where a jump (search, checks, a comment) lands in step 5: the tab that shows
// the item and, for an interview or one of its quotes, the interview to open.
// A quote is shown inside its interview, so its interview is looked up in the
// project: a comment or a check names only the quote, and an enclosing id
// passed along with the jump may be stale. A quote whose interview is gone is
// shown nowhere, so such a jump (or an unknown id) changes nothing here.

import type { Project } from '../../../shared/model/project';

export type PartnersRevealTab = 'stakeholders' | 'guide' | 'interviews' | 'codebook';

export interface PartnersRevealTarget {
  tab: PartnersRevealTab;
  /** The interview to open, or null when the item is not inside one. */
  interviewId: string | null;
}

/** The tab and interview that show the item, or null when step 5 does not show it. */
export function partnersRevealTarget(partners: Project['partners'], itemId: string, parentId: string | null): PartnersRevealTarget | null {
  const { interviews, quotes, stakeholders, interviewGuide, respondentGroups, themes } = partners;
  const isInterview = (id: string | null | undefined): id is string => !!id && interviews.some((iv) => iv.id === id);
  if (isInterview(itemId)) return { tab: 'interviews', interviewId: itemId };
  const quote = quotes.find((q) => q.id === itemId);
  if (quote) return isInterview(quote.interviewId) ? { tab: 'interviews', interviewId: quote.interviewId } : null;
  if (isInterview(parentId)) return { tab: 'interviews', interviewId: parentId };
  if (stakeholders.some((s) => s.id === itemId)) return { tab: 'stakeholders', interviewId: null };
  if (interviewGuide.questions.some((q) => q.id === itemId)) return { tab: 'guide', interviewId: null };
  if (respondentGroups.some((g) => g.id === itemId)) return { tab: 'interviews', interviewId: null };
  if (themes.some((th) => th.id === itemId)) return { tab: 'codebook', interviewId: null };
  return null;
}
