import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import {
  addInsight,
  addSegment,
  moveInsight,
  moveSegment,
  removeInsight,
  removeSegment,
  setInsightEvidence,
  updateInsight,
  updatePersona,
  updateSegment,
} from '../../../../src/renderer/steps/insights/recipes';
import { addActivity, updateActivity } from '../../../../src/renderer/steps/marketing-mix/recipes';
import { addAdviceItem, updateAdviceItem } from '../../../../src/renderer/steps/advice/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));

describe('insight recipes', () => {
  it('adds, edits, types and moves insights without touching the input', () => {
    const start = Object.freeze(base());
    let p = addInsight(addInsight(start, 'i1'), 'i2');
    p = updateInsight(p, 'i2', { title: 'Ouders vertrouwen de buurtvrouw', type: 'motivator' });
    p = moveInsight(p, 'i2', 'up');
    expect(p.insights.insights.map((i) => [i.id, i.title, i.type])).toEqual([
      ['i2', 'Ouders vertrouwen de buurtvrouw', 'motivator'],
      ['i1', '', 'barrier'],
    ]);
    expect(start.insights.insights).toEqual([]);
    expect(p.marketingMix).toBe(start.marketingMix);
  });

  it('returns the same project when an edit changes nothing', () => {
    const p = updateInsight(addInsight(base(), 'i1'), 'i1', { title: 'x' });
    expect(updateInsight(p, 'i1', { title: 'x' })).toBe(p);
    expect(updateInsight(p, 'nope', { title: 'y' })).toBe(p);
    expect(setInsightEvidence(p, 'i1', { quoteIds: p.insights.insights[0].evidence.quoteIds })).toBe(p);
    expect(moveInsight(p, 'i1', 'up')).toBe(p);
    expect(removeInsight(p, 'nope')).toBe(p);
  });

  it('links evidence per kind, keeping the other kind', () => {
    let p = addInsight(base(), 'i1');
    p = setInsightEvidence(p, 'i1', { quoteIds: ['q1', 'q2'] });
    p = setInsightEvidence(p, 'i1', { findingIds: ['f1'] });
    expect(p.insights.insights[0].evidence).toEqual({ quoteIds: ['q1', 'q2'], findingIds: ['f1'] });
  });

  it('deleting an insight unlinks it from activities and recommendations', () => {
    let p = addInsight(addInsight(base(), 'i1'), 'i2');
    p = updateActivity(addActivity(p, 'price', 'organisation', 'a1'), 'a1', { insightIds: ['i1', 'i2'] });
    p = updateAdviceItem(addAdviceItem(p, 'recommendations', 'r1'), 'recommendations', 'r1', { insightIds: ['i1'] });
    p = removeInsight(p, 'i1');
    expect(p.insights.insights.map((i) => i.id)).toEqual(['i2']);
    expect(p.marketingMix.activities[0].insightIds).toEqual(['i2']);
    expect(p.advice.recommendations[0].insightIds).toEqual([]);
  });
});

describe('segment recipes', () => {
  it('edits a segment, its string lists and its persona', () => {
    let p = addSegment(base(), 's1');
    p = updateSegment(p, 's1', { name: 'Drukke werkende ouders', share: 'ca. 40%', channels: ['WhatsApp', 'school'] });
    p = updatePersona(p, 's1', { name: 'Samira', age: '31' });
    const s = p.insights.segments[0];
    expect(s).toMatchObject({ name: 'Drukke werkende ouders', share: 'ca. 40%', channels: ['WhatsApp', 'school'] });
    expect(s.persona).toMatchObject({ name: 'Samira', age: '31', quote: '' });
    expect(updatePersona(p, 's1', { name: 'Samira' })).toBe(p);
  });

  it('moves segments and deleting one unlinks it from insights and activities', () => {
    let p = addSegment(addSegment(base(), 's1'), 's2');
    p = moveSegment(p, 's2', 'up');
    expect(p.insights.segments.map((s) => s.id)).toEqual(['s2', 's1']);
    p = updateInsight(addInsight(p, 'i1'), 'i1', { segmentIds: ['s1', 's2'] });
    p = updateActivity(addActivity(p, 'place', 'execution', 'a1'), 'a1', { segmentIds: ['s1'] });
    p = removeSegment(p, 's1');
    expect(p.insights.segments.map((s) => s.id)).toEqual(['s2']);
    expect(p.insights.insights[0].segmentIds).toEqual(['s2']);
    expect(p.marketingMix.activities[0].segmentIds).toEqual([]);
  });
});

describe('string lists of a segment', () => {
  it('keeps trimmed, non-empty lines only', async () => {
    const { linesToList } = await import('../../../../src/renderer/steps/insights/StringListField');
    expect(linesToList('  WhatsApp \n\nSchoolplein\n  \n')).toEqual(['WhatsApp', 'Schoolplein']);
    expect(linesToList('')).toEqual([]);
  });
});
