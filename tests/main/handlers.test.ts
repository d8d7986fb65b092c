import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultFileName, withProjectExtension } from '../../src/main/handlers';
import { AppError } from '../../src/shared/errors';
import { createEmptyProject } from '../../src/shared/model/project';
import { CURRENT_FORMAT_VERSION } from '../../src/shared/project-file/envelope';
import { makeHandlerFixture, type HandlerFixture } from './handler-fixture';
import { docxPlainText } from './export/docx-readers';

let f: HandlerFixture;
beforeEach(async () => {
  f = await makeHandlerFixture();
});
afterEach(async () => {
  await f.cleanup();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('handlers: app info and preferences', () => {
  it('reports the host, app version and current file format', async () => {
    expect(await f.handlers.getAppInfo()).toEqual({
      appVersion: '9.9.9-test',
      formatVersion: CURRENT_FORMAT_VERSION,
      host: 'web',
      platform: 'test-os',
    });
  });

  it('persists preferences and tells the host, so Electron can rebuild its menu', async () => {
    const updated = await f.handlers.setPreferences({ language: 'en', author: { name: 'Anna', role: 'adviseur' } });
    expect(updated.language).toBe('en');
    expect(f.preferenceChanges).toEqual([updated]);
    const onDisk = JSON.parse(await readFile(join(f.dataDir, 'preferences.json'), 'utf8')) as { language: string };
    expect(onDisk.language).toBe('en');
    expect(await f.handlers.getPreferences()).toEqual(updated);
  });
});

describe('handlers: opening', () => {
  it('opens a file, returns its project and remembers it as recent', async () => {
    const path = await f.writeProjectFile('voorschool.drijfveer');
    const opened = await f.handlers.openProject({ path });
    expect(opened.doc.path).toBe(path);
    expect(opened.project.assignment.title).toBe('Ouderbetrokkenheid in de voorschool');
    const recent = await f.handlers.listRecentFiles();
    expect(recent.map((r) => [r.path, r.title, r.exists])).toEqual([[path, 'Ouderbetrokkenheid in de voorschool', true]]);
    expect(f.recentChanges).toHaveBeenCalled();
  });

  it('passes store refusals through as coded errors', async () => {
    expect(await codeOf(f.handlers.openProject({ path: join(f.workDir, 'missing.drijfveer') }))).toBe('FILE_NOT_FOUND');
    expect(await f.handlers.listRecentFiles()).toEqual([]);
  });

  it('returns null when the open dialog is cancelled, and opens the chosen file otherwise', async () => {
    expect(await f.handlers.showOpenDialog()).toBeNull();
    const path = await f.writeProjectFile('gekozen.drijfveer', 'Gekozen');
    f.answers.open.push(path);
    const opened = await f.handlers.showOpenDialog();
    expect(opened?.project.assignment.title).toBe('Gekozen');
  });

  it('opens the sample in the requested language as an unsaved copy (never overwriting the shipped file)', async () => {
    await f.writeSample('nl', 'Voorbeeld NL');
    await f.writeSample('en', 'Sample EN');
    const en = await f.handlers.openSample({ language: 'en' });
    expect(en.project.assignment.title).toBe('Sample EN');
    expect(en.doc.path).toBeNull();
    expect(await f.handlers.listRecentFiles()).toEqual([]);
  });
});

describe('handlers: saving', () => {
  it('saves a new project at the chosen location, adding the extension and a recent entry', async () => {
    const { doc, project } = await f.handlers.newProject({ language: 'nl' });
    project.assignment.title = 'Digitale vaardigheden';
    f.answers.save.push(join(f.workDir, 'rapport'));
    const outcome = await f.handlers.saveProjectAs({ docId: doc.docId, project });
    expect(outcome?.doc.path).toBe(join(f.workDir, 'rapport.drijfveer'));
    expect(f.dialogs.chooseSaveLocation).toHaveBeenCalledWith('Digitale vaardigheden.drijfveer');
    const text = await readFile(join(f.workDir, 'rapport.drijfveer'), 'utf8');
    expect(JSON.parse(text).project.assignment.title).toBe('Digitale vaardigheden');
    expect((await f.handlers.listRecentFiles())[0].path).toBe(join(f.workDir, 'rapport.drijfveer'));
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const { doc, project } = await f.handlers.newProject({ language: 'nl' });
    expect(await f.handlers.saveProjectAs({ docId: doc.docId, project })).toBeNull();
    expect(await readdir(f.workDir)).toEqual([]);
  });

  it('a successful save discards the recovery copy of that document', async () => {
    const path = await f.writeProjectFile('werk.drijfveer');
    const { doc, project } = await f.handlers.openProject({ path });
    project.assignment.subtitle = 'nog niet opgeslagen';
    await f.handlers.writeRecovery({ docId: doc.docId, project });
    expect((await f.handlers.listRecoveries()).map((r) => r.id)).toEqual([doc.docId]);
    await f.handlers.saveProject({ docId: doc.docId, project });
    expect(await f.handlers.listRecoveries()).toEqual([]);
    expect(JSON.parse(await readFile(path, 'utf8')).project.assignment.subtitle).toBe('nog niet opgeslagen');
  });

  it('refuses to save over a file changed by someone else unless told to overwrite', async () => {
    const path = await f.writeProjectFile('gedeeld.drijfveer');
    const { doc, project } = await f.handlers.openProject({ path });
    await f.writeProjectFile('gedeeld.drijfveer', 'Door een collega gewijzigd');
    expect(await codeOf(f.handlers.saveProject({ docId: doc.docId, project }))).toBe('FILE_CHANGED_ON_DISK');
    await f.handlers.saveProject({ docId: doc.docId, project, overwriteExternalChanges: true });
    expect(JSON.parse(await readFile(path, 'utf8')).project.assignment.title).toBe('Ouderbetrokkenheid in de voorschool');
  });

  it('suggests a file-safe default name and keeps an existing extension', () => {
    const project = createEmptyProject('nl');
    project.assignment.title = 'Wmo: "toegang"/bereik\u0007 in 2026?';
    expect(defaultFileName(null, project)).toBe('Wmo toegang bereik in 2026.drijfveer');
    expect(defaultFileName('bestaand.drijfveer', project)).toBe('bestaand.drijfveer');
    project.assignment.title = '...';
    expect(defaultFileName(null, project)).toBe('project.drijfveer');
    expect(withProjectExtension('/a/b.DRIJFVEER')).toBe('/a/b.DRIJFVEER');
    expect(withProjectExtension('/a/b.json')).toBe('/a/b.json.drijfveer');
  });
});

describe('handlers: closing, document state and recovery', () => {
  it('closing a document discards its recovery copy and forgets the document', async () => {
    const { doc, project } = await f.handlers.newProject({ language: 'nl' });
    await f.handlers.writeRecovery({ docId: doc.docId, project });
    await f.handlers.closeProject({ docId: doc.docId });
    expect(await f.handlers.listRecoveries()).toEqual([]);
    expect(await codeOf(f.handlers.writeRecovery({ docId: doc.docId, project }))).toBe('DOCUMENT_NOT_OPEN');
  });

  it('hands title and dirty state to the host', async () => {
    await f.handlers.setDocumentState({ docId: 'd1', dirty: true, title: 'rapport.drijfveer' });
    expect(f.documentStates).toEqual([{ docId: 'd1', dirty: true, title: 'rapport.drijfveer' }]);
  });

  it('restores unsaved work of a never-saved project into a new document and re-files the copy', async () => {
    const { doc, project } = await f.handlers.newProject({ language: 'en' });
    project.assignment.title = 'Crashed work';
    await f.handlers.writeRecovery({ docId: doc.docId, project });

    const restored = await f.handlers.restoreRecovery({ id: doc.docId });
    expect(restored.project.assignment.title).toBe('Crashed work');
    expect(restored.doc.path).toBeNull();
    const ids = (await f.handlers.listRecoveries()).map((r) => r.id);
    expect(ids).toEqual([restored.doc.docId]);
    expect(restored.doc.docId).not.toBe(doc.docId);
  });

  it('restores work on a saved file into a document for that file, so Save writes there', async () => {
    const path = await f.writeProjectFile('herstel.drijfveer');
    const first = await f.handlers.openProject({ path });
    first.project.assignment.subtitle = 'herstelde tekst';
    await f.handlers.writeRecovery({ docId: first.doc.docId, project: first.project });
    f.store.close(first.doc.docId);

    const restored = await f.handlers.restoreRecovery({ id: first.doc.docId });
    expect(restored.doc.path).toBe(path);
    expect(restored.project.assignment.subtitle).toBe('herstelde tekst');
    await f.handlers.saveProject({ docId: restored.doc.docId, project: restored.project });
    expect(JSON.parse(await readFile(path, 'utf8')).project.assignment.subtitle).toBe('herstelde tekst');
    expect(await f.handlers.listRecoveries()).toEqual([]);
  });

  it('reports a missing recovery copy with its own code', async () => {
    expect(await codeOf(f.handlers.restoreRecovery({ id: 'bestaat-niet' }))).toBe('RECOVERY_NOT_FOUND');
  });
});

describe('handlers: external links', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'vbscript:x'])(
    'refuses %s without asking the user',
    async (url) => {
      expect(await codeOf(f.handlers.openExternalLink({ url }))).toBe('LINK_NOT_ALLOWED');
      expect(f.dialogs.confirmOpenExternal).not.toHaveBeenCalled();
      expect(f.openExternal).not.toHaveBeenCalled();
    },
  );

  it('asks before opening an https link and respects a No', async () => {
    expect(await f.handlers.openExternalLink({ url: 'https://www.rotterdam.nl/' })).toBe(false);
    expect(f.dialogs.confirmOpenExternal).toHaveBeenCalledWith('https://www.rotterdam.nl/');
    expect(f.openExternal).not.toHaveBeenCalled();
  });

  it('opens an https or mailto link after the user agrees', async () => {
    f.answers.confirm.push(true, true);
    expect(await f.handlers.openExternalLink({ url: 'https://www.nji.nl/ouderbetrokkenheid' })).toBe(true);
    expect(await f.handlers.openExternalLink({ url: 'mailto:info@example.nl' })).toBe(true);
    expect(f.openExternal.mock.calls.map((c) => c[0])).toEqual(['https://www.nji.nl/ouderbetrokkenheid', 'mailto:info@example.nl']);
  });
});

describe('handlers: preferences file location', () => {
  it('writes nothing into the work folder when only preferences change', async () => {
    await f.handlers.setPreferences({ language: 'en' });
    expect(await readdir(f.workDir)).toEqual([]);
    expect((await stat(join(f.dataDir, 'preferences.json'))).isFile()).toBe(true);
  });
});

describe('handlers: exporting the report', () => {
  const opened = async (title = 'Ouderbetrokkenheid in de vóórschool') => {
    const path = await f.writeProjectFile('project.drijfveer', title);
    return f.handlers.openProject({ path });
  };

  it('writes the DOCX where the user chose (adding .docx), pandoc reads its title, and progress events reach the host', async () => {
    const { doc, project } = await opened();
    f.answers.save.push(join(f.workDir, 'export', '..', 'mijn-rapport'));
    const outcome = await f.handlers.exportReport({ docId: doc.docId, project, format: 'docx', language: 'nl' });
    expect(outcome).not.toBeNull();
    expect(outcome!.path).toBe(join(f.workDir, 'mijn-rapport.docx'));
    expect(outcome!.format).toBe('docx');
    expect(outcome!.bytes).toBe((await stat(outcome!.path)).size);
    expect(await docxPlainText(outcome!.path)).toContain('Ouderbetrokkenheid in de vóórschool');
    const fractions = f.events.flatMap((event) => (event.type === 'export-progress' ? [event.fraction] : []));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    // No temp file is left next to the export.
    expect((await readdir(f.workDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('suggests "<slug of title>-<date>.docx" in the project\'s own folder', async () => {
    const { doc, project } = await opened();
    await f.handlers.exportReport({ docId: doc.docId, project, format: 'docx', language: 'nl' });
    expect(f.dialogs.chooseExportLocation).toHaveBeenCalledWith({
      defaultName: 'ouderbetrokkenheid-in-de-voorschool-2026-11-22.docx',
      format: 'docx',
      folder: f.workDir,
    });
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const { doc, project } = await opened();
    const before = await readdir(f.workDir);
    expect(await f.handlers.exportReport({ docId: doc.docId, project, format: 'docx', language: 'en' })).toBeNull();
    expect(await readdir(f.workDir)).toEqual(before);
    expect(f.events).toEqual([]);
  });

  it('exports PDF through the same dialog and writes a PDF file', async () => {
    const { doc, project } = await opened();
    f.answers.save.push(join(f.workDir, 'rapport'));
    const outcome = (await f.handlers.exportReport({ docId: doc.docId, project, format: 'pdf', language: 'nl' }))!;
    expect(outcome.path).toBe(join(f.workDir, 'rapport.pdf'));
    const bytes = await readFile(outcome.path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(outcome.bytes).toBe(bytes.byteLength);
  });

  it('opens or shows only files exported in this session; any other path is refused with a code', async () => {
    const { doc, project } = await opened();
    f.answers.save.push(join(f.workDir, 'rapport.docx'));
    const outcome = (await f.handlers.exportReport({ docId: doc.docId, project, format: 'docx', language: 'nl' }))!;
    await f.handlers.openExportedFile({ path: outcome.path });
    await f.handlers.showInFolder({ path: outcome.path });
    expect(f.fileRequests).toEqual([
      { action: 'open', path: outcome.path },
      { action: 'show-in-folder', path: outcome.path },
    ]);
    const projectPath = doc.path!;
    expect(await codeOf(f.handlers.openExportedFile({ path: projectPath }))).toBe('EXPORT_PATH_NOT_ALLOWED');
    expect(await codeOf(f.handlers.showInFolder({ path: '/etc/passwd' }))).toBe('EXPORT_PATH_NOT_ALLOWED');
    expect(await codeOf(f.handlers.openExportedFile({ path: join(f.workDir, 'x', '..', 'rapport.docx.bak') }))).toBe('EXPORT_PATH_NOT_ALLOWED');
    expect(f.fileRequests).toHaveLength(2);
  });

  it('refuses to export a document that is not open', async () => {
    const project = createEmptyProject('nl');
    expect(await codeOf(f.handlers.exportReport({ docId: 'nope', project, format: 'docx', language: 'nl' }))).toBe('DOCUMENT_NOT_OPEN');
  });
});
