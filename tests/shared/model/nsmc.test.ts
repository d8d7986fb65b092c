import { describe, expect, it } from 'vitest';
import { nsmcAssessment, nsmcCriteria, type NsmcAssessment } from '../../../src/shared/model/nsmc';
import { createEmptyProject } from '../../../src/shared/model/project';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';
import { filledProject, ids } from '../filled-project';
import { loadSample } from '../delivery/sample';

const byCriterion = (list: NsmcAssessment[]) => Object.fromEntries(list.map((a) => [a.criterion, a]));
const statuses = (list: NsmcAssessment[]) => Object.fromEntries(list.map((a) => [a.criterion, a.status]));

describe('nsmcAssessment', () => {
  it('lists the eight criteria in order, all missing for an empty project', () => {
    const result = nsmcAssessment(createEmptyProject('nl'));
    expect(result.map((a) => a.criterion)).toEqual([...nsmcCriteria]);
    expect(result).toHaveLength(8);
    for (const a of result) expect(a.status).toBe('missing');
  });

  it('judges the sample project from its data', () => {
    const sample = loadSample('nl');
    const result = byCriterion(nsmcAssessment(sample));
    expect(statuses(nsmcAssessment(sample))).toEqual({
      behaviour: 'covered',
      'customer-orientation': 'covered',
      theory: 'covered',
      insight: 'covered',
      exchange: 'covered',
      competition: 'covered',
      segmentation: 'covered',
      'methods-mix': 'covered',
    });
    const interviews = result['customer-orientation'].facts.find((f) => f.key === 'interviews');
    expect(interviews?.count).toBe(sample.partners.interviews.length);
    expect(interviews?.itemIds).toEqual(sample.partners.interviews.map((iv) => iv.id));
    const ps = result['methods-mix'].facts.find((f) => f.key === 'mixPs');
    expect(ps?.count).toBe(new Set(sample.marketingMix.activities.map((a) => a.p)).size);
  });

  it('marks the filled project partly where it is thin', () => {
    const result = byCriterion(nsmcAssessment(filledProject()));
    // No theory findings (its one finding is about the target group).
    expect(result.theory.status).toBe('partly');
    expect(result.theory.facts.map((f) => [f.key, f.met, f.count])).toEqual([
      ['theories', true, 1],
      ['theoryFindings', false, 0],
      ['determinants', true, 1],
    ]);
    // Only barrier insights: no exchange insight, but a price activity.
    expect(result.exchange.status).toBe('partly');
    expect(result.exchange.facts.find((f) => f.key === 'priceActivities')?.itemIds).toEqual(['ac-price']);
    // Four Ps but only the execution level.
    expect(result['methods-mix'].facts.map((f) => [f.key, f.met, f.count])).toEqual([
      ['mixPs', true, 4],
      ['mixLevels', false, 1],
    ]);
    expect(result.competition.status).toBe('partly');
    expect(result.segmentation.status).toBe('covered');
    expect(result.behaviour.status).toBe('covered');
  });

  it('follows edits: an unserved segment, an insight without evidence, a missing behaviour goal', () => {
    const p = filledProject();
    p.insights.segments.push({ ...p.insights.segments[0], id: 'sg-2' });
    p.insights.insights.push({ ...p.insights.insights[0], id: 'in-2', type: 'exchange', evidence: { quoteIds: [], findingIds: [] } });
    p.targetGroup.behaviourGoal.does = ' ';
    p.targetGroup.currentBehaviour = richTextFromPlain('');
    p.targetGroup.desiredBehaviour = richTextFromPlain('');
    const result = byCriterion(nsmcAssessment(p));
    expect(result.segmentation.status).toBe('partly');
    expect(result.segmentation.facts[1]).toMatchObject({ key: 'segmentsServed', met: false, itemIds: [ids.segment] });
    expect(result.insight.status).toBe('partly');
    expect(result.exchange.status).toBe('covered');
    expect(result.behaviour.status).toBe('missing');
  });
});
