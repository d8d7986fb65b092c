import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, removeReferences, updateItem } from '../../../src/shared/model/operations';
import { citedSourceIds } from '../../../src/shared/model/rich-text';
import { filledProject, ids } from '../filled-project';

const list = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }];

describe('list operations', () => {
  it('adds at the end or at an index without touching the input', () => {
    expect(addItem(list, { id: 'd', n: 4 }).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(addItem(list, { id: 'd', n: 4 }, 1).map((x) => x.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(list).toHaveLength(3);
  });

  it('updates one item by id and never changes its id', () => {
    const next = updateItem(list, 'b', { n: 20, id: 'zzz' });
    expect(next[1]).toEqual({ id: 'b', n: 20 });
    expect(list[1].n).toBe(2);
    expect(updateItem(list, 'missing', { n: 0 })).toBe(list);
  });

  it('removes by id', () => {
    expect(removeItem(list, 'a').map((x) => x.id)).toEqual(['b', 'c']);
    expect(removeItem(list, 'missing')).toBe(list);
  });

  it('moves an item between positions, clamping out-of-range indexes', () => {
    expect(moveItem(list, 0, 2).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 1, 99).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(list.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('removeReferences', () => {
  it('removes a deleted finding from determinant and insight evidence', () => {
    const before = filledProject();
    const after = removeReferences(before, ids.finding);
    expect(after.targetGroup.determinants[0].evidence.findingIds).toEqual([]);
    expect(after.insights.insights[0].evidence.findingIds).toEqual([]);
    expect(after.insights.insights[0].evidence.quoteIds).toEqual([ids.quote]);
    expect(before.targetGroup.determinants[0].evidence.findingIds).toEqual([ids.finding]);
  });

  it('removes a deleted source from citations, theories, rich text and good examples', () => {
    const after = removeReferences(filledProject(), ids.source);
    expect(after.deskResearch.findings[0].citations).toEqual([{ sourceId: ids.source2, locator: '' }]);
    expect(citedSourceIds(after.context.approach)).toEqual([]);
    // The in-text citation had only this source, so it disappears; the text stays.
    expect(after.context.approach.content[0]).toEqual({ type: 'paragraph', content: [
      { type: 'text', text: 'Aanpak volgens ', marks: [{ type: 'bold' }] }] });
    expect(after.advice.goodExamples[0].sourceId).toBeNull();
    const other = removeReferences(filledProject(), ids.source2);
    expect(other.deskResearch.theories[0].sourceIds).toEqual([]);
    expect(other.deskResearch.findings[0].citations).toEqual([{ sourceId: ids.source, locator: 'p. 12' }]);
  });

  it('removes a deleted segment from insights, activities and indicator targets', () => {
    const after = removeReferences(filledProject(), ids.segment);
    expect(after.insights.insights[0].segmentIds).toEqual([]);
    expect(after.marketingMix.activities.every((a) => a.segmentIds.length === 0)).toBe(true);
    expect(after.monitoring.indicators[0].targets).toEqual([{ segmentId: null, baseline: '15%', target: '25%' }]);
  });

  it('handles themes, insights, activities, scales, questions and respondent groups', () => {
    const p = filledProject();
    expect(removeReferences(p, ids.theme).partners.quotes[0].themeIds).toEqual([]);
    const noInsight = removeReferences(p, ids.insight);
    expect(noInsight.marketingMix.activities[0].insightIds).toEqual([]);
    expect(noInsight.advice.recommendations[0].insightIds).toEqual([]);
    expect(noInsight.review.comments[0].target).toMatchObject({ kind: 'section', stepId: 'insights', itemId: null });
    expect(removeReferences(p, ids.activity).advice.recommendations[0].activityIds).toEqual([]);
    expect(removeReferences(p, ids.scale).monitoring.indicators[0].scaleId).toBeNull();
    expect(removeReferences(p, ids.guideQuestion).partners.quotes[0].questionId).toBe('');
    expect(removeReferences(p, ids.group).partners.interviews[0].respondentGroupId).toBe('');
    expect(removeReferences(p, ids.quote).targetGroup.determinants[0].evidence.quoteIds).toEqual([]);
  });

  it('never deletes items and keeps untouched parts by reference', () => {
    const p = filledProject();
    const after = removeReferences(p, ids.theme);
    expect(after.partners.themes.map((t) => t.id)).toContain(ids.theme);
    expect(after.advice).toBe(p.advice);
    expect(after.deskResearch).toBe(p.deskResearch);
    expect(removeReferences(p, 'no-such-id')).toBe(p);
  });
});
