import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSchema, type Project } from '../../../src/shared/model/project';
import { itemIndex } from '../../../src/shared/review/item-index';
import { createItemIndexer, sameKeys } from '../../../src/renderer/review/cached-item-index';

function sample(): Project {
  const path = join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');
  return ProjectSchema.parse((JSON.parse(readFileSync(path, 'utf8')) as { project: unknown }).project);
}

/** An edit as the reducer makes it: only the objects on the path to the answer are new. */
function editAnswer(project: Project, text: string): Project {
  const [first, ...rest] = project.partners.interviews;
  const [answer, ...answers] = first.answers;
  return {
    ...project,
    partners: { ...project.partners, interviews: [{ ...first, answers: [{ ...answer, text }, ...answers] }, ...rest] },
  };
}

const entries = (index: Map<string, { stepId: string; item: unknown }>) => [...index].map(([id, l]) => [id, l.stepId, l.item] as const);

describe('createItemIndexer', () => {
  it('gives exactly what itemIndex gives, in the same order, before and after edits', () => {
    const index = createItemIndexer();
    const before = sample();
    expect(entries(index(before))).toEqual(entries(itemIndex(before)));
    const after = editAnswer(before, 'Een nieuw antwoord');
    const cached = index(after);
    expect(entries(cached)).toEqual(entries(itemIndex(after)));
    // The edited interview is found as the new object, not the remembered old one.
    const interview = after.partners.interviews[0];
    expect(cached.get(interview.id)?.item).toBe(interview);
    expect(cached.get(interview.id)?.item).not.toBe(before.partners.interviews[0]);
    // An untouched item is still the very same object.
    const other = after.partners.interviews[1];
    expect(cached.get(other.id)?.item).toBe(before.partners.interviews[1]);
  });

  it('keeps the first occurrence of an id found in two steps, like itemIndex', () => {
    const project = sample();
    const quote = project.partners.quotes[0];
    const copy = { ...project.insights.insights[0], id: quote.id };
    const twice: Project = { ...project, insights: { ...project.insights, insights: [copy, ...project.insights.insights.slice(1)] } };
    const index = createItemIndexer();
    index(project);
    expect(index(twice).get(quote.id)).toEqual({ stepId: 'partners', item: quote });
    expect(entries(index(twice))).toEqual(entries(itemIndex(twice)));
  });

  it('finds an added item and forgets a removed one', () => {
    const index = createItemIndexer();
    const project = sample();
    index(project);
    const removed = project.partners.quotes[0];
    const fewer: Project = { ...project, partners: { ...project.partners, quotes: project.partners.quotes.slice(1) } };
    expect(index(fewer).has(removed.id)).toBe(false);
    expect(index(project).has(removed.id)).toBe(true);
  });
});

describe('sameKeys', () => {
  it('is true only for the same set of keys', () => {
    expect(sameKeys(new Map([['a', 1], ['b', 2]]), new Set(['b', 'a']))).toBe(true);
    expect(sameKeys(new Map([['a', 1]]), new Set(['b']))).toBe(false);
    expect(sameKeys(new Map([['a', 1]]), new Set(['a', 'b']))).toBe(false);
  });
});
