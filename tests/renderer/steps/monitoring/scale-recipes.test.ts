import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { MonitoringSchema } from '../../../../src/shared/model/monitoring';
import {
  addLevel,
  addScale,
  moveLevel,
  moveScale,
  orderedLevels,
  removeLevel,
  removeScale,
  updateLevel,
  updateScale,
} from '../../../../src/renderer/steps/monitoring/scale-recipes';
import { addIndicator, updateIndicator } from '../../../../src/renderer/steps/monitoring/indicator-recipes';
import { digitalSkillsScale } from '../../../../src/renderer/steps/monitoring/digital-skills-template';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));
const levelsOf = (p: Project, scaleId: string) =>
  p.monitoring.scales.find((s) => s.id === scaleId)?.levels.map((l) => [l.rank, l.label]);

describe('scale recipes', () => {
  it('adds, renames, moves and removes scales', () => {
    let p = addScale(base(), 's1');
    p = addScale(p, 's2');
    p = updateScale(p, 's2', { name: 'Betrokkenheid', description: 'Vijf niveaus' });
    expect(p.monitoring.scales[1]).toEqual({ id: 's2', name: 'Betrokkenheid', description: 'Vijf niveaus', levels: [] });
    expect(updateScale(p, 's2', { name: 'Betrokkenheid' })).toBe(p);
    p = moveScale(p, 's2', 'up');
    expect(p.monitoring.scales.map((s) => s.id)).toEqual(['s2', 's1']);
    p = removeScale(p, 's1');
    expect(p.monitoring.scales.map((s) => s.id)).toEqual(['s2']);
    expect(removeScale(p, 's1')).toBe(p);
  });

  it('keeps levels numbered 1…n through add, move and remove', () => {
    let p = addScale(base(), 's');
    p = addLevel(p, 's', 'a');
    p = addLevel(p, 's', 'b');
    p = addLevel(p, 's', 'c');
    p = updateLevel(p, 's', 'a', { label: 'Laag' });
    p = updateLevel(p, 's', 'b', { label: 'Midden' });
    p = updateLevel(p, 's', 'c', { label: 'Hoog', description: 'Doet het zelfstandig' });
    expect(levelsOf(p, 's')).toEqual([[1, 'Laag'], [2, 'Midden'], [3, 'Hoog']]);
    p = moveLevel(p, 's', 'c', 'up');
    expect(levelsOf(p, 's')).toEqual([[1, 'Laag'], [2, 'Hoog'], [3, 'Midden']]);
    expect(moveLevel(p, 's', 'a', 'up')).toBe(p);
    p = removeLevel(p, 's', 'a');
    expect(levelsOf(p, 's')).toEqual([[1, 'Hoog'], [2, 'Midden']]);
    expect(removeLevel(p, 's', 'a')).toBe(p);
    expect(updateLevel(p, 's', 'b', { label: 'Midden' })).toBe(p);
  });

  it('orders levels stored out of order by rank, and renumbers them on the next edit', () => {
    const monitoring = MonitoringSchema.parse({
      scales: [{ id: 's', levels: [{ id: 'x', rank: 5, label: 'Top' }, { id: 'y', rank: 2, label: 'Onder' }] }],
    });
    let p: Project = { ...base(), monitoring };
    expect(orderedLevels(p.monitoring.scales[0].levels).map((l) => l.id)).toEqual(['y', 'x']);
    p = addLevel(p, 's', 'z');
    expect(p.monitoring.scales[0].levels.map((l) => [l.id, l.rank])).toEqual([['y', 1], ['x', 2], ['z', 3]]);
  });

  it('removing a scale clears it from the indicators measured on it', () => {
    let p = addScale(base(), 's1');
    p = addIndicator(p, 'i1');
    p = updateIndicator(p, 'i1', { scaleId: 's1' });
    p = removeScale(p, 's1');
    expect(p.monitoring.indicators[0].scaleId).toBeNull();
  });

  it('adds a scale from the digital-skills template with five described, ranked levels in each language', () => {
    for (const language of ['nl', 'en'] as const) {
      let n = 0;
      const scale = digitalSkillsScale(language, () => `id${++n}`);
      expect(scale.levels.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5]);
      expect(scale.levels.every((l) => l.label !== '' && l.description.length > 20)).toBe(true);
      expect(new Set([scale.id, ...scale.levels.map((l) => l.id)]).size).toBe(6);
      const p = addScale(base(), scale.id, scale);
      expect(p.monitoring.scales[0]).toEqual(scale);
    }
    expect(digitalSkillsScale('nl').name).not.toBe(digitalSkillsScale('en').name);
  });
});
