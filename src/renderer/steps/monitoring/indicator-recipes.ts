// Edits of indicators: their fields, and the baseline and target per segment
// (segmentId null = the whole target group). A baseline/target row left
// entirely empty is not stored, so the file holds only what was filled in.

import type { Project } from '../../../shared/model/project';
import type { Indicator, IndicatorTarget } from '../../../shared/model/monitoring';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { changes, patchMonitoring } from './monitoring-patch';

export type IndicatorField = 'name' | 'description' | 'kind' | 'scaleId' | 'unit' | 'source' | 'frequency';

function withIndicators(project: Project, indicators: Indicator[]): Project {
  return patchMonitoring(project, 'indicators', indicators);
}

export function addIndicator(project: Project, id: string = newId()): Project {
  const indicator: Indicator = {
    id,
    name: '',
    description: '',
    kind: 'outcome',
    scaleId: null,
    unit: '',
    source: '',
    frequency: '',
    targets: [],
  };
  return withIndicators(project, appendItem(project.monitoring.indicators, indicator));
}

export function updateIndicator(project: Project, id: string, patch: Partial<Pick<Indicator, IndicatorField>>): Project {
  return withIndicators(
    project,
    updateItem(project.monitoring.indicators, id, (item) => (changes(item, patch) ? { ...item, ...patch } : item)),
  );
}

export function removeIndicator(project: Project, id: string): Project {
  const indicators = removeItem(project.monitoring.indicators, id);
  if (indicators === project.monitoring.indicators) return project;
  return removeReferences(withIndicators(project, indicators), id);
}

export function moveIndicator(project: Project, id: string, direction: MoveDirection): Project {
  return withIndicators(project, moveItem(project.monitoring.indicators, id, direction));
}

/** The baseline/target row for a segment (null = whole group), or an empty one. */
export function targetFor(indicator: Indicator, segmentId: string | null): IndicatorTarget {
  return indicator.targets.find((target) => target.segmentId === segmentId) ?? { segmentId, baseline: '', target: '' };
}

/** Sets the baseline or target of one segment's row, adding or dropping the row as needed. */
export function setIndicatorTarget(
  project: Project,
  indicatorId: string,
  segmentId: string | null,
  field: 'baseline' | 'target',
  value: string,
): Project {
  return withIndicators(
    project,
    updateItem(project.monitoring.indicators, indicatorId, (indicator) => {
      const index = indicator.targets.findIndex((target) => target.segmentId === segmentId);
      const current = index >= 0 ? indicator.targets[index] : { segmentId, baseline: '', target: '' };
      if (current[field] === value) return indicator;
      const next: IndicatorTarget = { ...current, [field]: value };
      const empty = next.baseline.trim() === '' && next.target.trim() === '';
      let targets: IndicatorTarget[];
      if (index < 0) targets = empty ? indicator.targets : [...indicator.targets, next];
      else if (empty) targets = indicator.targets.filter((_, i) => i !== index);
      else targets = indicator.targets.map((target, i) => (i === index ? next : target));
      return targets === indicator.targets ? indicator : { ...indicator, targets };
    }),
  );
}
