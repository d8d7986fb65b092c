// Headless Drijfveer: `npm run cli -- validate <file>` (bundled to
// dist/cli-main.cjs by scripts/build-node.mjs and run by dist/cli.cjs with V8's
// code cache, see cli/compile-cache.ts). It uses the same store code as the app and never
// imports Electron.

import { runCli } from './cli/run';

// `npm run cli -- validate x.drijfveer` runs in the package folder; npm keeps the
// folder the user typed the command in as INIT_CWD, and relative paths mean that one.
const cwd = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

// A reader that stops early (`… | head -1`) closes the pipe: the work is done
// (the file is written before anything is printed), so end quietly instead of
// crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  cwd,
).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
