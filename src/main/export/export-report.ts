// Project → ReportDoc → file bytes: the one export path shared by the app's
// bridge handler and the CLI. It reads nothing and writes nothing itself (the
// callers choose where the bytes go), so both entry points produce identical
// files for the same project, format and language.

import type { ExportFormat } from '../../shared/ipc';
import type { Language } from '../../shared/language';
import type { Project } from '../../shared/model/project';
import { createCitationEngine } from '../../shared/citations/engine';
import { buildReport } from '../../shared/report/build-report';
import type { ReportDoc } from '../../shared/report/doc';

export const exportExtensions: Record<ExportFormat, string> = { docx: '.docx', pdf: '.pdf' };

export interface ExportReportOptions {
  format: ExportFormat;
  /** The report language (may differ from the interface language). */
  language: Language;
  /** Show open review comments (DOCX comments, PDF sticky notes) even when the report settings leave them out. */
  comments?: boolean;
  /** Creation date written into the file (PDF); default now. */
  now?: Date;
  /** Progress from 0 to 1; the last call is 1 once the bytes are complete. */
  onProgress?: (fraction: number) => void;
}

/**
 * Share of the progress bar spent on building the ReportDoc (citations are
 * formatted there, the slow part for large libraries); the renderer reports the rest.
 */
const BUILD_SHARE = 0.2;

/** The ReportDoc exactly as every export sees it: the real APA engine over the project's sources. */
export function reportDocFor(project: Project, language: Language): ReportDoc {
  const citations = createCitationEngine(project.deskResearch.sources, language);
  return buildReport(project, { language, citations });
}

export async function exportReport(project: Project, options: ExportReportOptions): Promise<Uint8Array> {
  const report = (fraction: number) => options.onProgress?.(Math.min(1, Math.max(0, fraction)));
  report(0);
  const built = reportDocFor(project, options.language);
  const doc = options.comments ? { ...built, includeComments: true } : built;
  report(BUILD_SHARE);
  const onProgress = (fraction: number) => report(BUILD_SHARE + (1 - BUILD_SHARE) * fraction);
  // Each renderer is loaded when first used: a DOCX export never parses the PDF typesetter and fonts, nor the other way round.
  const bytes =
    options.format === 'pdf'
      ? await (await import('./pdf/render-pdf')).renderPdf(doc, { onProgress, now: options.now })
      : await (await import('./docx/render-docx')).renderDocx(doc, { onProgress });
  report(1);
  return bytes;
}

/**
 * Suggested file name in the export dialog: `<slug of the title>-<yyyy-mm-dd><ext>`,
 * e.g. "ouderbetrokkenheid-in-de-voorschool-2026-11-22.docx". ASCII only, so
 * the name survives mail attachments and every file system the client uses.
 */
export function exportFileName(title: string, format: ExportFormat, today: Date): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'rapport'}-${localDate(today)}${exportExtensions[format]}`;
}

/** The user's calendar date (not UTC: an export at 00:30 is dated today). */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Linux save dialogs do not add the extension; without it no program opens the file. */
export function withExportExtension(path: string, format: ExportFormat): string {
  return path.toLowerCase().endsWith(exportExtensions[format]) ? path : `${path}${exportExtensions[format]}`;
}
