// Edits of measurement scales (e.g. a five-level digital-skills scale): the
// scale's name and description and its levels. Levels are kept in rank order
// and renumbered 1…n after every add, remove or move, so the stored rank and
// the order on screen never disagree. Deleting a scale clears the scale of
// the indicators that used it.

import type { Project } from '../../../shared/model/project';
import type { Scale, ScaleLevel } from '../../../shared/model/monitoring';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { changes, patchMonitoring } from './monitoring-patch';

/** The levels by rank (stable for equal ranks), lowest first. */
export function orderedLevels(levels: readonly ScaleLevel[]): ScaleLevel[] {
  return levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => a.level.rank - b.level.rank || a.index - b.index)
    .map(({ level }) => level);
}

/** The levels in this order with ranks 1…n; unchanged levels keep their identity. */
export function renumber(levels: readonly ScaleLevel[]): ScaleLevel[] {
  return levels.map((level, index) => (level.rank === index + 1 ? level : { ...level, rank: index + 1 }));
}

function withScales(project: Project, scales: Scale[]): Project {
  return patchMonitoring(project, 'scales', scales);
}

export function addScale(project: Project, id: string = newId(), init: Partial<Omit<Scale, 'id'>> = {}): Project {
  const scale: Scale = { id, name: '', description: '', levels: [], ...init };
  return withScales(project, appendItem(project.monitoring.scales, { ...scale, levels: renumber(scale.levels) }));
}

export function updateScale(project: Project, id: string, patch: Partial<Pick<Scale, 'name' | 'description'>>): Project {
  return withScales(
    project,
    updateItem(project.monitoring.scales, id, (scale) => (changes(scale, patch) ? { ...scale, ...patch } : scale)),
  );
}

export function removeScale(project: Project, id: string): Project {
  const scales = removeItem(project.monitoring.scales, id);
  if (scales === project.monitoring.scales) return project;
  return removeReferences(withScales(project, scales), id);
}

export function moveScale(project: Project, id: string, direction: MoveDirection): Project {
  return withScales(project, moveItem(project.monitoring.scales, id, direction));
}

function withLevels(project: Project, scaleId: string, edit: (levels: ScaleLevel[]) => ScaleLevel[]): Project {
  return withScales(
    project,
    updateItem(project.monitoring.scales, scaleId, (scale) => {
      const ordered = orderedLevels(scale.levels);
      const next = renumber(edit(ordered));
      const same = next.length === scale.levels.length && next.every((level, i) => level === scale.levels[i]);
      return same ? scale : { ...scale, levels: next };
    }),
  );
}

/** Adds a level above the highest one. */
export function addLevel(project: Project, scaleId: string, id: string = newId()): Project {
  return withLevels(project, scaleId, (levels) => appendItem(levels, { id, rank: levels.length + 1, label: '', description: '' }));
}

export function updateLevel(
  project: Project,
  scaleId: string,
  levelId: string,
  patch: Partial<Pick<ScaleLevel, 'label' | 'description'>>,
): Project {
  return withLevels(project, scaleId, (levels) =>
    updateItem(levels, levelId, (level) => (changes(level, patch) ? { ...level, ...patch } : level)),
  );
}

export function removeLevel(project: Project, scaleId: string, levelId: string): Project {
  const before = project.monitoring.scales;
  const next = withLevels(project, scaleId, (levels) => removeItem(levels, levelId));
  return next.monitoring.scales === before ? next : removeReferences(next, levelId);
}

/** Moves a level one rank down ('up' in the list = lower rank) or up. */
export function moveLevel(project: Project, scaleId: string, levelId: string, direction: MoveDirection): Project {
  return withLevels(project, scaleId, (levels) => moveItem(levels, levelId, direction));
}
