// One way to replace a part of step 9 in the project, keeping the project
// itself when nothing changed, so no empty undo step is recorded.

import type { Project } from '../../../shared/model/project';
import type { Monitoring } from '../../../shared/model/monitoring';

export function patchMonitoring<K extends keyof Monitoring>(project: Project, key: K, value: Monitoring[K]): Project {
  if (project.monitoring[key] === value) return project;
  return { ...project, monitoring: { ...project.monitoring, [key]: value } };
}

/** True when applying `changes` to `item` would change at least one field. */
export function changes<T extends object>(item: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((key) => item[key] !== patch[key]);
}
