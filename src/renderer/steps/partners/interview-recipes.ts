// The edits of step 5 on interviews and their quotes, as pure recipes. An
// edit of an answer re-locates that answer's quotes in the same step, so one
// undo restores both the text and the offsets.

import type { Project } from '../../../shared/model/project';
import type { Interview } from '../../../shared/model/interviews';
import type { Quote } from '../../../shared/model/coding';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, removeItem, updateItem } from '../../components/list-ops';
import { patchObject } from '../insights/patch';
import { quoteFromSelection, relocateQuotes, type AnswerRef } from './coding';
import { withPartners } from './recipes';

export type InterviewPatch = Partial<Pick<Interview, 'code' | 'respondentGroupId' | 'organisation' | 'date' | 'mode' | 'notes'>>;

/** The next free code R01, R02 … so new interviews are pseudonymous from the start. */
export function nextInterviewCode(interviews: readonly Interview[]): string {
  const used = new Set(interviews.map((iv) => iv.code));
  for (let n = interviews.length + 1; ; n++) {
    const code = `R${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
}

export function newInterview(id: string, code: string, respondentGroupId = ''): Interview {
  return {
    id,
    code,
    respondent: { name: '', email: '', phone: '' },
    respondentGroupId,
    organisation: '',
    date: '',
    mode: 'in-person',
    consent: { given: false, date: '', note: '' },
    answers: [],
    notes: '',
  };
}

export function addInterview(project: Project, id: string = newId()): Project {
  const { interviews } = project.partners;
  return withPartners(project, { interviews: appendItem(interviews, newInterview(id, nextInterviewCode(interviews))) });
}

function changeInterview(project: Project, id: string, update: (iv: Interview) => Interview): Project {
  return withPartners(project, { interviews: updateItem(project.partners.interviews, id, update) });
}

export function updateInterview(project: Project, id: string, patch: InterviewPatch): Project {
  return changeInterview(project, id, (iv) => patchObject<Interview>(iv, patch));
}

export function updateRespondent(project: Project, id: string, patch: Partial<Interview['respondent']>): Project {
  return changeInterview(project, id, (iv) => {
    const respondent = patchObject(iv.respondent, patch);
    return respondent === iv.respondent ? iv : { ...iv, respondent };
  });
}

export function updateConsent(project: Project, id: string, patch: Partial<Interview['consent']>): Project {
  return changeInterview(project, id, (iv) => {
    const consent = patchObject(iv.consent, patch);
    return consent === iv.consent ? iv : { ...iv, consent };
  });
}

/** Sets the answer to one question (adding it when new) and re-locates its quotes. */
export function setAnswer(project: Project, answer: AnswerRef, text: string): Project {
  const withText = changeInterview(project, answer.interviewId, (iv) => {
    const index = iv.answers.findIndex((a) => a.questionId === answer.questionId);
    if (index === -1) return text === '' ? iv : { ...iv, answers: [...iv.answers, { questionId: answer.questionId, text }] };
    if (iv.answers[index].text === text) return iv;
    const answers = [...iv.answers];
    answers[index] = { ...answers[index], text };
    return { ...iv, answers };
  });
  if (withText === project) return project;
  return withPartners(withText, { quotes: relocateQuotes(withText.partners.quotes, answer, text) });
}

/** Deletes an interview with its quotes, and every reference to either. */
export function removeInterview(project: Project, id: string): Project {
  const interviews = removeItem(project.partners.interviews, id);
  if (interviews === project.partners.interviews) return project;
  const gone = project.partners.quotes.filter((q) => q.interviewId === id).map((q) => q.id);
  const quotes = gone.length === 0 ? project.partners.quotes : project.partners.quotes.filter((q) => q.interviewId !== id);
  let next = removeReferences(withPartners(project, { interviews, quotes }), id);
  for (const quoteId of gone) next = removeReferences(next, quoteId);
  return next;
}

/** Adds the quote a selection in an answer stands for; unchanged when the selection is empty. */
export function addQuoteFromSelection(
  project: Project,
  answer: AnswerRef,
  selectionStart: number,
  selectionEnd: number,
  id: string = newId(),
): Project {
  const interview = project.partners.interviews.find((iv) => iv.id === answer.interviewId);
  const text = interview?.answers.find((a) => a.questionId === answer.questionId)?.text ?? '';
  const quote = quoteFromSelection(id, answer, text, selectionStart, selectionEnd);
  return quote ? withPartners(project, { quotes: appendItem(project.partners.quotes, quote) }) : project;
}

export function setQuoteThemes(project: Project, id: string, themeIds: string[]): Project {
  return withPartners(project, { quotes: updateItem(project.partners.quotes, id, (q) => patchObject<Quote>(q, { themeIds })) });
}

/** Deletes a quote; insights that cited it lose it from their evidence. */
export function removeQuote(project: Project, id: string): Project {
  const quotes = removeItem(project.partners.quotes, id);
  return quotes === project.partners.quotes ? project : removeReferences(withPartners(project, { quotes }), id);
}
