// Real handlers over real stores in fresh temporary folders, with scripted
// dialogs and recorded side effects, for the handler and dispatch tests.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createHandlers, samplePath, type DocumentStateReport, type HostDialogs } from '../../src/main/handlers';
import { createPreferencesStore } from '../../src/main/store/preferences-store';
import { createProjectStore } from '../../src/main/store/project-store';
import { createRecoveryStore } from '../../src/main/store/recovery-store';
import type { AppEvent, ExportFormat, Preferences } from '../../src/shared/ipc';
import { createEmptyProject } from '../../src/shared/model/project';
import { serializeProject } from '../../src/shared/project-file/serialize';

export async function makeHandlerFixture() {
  const root = await mkdtemp(join(tmpdir(), 'drijfveer-handlers-'));
  const dataDir = join(root, 'data');
  const workDir = join(root, 'work');
  const samplesDir = join(root, 'samples');
  await Promise.all([mkdir(dataDir), mkdir(workDir), mkdir(samplesDir)]);

  const store = createProjectStore({ appVersion: '9.9.9-test' });
  const preferences = createPreferencesStore(dataDir);
  const recovery = createRecoveryStore(dataDir, { appVersion: '9.9.9-test' });
  const answers = { open: [] as (string | null)[], save: [] as (string | null)[], confirm: [] as boolean[] };
  const dialogs: HostDialogs = {
    chooseProjectToOpen: vi.fn(async () => answers.open.shift() ?? null),
    chooseSaveLocation: vi.fn(async (_defaultName: string) => answers.save.shift() ?? null),
    confirmOpenExternal: vi.fn(async (_url: string) => answers.confirm.shift() ?? false),
    chooseExportLocation: vi.fn(async (_request: { defaultName: string; format: ExportFormat; folder: string | null }) => answers.save.shift() ?? null),
  };
  const fileRequests: { action: 'open' | 'show-in-folder'; path: string }[] = [];
  const events: AppEvent[] = [];
  const openExternal = vi.fn(async (_url: string) => undefined);
  const documentStates: DocumentStateReport[] = [];
  const preferenceChanges: Preferences[] = [];
  const recentChanges = vi.fn();

  const handlers = createHandlers({
    store,
    preferences,
    recovery,
    dialogs,
    host: 'web',
    appVersion: '9.9.9-test',
    samplesDir,
    platform: 'test-os',
    onDocumentState: (state) => documentStates.push(state),
    openExternal,
    onPreferencesChanged: (p) => preferenceChanges.push(p),
    onRecentFilesChanged: recentChanges,
    exportedFiles: {
      open: async (path) => void fileRequests.push({ action: 'open', path }),
      showInFolder: async (path) => void fileRequests.push({ action: 'show-in-folder', path }),
    },
    emit: (event) => events.push(event),
    now: () => new Date(2026, 10, 22, 9, 30),
  });

  /** Writes a valid project file and returns its path. */
  const writeProjectFile = async (name: string, title = 'Ouderbetrokkenheid in de voorschool'): Promise<string> => {
    const project = createEmptyProject('nl');
    project.assignment.title = title;
    const path = join(workDir, name);
    await writeFile(path, serializeProject(project, 'test'));
    return path;
  };

  const writeSample = async (language: 'nl' | 'en', title: string) => {
    const project = createEmptyProject(language);
    project.assignment.title = title;
    await writeFile(samplePath(samplesDir, language), serializeProject(project, 'test'));
  };

  return {
    root,
    dataDir,
    workDir,
    samplesDir,
    store,
    preferences,
    recovery,
    dialogs,
    answers,
    openExternal,
    documentStates,
    preferenceChanges,
    recentChanges,
    handlers,
    fileRequests,
    events,
    writeProjectFile,
    writeSample,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export type HandlerFixture = Awaited<ReturnType<typeof makeHandlerFixture>>;
