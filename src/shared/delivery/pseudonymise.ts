// Removes respondents' personal data from a project before it is delivered to
// the municipality. Decisions, field by field:
// - respondent: the name becomes "Respondent n" (n = position in the interview
//   list, from 1), e-mail and phone become ''. Any other respondent field (from a
//   newer app version) is dropped, since it can only be about the person.
// - consent: `given` stays (whether consent was given says nothing about who the
//   person is, and the report may state that all interviews had consent); its
//   date and note go, because they record how and when this person agreed.
// - interview notes: emptied (internal interviewer notes, may identify people).
// - source notes (desk research): emptied. They are the consultant's working
//   notes (Zotero's "note" field), never shown in the report.
// - the reviewer's note on a review copy: emptied (internal correspondence).
// - everywhere else (answers, quotes, comments and replies, rich text, titles,
//   persona texts, …) every mention of a respondent is replaced by their
//   pseudonym; see name-replacer.ts for what counts as a mention. Left alone are
//   fields that name the makers of the report or published work, not
//   respondents: report authors, comment authors, resolvedBy, source references,
//   and fields that are never prose (ids, links, dates, the logo). A link whose
//   target mentions a respondent (mailto: their address) is removed, its text kept.
// - quotes that point into an answer keep pointing at the same words: their
//   offsets move with the replacements and their text is taken from the new answer.
// Running it again changes nothing: names already of the form "Respondent n"
// are not looked for.
// Not caught: a name split over differently formatted runs of rich text, and
// misspellings other than missing accents. Organisations and dates of
// interviews are kept (the report's respondent overview needs them).

import type { Language } from '../language';
import type { Project } from '../model/project';
import type { Quote } from '../model/coding';
import { buildNameReplacer, mapOffset, type NameReplacer, type TextEdit } from './name-replacer';

const respondentLabel: Record<Language, string> = { nl: 'Respondent', en: 'Respondent' };

export function pseudonymFor(language: Language, position: number): string {
  return `${respondentLabel[language]} ${position}`;
}

function isPseudonym(name: string): boolean {
  return /^\s*(?:Respondent)\s+\d+\s*$/i.test(name);
}

/** Keys whose string values are never prose about respondents. */
const SKIPPED_KEYS = new Set([
  'id', 'href', 'url', 'doi', 'dataBase64', 'mediaType', 'fileName', 'citationKey', 'accentColor',
  'createdAt', 'updatedAt', 'resolvedAt', 'resolvedBy', 'statusChangedAt', 'deliveredAt',
  // The people who wrote or commented on the report are named on purpose.
  'author', 'authors', 'editors',
]);

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Replaces mentions in every string below value, in place (value is our own clone). */
function replaceEverywhere(value: unknown, replacer: NameReplacer): unknown {
  if (typeof value === 'string') return replacer.replace(value).text;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = replaceEverywhere(value[i], replacer);
  } else if (isObj(value)) {
    // A link to a respondent (mailto: their address) loses its link; its visible text is handled below.
    if (value.type === 'text' && Array.isArray(value.marks)) {
      value.marks = value.marks.filter((mark: unknown) =>
        !(isObj(mark) && typeof mark.href === 'string' && replacer.replace(mark.href).edits.length > 0));
    }
    for (const key of Object.keys(value)) {
      if (SKIPPED_KEYS.has(key) || key.endsWith('Id') || key.endsWith('Ids')) continue;
      value[key] = replaceEverywhere(value[key], replacer);
    }
  }
  return value;
}

interface AnswerChange {
  before: string;
  after: string;
  edits: TextEdit[];
}

/** Moves a quote's range along with the replacements in its answer. */
function remapQuote(quote: Quote, change: AnswerChange | undefined, replacer: NameReplacer): Quote {
  if (!change || quote.start === null || quote.end === null) {
    return { ...quote, text: replacer.replace(quote.text).text };
  }
  const start = Math.min(mapOffset(change.edits, quote.start, 'start'), change.after.length);
  const end = Math.max(start, Math.min(mapOffset(change.edits, quote.end, 'end'), change.after.length));
  const wasExact = change.before.slice(quote.start, quote.end) === quote.text;
  // An exact quote stays exact; a quote that had drifted from its answer keeps its own (cleaned) words.
  const text = wasExact ? change.after.slice(start, end) : replacer.replace(quote.text).text;
  return { ...quote, start, end, text };
}

export function pseudonymiseProject(project: Project, language: Language): Project {
  const next = structuredClone(project);
  const interviews = next.partners.interviews;
  const replacer = buildNameReplacer(
    interviews
      .map((interview, i) => ({ ...interview.respondent, pseudonym: pseudonymFor(language, i + 1) }))
      .filter((r) => !isPseudonym(r.name)),
    respondentLabel[language],
  );

  // Answers first, remembering the edits so quotes can follow them.
  const answerChanges = new Map<string, AnswerChange>();
  interviews.forEach((interview, i) => {
    interview.respondent = { name: pseudonymFor(language, i + 1), email: '', phone: '' };
    interview.consent = { given: interview.consent.given, date: '', note: '' };
    interview.notes = '';
    for (const answer of interview.answers) {
      const { text, edits } = replacer.replace(answer.text);
      const key = `${interview.id}\u0000${answer.questionId}`;
      if (!answerChanges.has(key)) answerChanges.set(key, { before: answer.text, after: text, edits });
      answer.text = text;
    }
  });
  next.partners.quotes = next.partners.quotes.map((quote) =>
    remapQuote(quote, answerChanges.get(`${quote.interviewId}\u0000${quote.questionId}`), replacer));

  for (const source of next.deskResearch.sources) source.note = '';
  if (next.review.copy) next.review.copy.reviewerNote = '';

  // Everything else, skipping what was handled above and the reference list.
  const { interviews: handled, quotes, ...restOfPartners } = next.partners;
  for (const interview of handled) {
    const { answers, respondent, ...rest } = interview;
    replaceEverywhere(rest, replacer);
    Object.assign(interview, rest, { answers, respondent });
  }
  replaceEverywhere(restOfPartners, replacer);
  next.partners = { ...restOfPartners, interviews: handled, quotes };
  const { sources, ...restOfDesk } = next.deskResearch;
  replaceEverywhere(restOfDesk, replacer);
  next.deskResearch = { ...restOfDesk, sources };
  for (const key of ['assignment', 'context', 'targetGroup', 'insights', 'marketingMix', 'advice', 'monitoring', 'report', 'review'] as const) {
    replaceEverywhere(next[key], replacer);
  }
  return next;
}
