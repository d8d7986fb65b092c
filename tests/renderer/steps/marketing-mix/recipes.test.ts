import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  addActivity,
  moveActivityToCell,
  removeActivity,
  setMixIntro,
  setPEnabled,
  updateActivity,
} from '../../../../src/renderer/steps/marketing-mix/recipes';
import { activitiesWithoutInsight, segmentsWithoutActivity, visiblePs } from '../../../../src/renderer/steps/marketing-mix/mix-warnings';
import { addSegment } from '../../../../src/renderer/steps/insights/recipes';
import { addAdviceItem, updateAdviceItem } from '../../../../src/renderer/steps/advice/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));

describe('marketing mix recipes', () => {
  it('switches the optional Ps on and off in canonical order', () => {
    let p = setPEnabled(base(), 'policy', true);
    p = setPEnabled(p, 'partnership', true);
    expect(p.marketingMix.enabledPs).toEqual(['product', 'price', 'place', 'promotion', 'partnership', 'policy']);
    expect(setPEnabled(p, 'policy', true)).toBe(p);
    p = setPEnabled(p, 'partnership', false);
    expect(p.marketingMix.enabledPs).toEqual(['product', 'price', 'place', 'promotion', 'policy']);
  });

  it('adds an activity in a cell, edits it and moves it to another cell', () => {
    let p = addActivity(base(), 'promotion', 'execution', 'a1');
    p = addActivity(p, 'place', 'organisation', 'a2');
    p = updateActivity(p, 'a1', { title: 'Voorleesochtend in de bibliotheek', priority: 'high', owner: 'Bibliotheek', timing: 'Q2 2026' });
    expect(p.marketingMix.activities[0]).toMatchObject({ p: 'promotion', level: 'execution', title: 'Voorleesochtend in de bibliotheek', priority: 'high' });
    p = moveActivityToCell(p, 'a1', 'place', 'organisation');
    expect(p.marketingMix.activities.map((a) => [a.id, a.p, a.level])).toEqual([
      ['a2', 'place', 'organisation'],
      ['a1', 'place', 'organisation'],
    ]);
    expect(moveActivityToCell(p, 'a1', 'place', 'organisation')).toBe(p);
    expect(moveActivityToCell(p, 'nope', 'price', 'policy')).toBe(p);
    expect(updateActivity(p, 'a1', { owner: 'Bibliotheek' })).toBe(p);
  });

  it('sets the intro and deleting an activity unlinks it from recommendations', () => {
    let p = setMixIntro(base(), richTextFromPlain('De mix volgt de inzichten.'));
    p = addActivity(p, 'product', 'policy', 'a1');
    p = updateAdviceItem(addAdviceItem(p, 'recommendations', 'r1'), 'recommendations', 'r1', { activityIds: ['a1'] });
    p = removeActivity(p, 'a1');
    expect(p.marketingMix.activities).toEqual([]);
    expect(p.advice.recommendations[0].activityIds).toEqual([]);
    expect(p.marketingMix.intro.content).toHaveLength(1);
  });
});

describe('marketing mix warnings', () => {
  it('finds activities that answer no insight and segments without activity', () => {
    let p = addSegment(addSegment(base(), 's1'), 's2');
    p = addActivity(addActivity(p, 'price', 'execution', 'a1'), 'price', 'execution', 'a2');
    p = updateActivity(p, 'a1', { insightIds: ['i1'], segmentIds: ['s2'] });
    expect(activitiesWithoutInsight(p.marketingMix.activities).map((a) => a.id)).toEqual(['a2']);
    expect(segmentsWithoutActivity(p.insights.segments, p.marketingMix.activities).map((s) => s.id)).toEqual(['s1']);
  });

  it('keeps a switched-off P visible while it still holds activities', () => {
    let p = setPEnabled(base(), 'policy', true);
    p = addActivity(p, 'policy', 'policy', 'a1');
    p = setPEnabled(p, 'policy', false);
    expect(visiblePs(p.marketingMix.enabledPs, p.marketingMix.activities)).toEqual(['product', 'price', 'place', 'promotion', 'policy']);
    expect(visiblePs(p.marketingMix.enabledPs, [])).toEqual(['product', 'price', 'place', 'promotion']);
  });
});
