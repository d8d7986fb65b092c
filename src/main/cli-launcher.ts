// The `node dist/cli.cjs …` entry: runs the CLI bundle (dist/cli-main.cjs, from
// src/main/cli.ts) with V8's code cache kept in dist/.compile-cache (see
// cli/compile-cache.ts). Set DRIJFVEER_COMPILE_CACHE=0 (or Node's
// NODE_DISABLE_COMPILE_CACHE=1) to run without it.

import path from 'node:path';
import { cacheDisabled, cacheProfile, runWithCompileCache } from './cli/compile-cache';

runWithCompileCache({
  file: path.join(__dirname, 'cli-main.cjs'),
  cacheDir: cacheDisabled(process.env) ? null : path.join(__dirname, '.compile-cache'),
  profile: cacheProfile(process.argv.slice(2)),
});
