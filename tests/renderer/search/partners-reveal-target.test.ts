// Where a jump lands in step 5: a quote opens its own interview on the
// interviews tab whether the jump names the interview (the search), names
// nothing but the quote (a comment, a check) or names a stale interview; a
// quote whose interview is gone, and an unknown id, change nothing.

import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import { addQuestion, addRespondentGroup, addStakeholder, addTheme, withPartners } from '../../../src/renderer/steps/partners/recipes';
import { addInterview, addQuoteFromSelection, setAnswer } from '../../../src/renderer/steps/partners/interview-recipes';
import { partnersRevealTarget } from '../../../src/renderer/steps/partners/reveal-target';

function project(): Project {
  let p = createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));
  p = addQuestion(p, 'question');
  p = addInterview(p, 'iv1');
  p = addInterview(p, 'iv2');
  p = setAnswer(p, { interviewId: 'iv2', questionId: 'question' }, 'De brief van de school lees ik niet.');
  p = addQuoteFromSelection(p, { interviewId: 'iv2', questionId: 'question' }, 0, 9, 'quote');
  p = addQuoteFromSelection(p, { interviewId: 'iv2', questionId: 'question' }, 10, 17, 'orphan');
  // The orphan's interview was deleted in a file written elsewhere: the quote stayed behind.
  p = withPartners(p, { quotes: p.partners.quotes.map((q) => (q.id === 'orphan' ? { ...q, interviewId: 'gone' } : q)) });
  p = addStakeholder(p, 'stakeholder');
  p = addRespondentGroup(p, 'group');
  p = addTheme(p, 'theme');
  return p;
}

describe('partnersRevealTarget', () => {
  const partners = project().partners;

  it('built the project it tests', () => {
    expect(partners.quotes.map((q) => [q.id, q.interviewId])).toEqual([
      ['quote', 'iv2'],
      ['orphan', 'gone'],
    ]);
  });

  it("opens a quote's own interview, with or without (or with a stale) enclosing id", () => {
    const expected = { tab: 'interviews', interviewId: 'iv2' };
    expect(partnersRevealTarget(partners, 'quote', 'iv2')).toEqual(expected);
    expect(partnersRevealTarget(partners, 'quote', null)).toEqual(expected);
    expect(partnersRevealTarget(partners, 'quote', 'deleted-interview')).toEqual(expected);
    // An enclosing id that names another interview does not move the quote.
    expect(partnersRevealTarget(partners, 'quote', 'iv1')).toEqual(expected);
  });

  it('opens an interview itself, or the interview a hit inside it names', () => {
    expect(partnersRevealTarget(partners, 'iv1', null)).toEqual({ tab: 'interviews', interviewId: 'iv1' });
    expect(partnersRevealTarget(partners, 'answer-of-iv1', 'iv1')).toEqual({ tab: 'interviews', interviewId: 'iv1' });
  });

  it('changes nothing for a quote whose interview is gone, or an unknown id', () => {
    expect(partnersRevealTarget(partners, 'orphan', null)).toBeNull();
    expect(partnersRevealTarget(partners, 'orphan', 'gone')).toBeNull();
    expect(partnersRevealTarget(partners, 'no-such-item', null)).toBeNull();
    expect(partnersRevealTarget(partners, 'no-such-item', 'no-such-parent')).toBeNull();
  });

  it('shows the tab of the other kinds of items', () => {
    expect(partnersRevealTarget(partners, 'stakeholder', null)).toEqual({ tab: 'stakeholders', interviewId: null });
    expect(partnersRevealTarget(partners, 'question', null)).toEqual({ tab: 'guide', interviewId: null });
    expect(partnersRevealTarget(partners, 'group', null)).toEqual({ tab: 'interviews', interviewId: null });
    expect(partnersRevealTarget(partners, 'theme', null)).toEqual({ tab: 'codebook', interviewId: null });
  });
});
