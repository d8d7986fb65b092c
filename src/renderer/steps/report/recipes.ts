// Edits of the report settings as pure recipes Project → Project, so every
// change in the Report step goes through the shell's undo history. Each works
// on the complete section list (withAllSections), so a file that misses a
// section still reorders predictably.

import type { Project } from '../../../shared/model/project';
import { withAllSections, type ReportSectionKey, type ReportSettings } from '../../../shared/model/report-settings';

const withReport = (project: Project, patch: Partial<ReportSettings>): Project => ({
  ...project,
  report: { ...project.report, ...patch },
});

export const setSectionIncluded =
  (key: ReportSectionKey, included: boolean) =>
  (project: Project): Project =>
    withReport(project, {
      sections: withAllSections(project.report.sections).map((s) => (s.key === key ? { ...s, included } : s)),
    });

/** Moves a section one place up (-1) or down (+1); nothing happens at either end. */
export const moveSection =
  (key: ReportSectionKey, direction: -1 | 1) =>
  (project: Project): Project => {
    const sections = [...withAllSections(project.report.sections)];
    const from = sections.findIndex((s) => s.key === key);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= sections.length) return project;
    [sections[from], sections[to]] = [sections[to], sections[from]];
    return withReport(project, { sections });
  };

export const setMixLayout =
  (mixLayout: ReportSettings['mixLayout']) =>
  (project: Project): Project =>
    withReport(project, { mixLayout });

export const setIncludeOpenComments =
  (include: boolean) =>
  (project: Project): Project =>
    withReport(project, { includeOpenCommentsInExports: include });
