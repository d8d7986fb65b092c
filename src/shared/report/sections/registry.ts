// Which builder makes which report section. Title page, table of contents and
// references are not here: the first two are flags on the doc, the references
// need the finished report (see build-report.ts).

import type { ReportSectionKey } from '../../model/report-settings';
import type { BuildContext } from '../build-context';
import type { Section } from '../doc';
import { adviceSection } from './advice';
import { codebookSection, interviewGuideSection, respondentsSection } from './appendices';
import { approachSection, contextSection } from './context';
import { deskResearchSection } from './desk-research';
import { insightsSection } from './insights';
import { managementSummarySection } from './management-summary';
import { marketingMixSection } from './marketing-mix';
import { monitoringSection } from './monitoring';
import { partnersSection } from './partners';
import { segmentsSection } from './segments';
import { targetGroupSection } from './target-group';

export type ContentSectionKey = Exclude<ReportSectionKey, 'title-page' | 'toc' | 'references'>;

export const sectionBuilders: Record<ContentSectionKey, (ctx: BuildContext) => Section | null> = {
  'management-summary': managementSummarySection,
  context: contextSection,
  approach: approachSection,
  'target-group': targetGroupSection,
  'desk-research': deskResearchSection,
  partners: partnersSection,
  insights: insightsSection,
  segments: segmentsSection,
  'marketing-mix': marketingMixSection,
  advice: adviceSection,
  monitoring: monitoringSection,
  'appendix-interview-guide': interviewGuideSection,
  'appendix-respondents': respondentsSection,
  'appendix-codebook': codebookSection,
};
