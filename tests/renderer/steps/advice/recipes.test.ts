import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  addAdviceItem,
  adviceLists,
  moveAdviceItem,
  removeAdviceItem,
  setAdviceText,
  updateAdviceItem,
} from '../../../../src/renderer/steps/advice/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));

describe('advice recipes', () => {
  it('sets the management summary and the conclusion separately', () => {
    const summary = richTextFromPlain('Kort gezegd: begin bij de buurt.');
    const p = setAdviceText(base(), 'managementSummary', summary);
    expect(p.advice.managementSummary).toBe(summary);
    expect(p.advice.conclusion.content).toEqual([]);
    expect(setAdviceText(p, 'managementSummary', summary)).toBe(p);
  });

  it.each(adviceLists)('adds, moves and removes items of %s', (list) => {
    let p = addAdviceItem(addAdviceItem(base(), list, 'x1'), list, 'x2');
    p = updateAdviceItem(p, list, 'x2', { title: 'Tweede' });
    p = moveAdviceItem(p, list, 'x2', 'up');
    expect(p.advice[list].map((i) => [i.id, i.title])).toEqual([['x2', 'Tweede'], ['x1', '']]);
    expect(moveAdviceItem(p, list, 'x2', 'up')).toBe(p);
    p = removeAdviceItem(p, list, 'x2');
    expect(p.advice[list].map((i) => i.id)).toEqual(['x1']);
    expect(removeAdviceItem(p, list, 'x2')).toBe(p);
  });

  it('gives each kind of item its own fields', () => {
    let p = addAdviceItem(base(), 'goodExamples', 'g1');
    p = addAdviceItem(p, 'recommendations', 'r1');
    p = updateAdviceItem(p, 'goodExamples', 'g1', { place: 'Zwolle', sourceId: 's1' });
    p = updateAdviceItem(p, 'recommendations', 'r1', { priority: 'high', insightIds: ['i1'], activityIds: ['a1'] });
    expect(p.advice.goodExamples[0]).toMatchObject({ place: 'Zwolle', sourceId: 's1' });
    expect(p.advice.recommendations[0]).toMatchObject({ priority: 'high', insightIds: ['i1'], activityIds: ['a1'] });
  });

  it('deleting a source clears the source of a good example (shared clean-up)', async () => {
    const { removeReferences } = await import('../../../../src/shared/model/operations');
    let p = addAdviceItem(base(), 'goodExamples', 'g1');
    p = updateAdviceItem(p, 'goodExamples', 'g1', { sourceId: 's1' });
    expect(removeReferences(p, 's1').advice.goodExamples[0].sourceId).toBeNull();
  });
});
