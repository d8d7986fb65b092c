// Who said a quote, as the report may show it: respondent group and
// pseudonymous code ("Ouder, R03"). Never a name — the interview's respondent
// fields are personal data and are not read here.

import type { Project } from '../model/project';
import { cleanText } from './text';

export function quoteAttribution(project: Project, interviewId: string): string {
  const interview = project.partners.interviews.find((item) => item.id === interviewId);
  if (!interview) return '';
  const group = project.partners.respondentGroups.find((item) => item.id === interview.respondentGroupId);
  return [group?.name ?? '', interview.code].map((part) => cleanText(part).trim()).filter(Boolean).join(', ');
}
