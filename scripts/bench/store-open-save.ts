// Opening and saving a project in-process, through the same code the app uses:
// readProjectFile (stat, read, decode, migrate, validate) and ProjectStore.save
// (change check, serialise, temp file, fsync, .bak, rename, fsync of the folder).

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createProjectStore } from '../../src/main/store/project-store';
import { readProjectFile } from '../../src/main/store/read-project-file';
import { summarize, timeRuns } from './stats';
import type { Benchmark, BenchContext, BenchRow } from './types';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;

async function measureFile(context: BenchContext, name: string, path: string): Promise<BenchRow[]> {
  const size = (await stat(path)).size;
  context.log(`  open/save ${name} (${mb(size)}) × ${context.runs}`);
  const openTimes = await timeRuns(context.runs, () => readProjectFile(path));

  const store = createProjectStore({ appVersion: 'bench' });
  const opened = await store.open(path);
  const saveTimes = await timeRuns(context.runs, () => store.save(opened.doc.docId, opened.project));
  store.close(opened.doc.docId);

  const note = `${basename(path)}, ${mb(size)}`;
  return [
    { kind: 'measured', label: `open ${name} (readProjectFile)`, unit: 'ms', ...summarize(openTimes), note },
    { kind: 'measured', label: `save ${name} (store.save, with fsync)`, unit: 'ms', ...summarize(saveTimes), note },
  ];
}

export const storeOpenSave: Benchmark = {
  id: 'store',
  title: 'Open and save in-process',
  description:
    'The project store as the app uses it, in this Node process: `readProjectFile` for open, ' +
    '`createProjectStore().save` (on-disk change check, serialise, temp file, fsync, `.bak`, rename, folder fsync) for save.',
  async run(context) {
    return [
      ...(await measureFile(context, 'sample project', context.files.sample)),
      ...(await measureFile(context, 'XL project', context.files.xl)),
    ];
  },
};
