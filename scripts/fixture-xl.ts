// Writes the XL fixture project: `npm run fixture:xl -- <out file>`.
// A large, deterministic project (150 interviews, 400 sources, 1,000 quotes, …)
// for benchmarks and stress tests; the same bytes on every run.

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { itemCounts } from '../src/shared/model/counts';
import { loadProjectText } from '../src/shared/project-file/load';
import { writeFileAtomic } from '../src/main/store/atomic-write';
import { xlProjectText } from './fixture-xl/build-project';

async function main(): Promise<number> {
  const out = process.argv[2];
  if (!out || out.startsWith('-')) {
    process.stderr.write('usage: npm run fixture:xl -- <out file>\n');
    return 64;
  }
  const started = performance.now();
  const text = xlProjectText();
  // Under npm the script runs in the package folder; INIT_CWD is where the user typed the command.
  const base = process.env.npm_lifecycle_event === 'fixture:xl' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const target = resolve(base, out);
  await writeFileAtomic(target, text);
  const elapsed = Math.round(performance.now() - started);

  // Counted from the text as the app loads it, so the summary describes the file, not our intentions.
  const counts = itemCounts(loadProjectText(text).project);
  process.stdout.write(`wrote ${target}\n`);
  for (const [step, values] of Object.entries(counts)) {
    const line = Object.entries(values).map(([key, n]) => `${key} ${n}`).join(', ');
    process.stdout.write(`  ${step}: ${line}\n`);
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  process.stdout.write(`size: ${bytes} bytes (${(bytes / (1024 * 1024)).toFixed(1)} MB), generated in ${elapsed} ms\n`);
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
