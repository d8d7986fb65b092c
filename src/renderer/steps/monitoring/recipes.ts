// Edits of the monitoring introduction and the pilot ("proeftuin") plan with
// its phases. Scales and indicators have their own recipe files.

import type { Project } from '../../../shared/model/project';
import type { Pilot, PilotPhase } from '../../../shared/model/monitoring';
import type { RichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { sameRichText } from '../../components/rich-text/convert';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { changes, patchMonitoring } from './monitoring-patch';

// The editor reports its content again when it merely becomes editable; a
// document that says the same thing is no edit, so no undo step is recorded.
export function setMonitoringIntro(project: Project, intro: RichText): Project {
  if (sameRichText(project.monitoring.intro, intro)) return project;
  return patchMonitoring(project, 'intro', intro);
}

export function updatePilot(project: Project, patch: Partial<Pick<Pilot, 'name' | 'description' | 'location'>>): Project {
  const pilot = project.monitoring.pilot;
  const { description, ...plain } = patch;
  const next = { ...plain, ...(description && !sameRichText(pilot.description, description) ? { description } : {}) };
  return changes(pilot, next) ? patchMonitoring(project, 'pilot', { ...pilot, ...next }) : project;
}

function withPhases(project: Project, phases: PilotPhase[]): Project {
  const pilot = project.monitoring.pilot;
  return phases === pilot.phases ? project : patchMonitoring(project, 'pilot', { ...pilot, phases });
}

export function addPhase(project: Project, id: string = newId()): Project {
  return withPhases(project, appendItem(project.monitoring.pilot.phases, { id, title: '', start: '', end: '', description: '' }));
}

export function updatePhase(
  project: Project,
  id: string,
  patch: Partial<Pick<PilotPhase, 'title' | 'start' | 'end' | 'description'>>,
): Project {
  return withPhases(
    project,
    updateItem(project.monitoring.pilot.phases, id, (phase) => (changes(phase, patch) ? { ...phase, ...patch } : phase)),
  );
}

export function removePhase(project: Project, id: string): Project {
  const phases = removeItem(project.monitoring.pilot.phases, id);
  if (phases === project.monitoring.pilot.phases) return project;
  return removeReferences(withPhases(project, phases), id);
}

export function movePhase(project: Project, id: string, direction: MoveDirection): Project {
  return withPhases(project, moveItem(project.monitoring.pilot.phases, id, direction));
}
