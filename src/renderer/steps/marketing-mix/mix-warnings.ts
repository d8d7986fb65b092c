// Consistency warnings of the marketing mix: an activity that answers no
// insight is not grounded in research, and a segment no activity reaches is
// left out of the plan.

import type { Activity, MarketingP } from '../../../shared/model/marketing-mix';
import type { Segment } from '../../../shared/model/insights';
import { marketingPs } from '../../../shared/model/marketing-mix';

export function activitiesWithoutInsight(activities: readonly Activity[]): Activity[] {
  return activities.filter((a) => a.insightIds.length === 0);
}

export function segmentsWithoutActivity(segments: readonly Segment[], activities: readonly Activity[]): Segment[] {
  const reached = new Set(activities.flatMap((a) => a.segmentIds));
  return segments.filter((s) => !reached.has(s.id));
}

/**
 * The Ps shown as rows: the enabled ones plus any switched-off P that still
 * holds activities, so switching a P off never hides work. Canonical order.
 */
export function visiblePs(enabled: readonly MarketingP[], activities: readonly Activity[]): MarketingP[] {
  const used = new Set(activities.map((a) => a.p));
  return marketingPs.filter((p) => enabled.includes(p) || used.has(p));
}
