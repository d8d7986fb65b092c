// Project → ReportDoc, the one place that decides what the report says.
// Sections follow project.report.sections (order and inclusion); each builder
// returns null when it has nothing to show, so empty parts leave no heading.
// The references are built last, from the citations actually in the report,
// and open comments are placed once all blocks exist.

import type { Language } from '../language';
import type { Project } from '../model/project';
import { withAllSections } from '../model/report-settings';
import { createBuildContext } from './build-context';
import type { CitationEngineLike } from './citation-port';
import type { ReportDoc, Section } from './doc';
import { placeComments } from './comments';
import { reportMeta } from './meta';
import { referencesSection } from './sections/references';
import { sectionBuilders } from './sections/registry';
import { visitBlocks, visitSections } from './walk';

export interface BuildReportOptions {
  /** Defaults to the project's report language. */
  language?: Language;
  citations: CitationEngineLike;
}

/** Source ids of every citation run, in reading order, each once. */
function citedInReadingOrder(sections: Section[]): string[] {
  const seen = new Set<string>();
  visitSections(sections, (section) => visitBlocks(section.blocks, (block) => {
    if (block.type !== 'paragraph' && block.type !== 'quote') return;
    for (const run of block.runs) if (run.sourceIds) for (const id of run.sourceIds) seen.add(id);
  }));
  return [...seen];
}

/** Figures and tables are numbered separately, in reading order. */
function numberFloats(sections: Section[]): void {
  let figures = 0;
  let tables = 0;
  visitSections(sections, (section) => visitBlocks(section.blocks, (block) => {
    if (block.type === 'figure') block.number = figures += 1;
    if (block.type === 'table') block.number = tables += 1;
  }));
}

export function buildReport(project: Project, options: BuildReportOptions): ReportDoc {
  const language = options.language ?? project.assignment.reportLanguage;
  const ctx = createBuildContext(project, language, options.citations);
  const settings = withAllSections(project.report.sections).filter((section) => section.included);
  const keys = settings.map((section) => section.key);

  const built = new Map<string, Section | null>();
  for (const key of keys) {
    if (key === 'title-page' || key === 'toc' || key === 'references') continue;
    built.set(key, sectionBuilders[key](ctx));
  }
  if (keys.includes('references')) {
    const content = [...built.values()].filter((section): section is Section => section !== null);
    built.set('references', referencesSection(ctx, options.citations, citedInReadingOrder(content)));
  }
  const sections = keys.map((key) => built.get(key)).filter((section): section is Section => section != null);

  numberFloats(sections);
  const comments = placeComments(sections, project.review.comments);
  return {
    meta: reportMeta(ctx),
    titlePage: keys.includes('title-page'),
    toc: keys.includes('toc'),
    labels: { ...ctx.labels.doc },
    sections,
    comments,
    includeComments: project.report.includeOpenCommentsInExports,
  };
}
