// The window's export controller over the real bridge, plus what an export
// needs besides the project: the open document's id (known to the shell's file
// commands, which bind it here) and the report language chosen in the Report
// step. Both the step's buttons and the menu commands export through
// `exportOpenProject`, so they cannot behave differently.

import { api } from '../../bridge/api';
import type { ExportFormat } from '../../../shared/ipc';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { createExportController } from './export-controller';

export const exportController = createExportController(api);

let openDocument: () => { docId: string; project: Project } | null = () => null;
/** Language picked in the Report step, remembered per document for menu exports. */
let chosenLanguage: { docId: string; language: Language } | null = null;

export function bindOpenDocument(get: () => { docId: string; project: Project } | null): void {
  openDocument = get;
}

export function chooseExportLanguage(docId: string, language: Language): void {
  chosenLanguage = { docId, language };
}

/** The report language for a document: the one picked in the Report step, else the project's own. */
export function exportLanguageFor(docId: string, project: Project): Language {
  return chosenLanguage?.docId === docId ? chosenLanguage.language : project.assignment.reportLanguage;
}

export function openDocumentId(): string | null {
  return openDocument()?.docId ?? null;
}

/** Exports the open project in its current state (unsaved edits included). */
export async function exportOpenProject(format: ExportFormat): Promise<void> {
  const doc = openDocument();
  if (!doc) return;
  await exportController.run({ ...doc, format, language: exportLanguageFor(doc.docId, doc.project) });
}
