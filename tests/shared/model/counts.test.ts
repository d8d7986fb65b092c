import { describe, expect, it } from 'vitest';
import { itemCounts } from '../../../src/shared/model/counts';
import { createEmptyProject } from '../../../src/shared/model/project';
import { stepIds } from '../../../src/shared/model/steps';
import { filledProject } from '../filled-project';

describe('itemCounts', () => {
  it('counts the items of each step', () => {
    const counts = itemCounts(filledProject());
    expect(counts['desk-research']).toEqual({ sources: 2, findings: 1, theories: 1 });
    expect(counts.partners).toMatchObject({ stakeholders: 1, interviews: 1, themes: 11, quotes: 1, questions: 1 });
    expect(counts['marketing-mix']).toEqual({ activities: 4 });
    expect(counts.report).toEqual({ includedSections: 17, openComments: 0 });
    expect(Object.keys(counts)).toEqual([...stepIds]);
  });

  it('counts zero for a new project except the seeded codebook', () => {
    const counts = itemCounts(createEmptyProject('en'));
    expect(counts.partners.themes).toBe(10);
    expect(counts['desk-research']).toEqual({ sources: 0, findings: 0, theories: 0 });
  });
});
