// Delivering a project: what the municipality receives. Personal data of
// respondents is removed first, the status becomes "delivered", and the
// fingerprint of the result is recorded so the recipient can check it later.
// The app opens such a file read-only (comments still allowed).

import type { Language } from '../language';
import type { Project } from '../model/project';
import { fingerprintProject } from './fingerprint';
import { pseudonymiseProject } from './pseudonymise';

export interface DeliverOptions {
  now: Date;
  /** Name of the person delivering, as shown to the recipient. */
  deliveredBy: string;
  /** Language of the pseudonyms ("Respondent 1"); normally the report language. */
  language: Language;
}

export async function deliverProject(project: Project, options: DeliverOptions): Promise<Project> {
  const time = options.now.toISOString();
  const pseudonymised = pseudonymiseProject(project, options.language);
  const delivered: Project = {
    ...pseudonymised,
    updatedAt: time,
    assignment: { ...pseudonymised.assignment, status: 'delivered' },
    // A delivered file is the municipality's copy, not a review copy.
    review: { ...pseudonymised.review, copy: null },
    delivery: null,
  };
  const value = await fingerprintProject(delivered);
  return {
    ...delivered,
    delivery: { deliveredAt: time, deliveredBy: options.deliveredBy.trim(), fingerprint: { algorithm: 'sha-256', value }, pseudonymised: true },
  };
}
