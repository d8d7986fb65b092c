// The `node dist/cli.cjs …` entry: runs the CLI bundle (dist/cli-main.cjs, from
// src/main/cli.ts) with V8's code cache kept in dist/.compile-cache (see
// cli/compile-cache.ts). Set DRIJFVEER_COMPILE_CACHE=0 (or Node's
// NODE_DISABLE_COMPILE_CACHE=1) to run without it. V8 is tuned for a short
// batch process first (cli/v8-flags.ts; DRIJFVEER_V8_TUNING=0 leaves its defaults).

import path from 'node:path';
import { cacheDisabled, cacheProfile, runWithCompileCache } from './cli/compile-cache';
import { batchV8Flags } from './cli/v8-flags';

runWithCompileCache({
  file: path.join(__dirname, 'cli-main.cjs'),
  cacheDir: cacheDisabled(process.env) ? null : path.join(__dirname, '.compile-cache'),
  profile: cacheProfile(process.argv.slice(2)),
  v8Flags: batchV8Flags(process.execArgv, process.env),
});
