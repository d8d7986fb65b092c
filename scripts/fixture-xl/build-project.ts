// Assembles the XL fixture project from its parts and proves it sound before
// anyone writes it: the real schema must accept it unchanged and every id
// reference must resolve. Pure and deterministic: the seed decides everything.

import { ProjectSchema, type Project } from '../../src/shared/model/project';
import { defaultReportSections } from '../../src/shared/model/report-settings';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { collectDanglingReferences } from '../samples/references';
import { XL_CREATED_AT, XL_PROJECT_ID, XL_SAVED_WITH, XL_SEED, XL_UPDATED_AT } from './counts';
import { buildDeskResearch } from './desk-research';
import { buildOtherSteps } from './other-steps';
import { buildPartners } from './partners';
import { createRandom } from './random';
import { buildComments } from './review';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

export function buildXlProject(seed: number = XL_SEED): Project {
  const random = createRandom(seed);
  const deskResearch = buildDeskResearch(random);
  const partners = buildPartners(random);
  const steps = buildOtherSteps(random, {
    sourceIds: ids(deskResearch.sources),
    findingIds: ids(deskResearch.findings),
    quoteIds: ids(partners.quotes),
  });
  const comments = buildComments(random, {
    assignment: [],
    context: ids(steps.context.researchQuestions),
    'target-group': ids(steps.targetGroup.determinants),
    'desk-research': [...ids(deskResearch.sources), ...ids(deskResearch.findings)],
    partners: [...ids(partners.stakeholders), ...ids(partners.interviews), ...ids(partners.quotes)],
    insights: [...ids(steps.insights.insights), ...ids(steps.insights.segments)],
    'marketing-mix': ids(steps.marketingMix.activities),
    advice: ids(steps.advice.recommendations),
    monitoring: ids(steps.monitoring.indicators),
    report: [],
  });

  const project = ProjectSchema.parse({
    id: XL_PROJECT_ID,
    createdAt: XL_CREATED_AT,
    updatedAt: XL_UPDATED_AT,
    ...steps,
    deskResearch,
    partners,
    report: { sections: defaultReportSections(), mixLayout: 'matrix', includeOpenCommentsInExports: false },
    review: { comments, copy: null },
    delivery: null,
  });
  const dangling = collectDanglingReferences(project);
  if (dangling.length > 0) throw new Error(`XL fixture has dangling references:\n  ${dangling.slice(0, 20).join('\n  ')}`);
  return project;
}

/** The fixture as file text, exactly as the app would write it. */
export function xlProjectText(seed: number = XL_SEED): string {
  return serializeProject(buildXlProject(seed), XL_SAVED_WITH);
}
