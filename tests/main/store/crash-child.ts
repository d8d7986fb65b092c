// Child process of the crash test (bundled with esbuild at test time, so it runs
// the real store code in plain Node). It loads everything, says "warm", and
// waits for "go" on stdin — so the parent can start the next child while the
// current one is still saving. Then it opens the project file and saves
// versions n+1, n+2, … as fast as it can, printing "saved N" after each, until
// the parent kills it with SIGKILL.

import { createProjectStore } from '../../../src/main/store/project-store';
import { CRASH_APP_VERSION, counterOf, savedAtFor, versionOf } from './crash-versions';

async function saveForever(file: string): Promise<never> {
  let n = 0;
  const store = createProjectStore({ appVersion: CRASH_APP_VERSION, now: () => savedAtFor(n) });
  const { doc, project } = await store.open(file);
  n = counterOf(project);
  process.stdout.write('ready\n');
  for (;;) {
    n += 1;
    await store.save(doc.docId, versionOf(project, n));
    process.stdout.write(`saved ${n}\n`);
  }
}

process.stdout.write('warm\n');
process.stdin.setEncoding('utf8').once('data', () => {
  saveForever(process.argv[2]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
});
