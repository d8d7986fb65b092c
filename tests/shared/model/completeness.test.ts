import { describe, expect, it } from 'vitest';
import { stepCompleteness } from '../../../src/shared/model/completeness';
import { createEmptyProject } from '../../../src/shared/model/project';
import { stepIds } from '../../../src/shared/model/steps';
import { filledProject } from '../filled-project';

describe('stepCompleteness', () => {
  it('reports every step of a filled project as complete', () => {
    const result = stepCompleteness(filledProject());
    expect(Object.keys(result)).toEqual([...stepIds]);
    for (const step of stepIds) expect({ step, ...result[step] }).toMatchObject({ step, status: 'complete', missing: [] });
  });

  it('reports a new project as empty except the report settings', () => {
    const result = stepCompleteness(createEmptyProject('nl'));
    for (const step of stepIds.filter((s) => s !== 'report')) expect(result[step].status).toBe('empty');
    expect(result.report).toEqual({ status: 'complete', filled: ['report.sections', 'report.commentsResolved'], missing: [] });
  });

  it('names what is missing in a partly filled step', () => {
    const p = createEmptyProject('nl');
    p.assignment.title = 'Titel';
    p.assignment.authors = [{ id: 'a', name: '  ', role: '' }];
    const result = stepCompleteness(p).assignment;
    expect(result.status).toBe('partial');
    expect(result.filled).toEqual(['assignment.title']);
    expect(result.missing).toContain('assignment.authors');
  });

  it('wants every enabled P covered and every insight backed by evidence', () => {
    const p = filledProject();
    p.marketingMix.enabledPs = [...p.marketingMix.enabledPs, 'policy'];
    p.insights.insights[0].evidence = { quoteIds: [], findingIds: [] };
    p.review.comments[0].status = 'open';
    const result = stepCompleteness(p);
    expect(result['marketing-mix'].missing).toEqual(['marketingMix.everyP']);
    expect(result.insights.missing).toEqual(['insights.evidence']);
    expect(result.report.missing).toEqual(['report.commentsResolved']);
  });
});
