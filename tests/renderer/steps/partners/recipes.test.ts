import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import {
  addQuestion,
  addRespondentGroup,
  addStakeholder,
  addTheme,
  moveQuestion,
  moveStakeholder,
  removeQuestion,
  removeRespondentGroup,
  removeStakeholder,
  removeTheme,
  renameRespondentGroup,
  updateQuestion,
  updateStakeholder,
  updateTheme,
} from '../../../../src/renderer/steps/partners/recipes';
import {
  addInterview,
  addQuoteFromSelection,
  removeInterview,
  removeQuote,
  setAnswer,
  setQuoteThemes,
  updateConsent,
  updateInterview,
  updateRespondent,
} from '../../../../src/renderer/steps/partners/interview-recipes';
import { addInsight, setInsightEvidence } from '../../../../src/renderer/steps/insights/recipes';

const base = (): Project => {
  const p = createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));
  return { ...p, partners: { ...p.partners, themes: [] } };
};

describe('stakeholders and guide', () => {
  it('adds, edits, moves and removes stakeholders without touching the input', () => {
    const start = Object.freeze(base());
    let p = addStakeholder(addStakeholder(start, 's1'), 's2');
    p = updateStakeholder(p, 's2', { organisation: 'GGD', influence: 5, relation: 'can-help' });
    p = moveStakeholder(p, 's2', 'up');
    expect(p.partners.stakeholders.map((s) => [s.id, s.organisation, s.influence, s.relation])).toEqual([
      ['s2', 'GGD', 5, 'can-help'],
      ['s1', '', 3, 'both'],
    ]);
    expect(updateStakeholder(p, 's2', { organisation: 'GGD' })).toBe(p);
    expect(removeStakeholder(p, 's1').partners.stakeholders.map((s) => s.id)).toEqual(['s2']);
    expect(start.partners.stakeholders).toEqual([]);
  });

  it('edits and reorders questions; removing one unlinks its quotes but keeps the answers', () => {
    let p = addQuestion(addQuestion(base(), 'q1'), 'q2');
    p = updateQuestion(p, 'q1', { text: 'Wat helpt?', topic: 'Motivatie', probes: ['Voorbeeld?'] });
    p = moveQuestion(p, 'q1', 'down');
    expect(p.partners.interviewGuide.questions.map((q) => q.id)).toEqual(['q2', 'q1']);
    p = addInterview(p, 'iv1');
    p = setAnswer(p, { interviewId: 'iv1', questionId: 'q1' }, 'Een buurvrouw die meegaat.');
    p = addQuoteFromSelection(p, { interviewId: 'iv1', questionId: 'q1' }, 4, 13, 'qt1');
    p = removeQuestion(p, 'q1');
    expect(p.partners.interviewGuide.questions.map((q) => q.id)).toEqual(['q2']);
    expect(p.partners.interviews[0].answers).toEqual([{ questionId: 'q1', text: 'Een buurvrouw die meegaat.' }]);
    expect(p.partners.quotes[0]).toMatchObject({ id: 'qt1', questionId: '', text: 'buurvrouw' });
  });
});

describe('groups, themes and deletion clean-up', () => {
  it('deleting a respondent group leaves its interviews without a group', () => {
    let p = addInterview(renameRespondentGroup(addRespondentGroup(base(), 'g1'), 'g1', 'Ouder'), 'iv1');
    p = updateInterview(p, 'iv1', { respondentGroupId: 'g1' });
    expect(p.partners.respondentGroups).toEqual([{ id: 'g1', name: 'Ouder' }]);
    p = removeRespondentGroup(p, 'g1');
    expect(p.partners.respondentGroups).toEqual([]);
    expect(p.partners.interviews[0].respondentGroupId).toBe('');
  });

  it('deleting a theme removes it from every quote', () => {
    let p = addTheme(addTheme(base(), 't1'), 't2');
    p = updateTheme(p, 't1', { name: 'Taal', group: 'barrier', color: '#e15759' });
    expect(p.partners.themes[0]).toMatchObject({ name: 'Taal', group: 'barrier', color: '#e15759' });
    p = addInterview(p, 'iv1');
    p = setAnswer(p, { interviewId: 'iv1', questionId: 'q1' }, 'Taal is lastig.');
    p = addQuoteFromSelection(p, { interviewId: 'iv1', questionId: 'q1' }, 0, 4, 'qt1');
    p = setQuoteThemes(p, 'qt1', ['t1', 't2']);
    p = removeTheme(p, 't1');
    expect(p.partners.themes.map((t) => t.id)).toEqual(['t2']);
    expect(p.partners.quotes[0].themeIds).toEqual(['t2']);
  });

  it('deleting an interview deletes its quotes and unlinks them from insights', () => {
    let p = addInterview(addInterview(base(), 'iv1'), 'iv2');
    expect(p.partners.interviews.map((iv) => iv.code)).toEqual(['R01', 'R02']);
    p = setAnswer(p, { interviewId: 'iv1', questionId: 'q1' }, 'Ik lees niet graag voor.');
    p = setAnswer(p, { interviewId: 'iv2', questionId: 'q1' }, 'Wij zingen veel.');
    p = addQuoteFromSelection(p, { interviewId: 'iv1', questionId: 'q1' }, 0, 23, 'qt1');
    p = addQuoteFromSelection(p, { interviewId: 'iv2', questionId: 'q1' }, 4, 15, 'qt2');
    p = setInsightEvidence(addInsight(p, 'in1'), 'in1', { quoteIds: ['qt1', 'qt2'] });
    p = removeInterview(p, 'iv1');
    expect(p.partners.interviews.map((iv) => iv.id)).toEqual(['iv2']);
    expect(p.partners.quotes.map((q) => q.id)).toEqual(['qt2']);
    expect(p.insights.insights[0].evidence.quoteIds).toEqual(['qt2']);
    expect(removeQuote(p, 'qt2').insights.insights[0].evidence.quoteIds).toEqual([]);
  });
});

describe('interviews and answers', () => {
  it('edits personal data, consent and answers; an answer edit re-locates its quotes', () => {
    let p = addInterview(base(), 'iv1');
    p = updateRespondent(p, 'iv1', { name: 'A. de Vries', email: 'a@example.nl' });
    p = updateConsent(p, 'iv1', { given: true, date: '2026-03-02' });
    p = updateInterview(p, 'iv1', { mode: 'phone', code: 'R07' });
    const ref = { interviewId: 'iv1', questionId: 'q1' };
    p = setAnswer(p, ref, 'De deur is het moment.');
    expect(setAnswer(p, ref, 'De deur is het moment.')).toBe(p);
    p = addQuoteFromSelection(p, ref, 3, 7, 'qt1');
    expect(addQuoteFromSelection(p, ref, 3, 3, 'qt2')).toBe(p);
    p = setAnswer(p, ref, 'Bij de deur is het moment.');
    const iv = p.partners.interviews[0];
    expect(iv).toMatchObject({ code: 'R07', mode: 'phone', respondent: { name: 'A. de Vries', email: 'a@example.nl', phone: '' }, consent: { given: true, date: '2026-03-02', note: '' } });
    expect(p.partners.quotes[0]).toMatchObject({ text: 'deur', start: 7, end: 11 });
  });
});
