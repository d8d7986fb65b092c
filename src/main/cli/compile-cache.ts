// Running the CLI bundle with V8's code cache. A fresh `node` process compiles
// every function it runs: the bundle is 4 MB (pdf-lib, fontkit, docx, zod and
// our own code), and compiling what one export runs costs a few hundred ms on
// every run. V8 can serialise the bytecode it compiled (`createCachedData()`)
// and take it back on the next run (`cachedData`): made after the command has
// run, the cache holds the lazily compiled functions too, so the next run of
// the same command compiles almost nothing. Node 22 has this built in
// (`module.enableCompileCache()`); the CLI also runs on Node 20, so the bundle
// is loaded as CommonJS through `vm.Script` here.
//
// One cache per command (`export-pdf`, `export-docx`, `validate`, …), because
// each compiles different code; keyed by the bundle's size and modification
// time, because V8's own check (source length, V8 version, flags) would accept
// a rebuilt bundle of the same length. A cache V8 rejects is made afresh. The
// cache is written through a temporary file and renamed, so two processes at
// once never read half a file; a cache that cannot be read or written is
// simply not used (the CLI works the same, only its compile is cold).

import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

export interface CompileCacheOptions {
  /** The CommonJS bundle to run. */
  file: string;
  /** The folder for cache files; null runs without a cache. */
  cacheDir: string | null;
  /** Which cache to use (one per command). */
  profile: string;
  /**
   * V8 flags set before the bundle is compiled (see v8-flags.ts). V8 refuses a cache made
   * under other flags, so each set of flags keeps its own cache.
   */
  v8Flags?: readonly string[];
}

export interface CompileCacheOutcome {
  /** 'used': V8 took the cache; 'rejected': it refused it (made afresh at exit); 'none': there was none (or no cache folder). */
  cache: 'used' | 'rejected' | 'none';
  /** The cache file, when a folder was given. */
  cacheFile: string | null;
}

/** The cache profile of a CLI command line: the command, and for an export its format(s). */
export function cacheProfile(argv: readonly string[]): string {
  const command = /^[a-z-]{1,20}$/.test(argv[0] ?? '') ? argv[0] : 'other';
  const formats = ['pdf', 'docx'].filter((format) => argv.includes(`--${format}`));
  return [command, ...formats].join('-');
}

/** Whether the environment switches the cache off (Node's own variable, or ours). */
export function cacheDisabled(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.NODE_DISABLE_COMPILE_CACHE) || env.DRIJFVEER_COMPILE_CACHE === '0';
}

/**
 * The bundle's text. The build makes it 7-bit ASCII (scripts/ascii-source.mjs), which reads
 * as Latin-1 to the same string several times faster than UTF-8 is decoded (the 4.6 MB
 * bundle took ~30 ms); any other file is decoded as UTF-8.
 */
export function bundleSource(file: string): string {
  const bytes = readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function cacheFileFor(options: CompileCacheOptions): string | null {
  if (options.cacheDir === null) return null;
  const stat = statSync(options.file);
  const key = `${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}`;
  const flags = options.v8Flags && options.v8Flags.length > 0 ? `.f${flagsTag(options.v8Flags)}` : '';
  const name = `${path.basename(options.file)}.${options.profile}${flags}.${key}.${process.arch}-${process.versions.v8}.v8cache`;
  return path.join(options.cacheDir, name);
}

/** A short tag for a set of flags (FNV-1a, base 36): part of a file name, so never the flags themselves. */
function flagsTag(flags: readonly string[]): string {
  let hash = 2166136261;
  const text = flags.join(' ');
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619) >>> 0;
  return hash.toString(36);
}

function readCache(file: string | null): Buffer | undefined {
  if (file === null) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // A cache is an optimisation: a folder that cannot be written only means a cold compile next time.
  }
}

/**
 * Runs a CommonJS bundle as Node's loader would (same `require`, `module`,
 * `__filename`), with its compiled code cached between runs. The cache is
 * written when the process exits, if there was none or V8 refused it.
 */
export function runWithCompileCache(options: CompileCacheOptions): CompileCacheOutcome {
  for (const flag of options.v8Flags ?? []) setFlagsFromString(flag);
  const source = bundleSource(options.file);
  const cacheFile = cacheFileFor(options);
  const cachedData = readCache(cacheFile);
  // A dynamic import() of a package left outside the bundle goes to Node's own loader, as it would from a file.
  const importModuleDynamically = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new vm.Script(Module.wrap(source), { filename: options.file, cachedData, ...(importModuleDynamically ? { importModuleDynamically } : {}) } as vm.ScriptOptions);
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used';
  if (cacheFile !== null && cache !== 'used') process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  const bundle = new Module(options.file);
  bundle.filename = options.file;
  const bundleRequire = Module.createRequire(options.file);
  wrapper.call(bundle.exports, bundle.exports, bundleRequire, bundle, options.file, path.dirname(options.file));
  return { cache, cacheFile };
}
