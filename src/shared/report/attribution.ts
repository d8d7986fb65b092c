// Who said a quote, as the report may show it: respondent group and
// pseudonymous code ("Ouder, R03"). Never a name — the interview's respondent
// fields are personal data and are not read here. The interviews and groups
// are indexed once per report, not searched once per quote.

import type { Project } from '../model/project';
import { cleanText } from './text';

/** Items by id; with a duplicated id the first item wins, as `find` would. */
export function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** The attribution of a quote from the given interview ('' for an unknown interview). */
export function quoteAttributions(project: Project): (interviewId: string) => string {
  const interviews = firstById(project.partners.interviews);
  const groups = firstById(project.partners.respondentGroups);
  return (interviewId) => {
    const interview = interviews.get(interviewId);
    if (!interview) return '';
    const group = groups.get(interview.respondentGroupId);
    return [group?.name ?? '', interview.code].map((part) => cleanText(part).trim()).filter(Boolean).join(', ');
  };
}
