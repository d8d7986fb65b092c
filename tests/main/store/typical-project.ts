// Test helper: a project of realistic size (a few hundred items: sources,
// findings, interviews with long answers, quotes, stakeholders, activities),
// built from the empty project so every default is in place.

import { createEmptyProject, ProjectSchema, type Project } from '../../../src/shared/model/project';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';

const sentence = (i: number) =>
  `Ouders van peuters (${i}) noemen vaak de reistijd naar de voorschool en onbekendheid met het aanbod als reden om niet mee te doen. `;

/** Deterministic apart from the ids that createEmptyProject draws. */
export function typicalProject(now = new Date('2026-02-01T09:00:00.000Z')): Project {
  const base = createEmptyProject('nl', now);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sources = range(60).map((i) => ({
    id: `src-${i}`,
    type: 'article',
    authors: [{ family: `Jansen${i}`, given: 'P.' }],
    year: String(2000 + (i % 25)),
    title: `Ouderbetrokkenheid in de vroegschoolse educatie, deel ${i}`,
    containerTitle: 'Tijdschrift voor Jeugdbeleid',
    pages: `${i}-${i + 12}`,
  }));
  const findings = range(120).map((i) => ({
    id: `fnd-${i}`,
    text: richTextFromPlain(sentence(i).repeat(3)),
    citations: [{ sourceId: `src-${i % 60}`, locator: `p. ${i + 1}` }],
    topic: 'target-group',
    strength: 'moderate',
    tags: ['ouders', 'voorschool'],
  }));
  const questions = range(15).map((q) => ({ id: `q-${q}`, text: `Vraag ${q}: wat maakt meedoen makkelijk?`, topic: 'drempels', probes: [] }));
  const interviews = range(20).map((r) => ({
    id: `int-${r}`,
    code: `R${String(r + 1).padStart(2, '0')}`,
    respondent: { name: `Respondent ${r}`, email: `r${r}@example.org`, phone: '' },
    answers: questions.map((q) => ({ questionId: q.id, text: sentence(r).repeat(5) })),
  }));
  const quotes = range(150).map((i) => ({
    id: `quo-${i}`,
    interviewId: `int-${i % 20}`,
    questionId: `q-${i % 15}`,
    text: sentence(i).slice(0, 60),
    start: 0,
    end: 60,
  }));
  const stakeholders = range(30).map((i) => ({ id: `stk-${i}`, organisation: `Organisatie ${i}`, influence: 1 + (i % 5), interest: 1 + ((i * 2) % 5) }));
  const activities = range(40).map((i) => ({ id: `act-${i}`, p: 'promotion', title: `Activiteit ${i}`, description: richTextFromPlain(sentence(i)) }));

  return ProjectSchema.parse({
    ...base,
    assignment: { ...base.assignment, title: 'Ouderbetrokkenheid voorschool', client: { municipality: 'Gemeente Voorbeeld', department: 'Jeugd' } },
    deskResearch: { ...base.deskResearch, sources, findings },
    partners: { ...base.partners, stakeholders, interviewGuide: { questions }, interviews, quotes },
    marketingMix: { ...base.marketingMix, activities },
  });
}
