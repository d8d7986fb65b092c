// The edits of step 7 (marketing mix) as pure recipes Project → Project. An
// activity lives in one cell of the matrix (a P × a level); moving it to
// another cell changes those two fields. Deleting an activity also removes it
// from the recommendations that named it.

import type { Project } from '../../../shared/model/project';
import type { Activity, ActivityLevel, MarketingMix, MarketingP } from '../../../shared/model/marketing-mix';
import { marketingPs } from '../../../shared/model/marketing-mix';
import type { RichText } from '../../../shared/model/rich-text';
import { emptyRichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, removeItem, updateItem } from '../../components/list-ops';
import { patchObject } from '../insights/patch';

export type ActivityPatch = Partial<
  Pick<Activity, 'p' | 'level' | 'title' | 'description' | 'segmentIds' | 'insightIds' | 'priority' | 'owner' | 'timing'>
>;

/** Partnership and policy may be switched on and off; the four classic Ps always show. */
export const optionalPs = ['partnership', 'policy'] as const satisfies readonly MarketingP[];

function withMix(project: Project, part: Partial<MarketingMix>): Project {
  const same = (Object.keys(part) as (keyof MarketingMix)[]).every((k) => part[k] === project.marketingMix[k]);
  return same ? project : { ...project, marketingMix: { ...project.marketingMix, ...part } };
}

export function setMixIntro(project: Project, intro: RichText): Project {
  return withMix(project, { intro });
}

export function setPEnabled(project: Project, p: MarketingP, enabled: boolean): Project {
  const current = project.marketingMix.enabledPs;
  if (current.includes(p) === enabled) return project;
  const wanted = new Set(enabled ? [...current, p] : current.filter((x) => x !== p));
  return withMix(project, { enabledPs: marketingPs.filter((x) => wanted.has(x)) });
}

export function newActivity(p: MarketingP, level: ActivityLevel, id: string = newId()): Activity {
  return {
    id,
    p,
    level,
    title: '',
    description: emptyRichText(),
    segmentIds: [],
    insightIds: [],
    priority: 'medium',
    owner: '',
    timing: '',
  };
}

export function addActivity(project: Project, p: MarketingP, level: ActivityLevel, id: string = newId()): Project {
  return withMix(project, { activities: appendItem(project.marketingMix.activities, newActivity(p, level, id)) });
}

export function updateActivity(project: Project, id: string, patch: ActivityPatch): Project {
  return withMix(project, { activities: updateItem(project.marketingMix.activities, id, (a) => patchObject<Activity>(a, patch)) });
}

/** Moves an activity to another cell; it lands last in that cell. */
export function moveActivityToCell(project: Project, id: string, p: MarketingP, level: ActivityLevel): Project {
  const activity = project.marketingMix.activities.find((a) => a.id === id);
  if (!activity || (activity.p === p && activity.level === level)) return project;
  const rest = project.marketingMix.activities.filter((a) => a.id !== id);
  return withMix(project, { activities: [...rest, { ...activity, p, level }] });
}

export function removeActivity(project: Project, id: string): Project {
  const activities = removeItem(project.marketingMix.activities, id);
  if (activities === project.marketingMix.activities) return project;
  return removeReferences(withMix(project, { activities }), id);
}
