import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { SegmentSchema } from '../../../../src/shared/model/insights';
import { removeReferences } from '../../../../src/shared/model/operations';
import {
  addIndicator,
  moveIndicator,
  removeIndicator,
  setIndicatorTarget,
  targetFor,
  updateIndicator,
} from '../../../../src/renderer/steps/monitoring/indicator-recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));

describe('indicator recipes', () => {
  it('adds an outcome indicator without scale, edits, moves and removes it', () => {
    let p = addIndicator(base(), 'i1');
    expect(p.monitoring.indicators[0]).toMatchObject({ id: 'i1', kind: 'outcome', scaleId: null, targets: [] });
    p = addIndicator(p, 'i2');
    p = updateIndicator(p, 'i2', { name: 'Bereik', kind: 'output', unit: '%', source: 'App', frequency: 'Maandelijks' });
    expect(p.monitoring.indicators[1]).toMatchObject({ name: 'Bereik', kind: 'output', unit: '%', source: 'App', frequency: 'Maandelijks' });
    expect(updateIndicator(p, 'i2', { kind: 'output' })).toBe(p);
    p = moveIndicator(p, 'i2', 'up');
    expect(p.monitoring.indicators.map((i) => i.id)).toEqual(['i2', 'i1']);
    p = removeIndicator(p, 'i2');
    expect(p.monitoring.indicators.map((i) => i.id)).toEqual(['i1']);
    expect(removeIndicator(p, 'i2')).toBe(p);
  });

  it('stores baseline and target per segment and for the whole group, dropping rows left empty', () => {
    let p = addIndicator(base(), 'i1');
    p = setIndicatorTarget(p, 'i1', null, 'baseline', '30%');
    p = setIndicatorTarget(p, 'i1', 'seg-a', 'target', '55%');
    p = setIndicatorTarget(p, 'i1', null, 'target', '50%');
    expect(p.monitoring.indicators[0].targets).toEqual([
      { segmentId: null, baseline: '30%', target: '50%' },
      { segmentId: 'seg-a', baseline: '', target: '55%' },
    ]);
    expect(targetFor(p.monitoring.indicators[0], 'seg-b')).toEqual({ segmentId: 'seg-b', baseline: '', target: '' });
    expect(setIndicatorTarget(p, 'i1', null, 'baseline', '30%')).toBe(p);
    expect(setIndicatorTarget(p, 'i1', 'seg-b', 'baseline', '')).toBe(p);
    p = setIndicatorTarget(p, 'i1', 'seg-a', 'target', '');
    expect(p.monitoring.indicators[0].targets.map((t) => t.segmentId)).toEqual([null]);
  });

  it('a deleted segment takes its baseline/target rows with it', () => {
    let p = addIndicator(base(), 'i1');
    p = { ...p, insights: { ...p.insights, segments: [SegmentSchema.parse({ id: 'seg-a', name: 'Nieuwkomers' })] } };
    p = setIndicatorTarget(p, 'i1', 'seg-a', 'baseline', '2');
    p = setIndicatorTarget(p, 'i1', null, 'baseline', '3');
    p = removeReferences({ ...p, insights: { ...p.insights, segments: [] } }, 'seg-a');
    expect(p.monitoring.indicators[0].targets).toEqual([{ segmentId: null, baseline: '3', target: '' }]);
  });
});
