// The evidence index of the open project, rebuilt only when one of the lists
// a trail reads changes: typing in an activity's title leaves it (and every
// memoised trail below it) alone.

import { useMemo } from 'react';
import type { Project } from '../../../shared/model/project';
import { buildEvidenceIndex, type EvidenceIndex } from './evidence-trail';

export function useEvidenceIndex(project: Project, includeActivities: boolean): EvidenceIndex {
  const insights = project.insights.insights;
  const { quotes, interviews } = project.partners;
  const { findings, sources } = project.deskResearch;
  // The mix step needs no activities in its index (activity trails start at insights),
  // so edits to activities there do not rebuild it.
  const activities = includeActivities ? project.marketingMix.activities : noActivities;
  return useMemo(
    () => buildEvidenceIndex({ insights, quotes, interviews, findings, sources, activities }),
    [insights, quotes, interviews, findings, sources, activities],
  );
}

const noActivities: Project['marketingMix']['activities'] = [];
