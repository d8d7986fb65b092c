// Step 5 of the XL fixture: stakeholders, the interview guide, 150 interviews of
// ten answers each, a codebook of 40 themes and 1,000 quotes. Each quote is one
// or two whole sentences cut from an answer, so its offsets are exact by construction.

import type { Partners } from '../../src/shared/model/partners';
import type { Interview } from '../../src/shared/model/interviews';
import { interviewModes } from '../../src/shared/model/interviews';
import type { Quote, Theme } from '../../src/shared/model/coding';
import { themeGroups } from '../../src/shared/model/coding';
import { stakeholderRelations } from '../../src/shared/model/partners';
import { defaultThemes } from '../../src/shared/model/default-themes';
import { XL_COUNTS } from './counts';
import { seqId, type Random } from './random';
import { answerText, prose, reportedSentence, sentences, type AnswerText } from './text';
import { familyNames, givenNames, organisations, roles } from './vocabulary';

const questionTexts = [
  ['Hoe ziet een gewone dag met uw kind eruit?', 'dagritme'],
  ['Wat weet u van wat uw kind op de voorschool doet?', 'kennis'],
  ['Hoe gaat het contact met de pedagogisch medewerkers?', 'contact'],
  ['Welke taal of talen spreekt u thuis met uw kind?', 'taal'],
  ['Wanneer voelt u zich welkom op de voorschool?', 'vertrouwen'],
  ['Wat maakt het lastig om mee te doen aan activiteiten?', 'drempels'],
  ['Hoeveel tijd heeft u in de week voor activiteiten met uw kind?', 'tijd'],
  ['Van wie krijgt u tips over opvoeding en ontwikkeling?', 'netwerk'],
  ['Wat zou de voorschool anders kunnen doen?', 'ideeën'],
  ['Wat hoopt u dat uw kind later meeneemt van de voorschool?', 'verwachtingen'],
] as const;

const groupNames = ['Moeders', 'Vaders', 'Grootouders', 'Pedagogisch medewerkers', 'Professionals in de wijk', 'Sleutelfiguren'];

const themeSubjects = ['Brengmoment', 'Oudercafé', 'Thuistaal', 'Voorlezen', 'Tijdsdruk', 'Vertrouwen', 'Brieven en mails', 'Eerste kennismaking', 'Rol van vaders', 'Sleutelfiguren'];
const themeAspects = ['ervaring', 'behoefte', 'drempel'];
const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

function buildThemes(random: Random): Theme[] {
  // The default codebook keeps its names; only its random ids become stable ones.
  const seeded = defaultThemes('nl').map((theme, i) => ({ ...theme, id: seqId('thm-default', i, 2) }));
  const own = Array.from({ length: XL_COUNTS.themes - seeded.length }, (_, i) => {
    const name = `${themeSubjects[i % themeSubjects.length]} – ${themeAspects[Math.floor(i / themeSubjects.length) % themeAspects.length]}`;
    return {
      id: seqId('thm', i, 3),
      name,
      description: sentences(random, reportedSentence, 1, 2),
      group: themeGroups[1 + (i % (themeGroups.length - 1))],
      color: palette[i % palette.length],
    };
  });
  return [...seeded, ...own];
}

function buildInterview(random: Random, index: number, questionIds: string[], groupIds: string[], texts: AnswerText[]): Interview {
  const given = random.pick(givenNames);
  const family = random.pick(familyNames);
  const month = 3 + (index % 3);
  const day = 1 + (index % 28);
  const date = `2026-0${month}-${String(day).padStart(2, '0')}`;
  return {
    id: seqId('int', index, 3),
    code: `R${String(index + 1).padStart(3, '0')}`,
    respondent: {
      name: `${given} ${family}`,
      email: `respondent${index + 1}@example.nl`,
      phone: `06-${String(10000000 + index * 7919).slice(0, 8)}`,
    },
    respondentGroupId: groupIds[index % groupIds.length],
    organisation: random.pick(organisations),
    date,
    mode: random.pick(interviewModes),
    consent: { given: true, date, note: 'Mondeling toestemming gegeven; opname na afloop verwijderd.' },
    answers: questionIds.map((questionId, q) => ({ questionId, text: texts[q].text })),
    notes: sentences(random, reportedSentence, 1, 2),
  };
}

export function buildPartners(random: Random): Partners {
  const stakeholders = Array.from({ length: XL_COUNTS.stakeholders }, (_, i) => ({
    id: seqId('stk', i, 3),
    organisation: `${organisations[i % organisations.length]}${i >= organisations.length ? ` (${Math.floor(i / organisations.length) + 1})` : ''}`,
    contactRole: random.pick(roles),
    description: sentences(random, reportedSentence, 1, 2),
    relation: random.pick(stakeholderRelations),
    influence: random.int(1, 5),
    interest: random.int(1, 5),
  }));
  const questions = questionTexts.slice(0, XL_COUNTS.questions).map(([text, topic], i) => ({
    id: seqId('q', i, 2),
    text,
    topic,
    probes: ['Kunt u een voorbeeld geven?', 'Wat zou daarbij helpen?'],
  }));
  const questionIds = questions.map((question) => question.id);
  const respondentGroups = groupNames.slice(0, XL_COUNTS.respondentGroups).map((name, i) => ({ id: seqId('grp', i, 2), name }));
  const groupIds = respondentGroups.map((group) => group.id);
  const themes = buildThemes(random);
  const themeIds = themes.map((theme) => theme.id);

  const answerTexts: AnswerText[][] = [];
  const interviews = Array.from({ length: XL_COUNTS.interviews }, (_, i) => {
    const texts = questionIds.map(() => answerText(random));
    answerTexts.push(texts);
    return buildInterview(random, i, questionIds, groupIds, texts);
  });

  // Each quote comes from a different answer, chosen at random among all of them.
  const answerSlots = interviews.flatMap((_, i) => questionIds.map((__, q) => [i, q] as const));
  const quotes: Quote[] = random.sample(answerSlots, XL_COUNTS.quotes).map(([i, q], n) => {
    const answer = answerTexts[i][q];
    const first = random.int(0, answer.sentences.length - 1);
    const last = Math.min(first + random.int(0, 1), answer.sentences.length - 1);
    const start = answer.sentences[first].start;
    const end = answer.sentences[last].end;
    return {
      id: seqId('quo', n),
      interviewId: interviews[i].id,
      questionId: questionIds[q],
      text: answer.text.slice(start, end),
      start,
      end,
      themeIds: random.sample(themeIds, random.int(1, 3)),
    };
  });

  return {
    stakeholders,
    interviewGuide: { introduction: prose(random, reportedSentence, 2), questions },
    respondentGroups,
    interviews,
    themes,
    quotes,
  };
}
