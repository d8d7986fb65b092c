// The edits of step 6 (insights and segments) as pure recipes Project →
// Project. Deleting an insight or a segment also removes every reference to
// it (activities, recommendations, other insights, indicator targets).

import type { Project } from '../../../shared/model/project';
import type { Insight, Insights, Persona, Segment } from '../../../shared/model/insights';
import { emptyRichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { patchObject } from './patch';

// Pick, not Omit: the model's loose objects carry an index signature that Omit would swallow.
export type InsightPatch = Partial<Pick<Insight, 'title' | 'description' | 'type' | 'segmentIds'>>;
export type SegmentPatch = Partial<
  Pick<Segment, 'name' | 'description' | 'share' | 'drivers' | 'barriers' | 'trustedPlaces' | 'channels'>
>;

function withInsights(project: Project, part: Partial<Insights>): Project {
  const next = { ...project.insights, ...part };
  const same = (Object.keys(part) as (keyof Insights)[]).every((k) => part[k] === project.insights[k]);
  return same ? project : { ...project, insights: next };
}

export function newInsight(id: string = newId()): Insight {
  return {
    id,
    title: '',
    description: emptyRichText(),
    type: 'barrier',
    evidence: { quoteIds: [], findingIds: [] },
    segmentIds: [],
  };
}

export function addInsight(project: Project, id: string = newId()): Project {
  return withInsights(project, { insights: appendItem(project.insights.insights, newInsight(id)) });
}

export function updateInsight(project: Project, id: string, patch: InsightPatch): Project {
  return withInsights(project, { insights: updateItem(project.insights.insights, id, (i) => patchObject<Insight>(i, patch)) });
}

/** Replaces the quotes or the findings behind an insight. */
export function setInsightEvidence(
  project: Project,
  id: string,
  evidence: Partial<Insight['evidence']>,
): Project {
  return withInsights(project, {
    insights: updateItem(project.insights.insights, id, (i) => {
      const next = patchObject(i.evidence, evidence);
      return next === i.evidence ? i : { ...i, evidence: next };
    }),
  });
}

export function removeInsight(project: Project, id: string): Project {
  const insights = removeItem(project.insights.insights, id);
  if (insights === project.insights.insights) return project;
  return removeReferences(withInsights(project, { insights }), id);
}

export function moveInsight(project: Project, id: string, direction: MoveDirection): Project {
  return withInsights(project, { insights: moveItem(project.insights.insights, id, direction) });
}

export function newSegment(id: string = newId()): Segment {
  return {
    id,
    name: '',
    description: emptyRichText(),
    share: '',
    drivers: [],
    barriers: [],
    trustedPlaces: [],
    channels: [],
    persona: { name: '', age: '', description: emptyRichText(), quote: '' },
  };
}

export function addSegment(project: Project, id: string = newId()): Project {
  return withInsights(project, { segments: appendItem(project.insights.segments, newSegment(id)) });
}

export function updateSegment(project: Project, id: string, patch: SegmentPatch): Project {
  return withInsights(project, { segments: updateItem(project.insights.segments, id, (s) => patchObject<Segment>(s, patch)) });
}

export function updatePersona(project: Project, id: string, patch: Partial<Persona>): Project {
  return withInsights(project, {
    segments: updateItem(project.insights.segments, id, (s) => {
      const persona = patchObject(s.persona, patch);
      return persona === s.persona ? s : { ...s, persona };
    }),
  });
}

export function removeSegment(project: Project, id: string): Project {
  const segments = removeItem(project.insights.segments, id);
  if (segments === project.insights.segments) return project;
  return removeReferences(withInsights(project, { segments }), id);
}

export function moveSegment(project: Project, id: string, direction: MoveDirection): Project {
  return withInsights(project, { segments: moveItem(project.insights.segments, id, direction) });
}
