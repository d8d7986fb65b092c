import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSource as readBundleSource, cacheDisabled, cacheProfile } from '../../../src/main/cli/compile-cache';

const moduleFile = resolve(__dirname, '..', '..', '..', 'src', 'main', 'cli', 'compile-cache.ts');
let dir: string;

/** A CommonJS "bundle": uses require, module.exports, __filename and a lazily compiled function. */
const bundleSource = (greeting: string) => `
const path = require('node:path');
function later(n) { let total = 0; for (let i = 0; i < n; i += 1) total += i; return total; }
module.exports = { name: path.basename(__filename) };
process.stdout.write(JSON.stringify({ greeting: ${JSON.stringify(greeting)}, sum: later(10), file: module.exports.name }) + '\\n');
`;

interface Run {
  output: { greeting: string; sum: number; file: string };
  outcome: { cache: string; cacheFile: string | null };
}

function launch(cacheDir: string | null, profile = 'export-pdf', v8Flags?: string[], bundle = 'bundle.cjs'): Promise<Run> {
  const launcher = `
// The package is CommonJS: tsx hands a TypeScript module to ESM as its default export.
const loaded = await import(${JSON.stringify(moduleFile)});
const outcome = (loaded.default ?? loaded).runWithCompileCache({ file: ${JSON.stringify(join(dir, bundle))}, cacheDir: ${JSON.stringify(cacheDir)}, profile: ${JSON.stringify(profile)}, v8Flags: ${JSON.stringify(v8Flags)} });
process.stdout.write(JSON.stringify(outcome) + '\\n');
`;
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', launcher], { cwd: resolve(__dirname, '..', '..', '..') }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      const [output, outcome] = stdout.trim().split('\n').map((line) => JSON.parse(line));
      resolvePromise({ output, outcome });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-compile-cache-'));
  await writeFile(join(dir, 'bundle.cjs'), bundleSource('hallo'));
});

afterAll(async () => {
  await chmod(join(dir, 'cache-readonly'), 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('cacheProfile', () => {
  it('names the command and, for an export, its formats', () => {
    expect(cacheProfile(['export', 'a.drijfveer', '--pdf', 'a.pdf'])).toBe('export-pdf');
    expect(cacheProfile(['export', 'a.drijfveer', '--docx', 'a.docx', '--lang', 'en'])).toBe('export-docx');
    expect(cacheProfile(['validate', 'a.drijfveer'])).toBe('validate');
  });

  it('never puts an odd argument in a file name', () => {
    expect(cacheProfile(['../../etc/passwd'])).toBe('other');
    expect(cacheProfile([])).toBe('other');
  });
});

describe('cacheDisabled', () => {
  it("follows Node's variable and ours", () => {
    expect(cacheDisabled({})).toBe(false);
    expect(cacheDisabled({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(true);
    expect(cacheDisabled({ DRIJFVEER_COMPILE_CACHE: '0' })).toBe(true);
    expect(cacheDisabled({ DRIJFVEER_COMPILE_CACHE: '1' })).toBe(false);
  });
});

describe('runWithCompileCache', () => {
  it('runs the bundle as Node would, writes the cache at exit and uses it on the next run', async () => {
    const cacheDir = join(dir, 'cache');
    const first = await launch(cacheDir);
    expect(first.output).toEqual({ greeting: 'hallo', sum: 45, file: 'bundle.cjs' });
    expect(first.outcome.cache).toBe('none');
    expect((await stat(first.outcome.cacheFile ?? '')).size).toBeGreaterThan(0);

    const second = await launch(cacheDir);
    expect(second.output).toEqual(first.output);
    expect(second.outcome).toEqual({ cache: 'used', cacheFile: first.outcome.cacheFile });
    // Written through a temporary file that is renamed: nothing else is left behind.
    expect(await readdir(cacheDir)).toEqual([first.outcome.cacheFile?.split('/').pop()]);
  });

  it('keeps one cache per profile', async () => {
    const cacheDir = join(dir, 'cache-profiles');
    const pdf = await launch(cacheDir, 'export-pdf');
    const docx = await launch(cacheDir, 'export-docx');
    expect(pdf.outcome.cacheFile).not.toBe(docx.outcome.cacheFile);
    expect(docx.outcome.cache).toBe('none');
    expect((await launch(cacheDir, 'export-pdf')).outcome.cache).toBe('used');
  });

  it('sets the V8 flags before the bundle runs, and keeps one cache per set of flags', async () => {
    // A flag whose effect the bundle can see: --expose-gc, set at run time, puts gc() into new contexts.
    await writeFile(join(dir, 'flags.cjs'), `process.stdout.write(JSON.stringify({ greeting: typeof require('node:vm').runInNewContext('this.gc'), sum: 0, file: '' }) + '\\n');`);
    const cacheDir = join(dir, 'cache-flags');
    const plain = await launch(cacheDir, 'export-pdf', [], 'flags.cjs');
    expect(plain.output.greeting).toBe('undefined');
    const flagged = await launch(cacheDir, 'export-pdf', ['--expose-gc'], 'flags.cjs');
    expect(flagged.output.greeting).toBe('function');
    expect(flagged.outcome.cache).toBe('none');
    expect(flagged.outcome.cacheFile).not.toBe(plain.outcome.cacheFile);
    expect(flagged.outcome.cacheFile).toMatch(/\.export-pdf\.f[0-9a-z]+\./);
    // Each set of flags finds its own cache again (V8 would refuse one made under other flags).
    expect((await launch(cacheDir, 'export-pdf', ['--expose-gc'], 'flags.cjs')).outcome.cache).toBe('used');
    expect((await launch(cacheDir, 'export-pdf', [], 'flags.cjs')).outcome.cache).toBe('used');
  });

  it('never runs the cache of an older bundle of the same length', async () => {
    const cacheDir = join(dir, 'cache-rebuilt');
    await launch(cacheDir);
    expect((await launch(cacheDir)).outcome.cache).toBe('used');
    // Same length, other text: V8's own check (source length) would accept the old cache.
    await writeFile(join(dir, 'bundle.cjs'), bundleSource('hoi!!'));
    const later = new Date(Date.now() + 5000);
    await utimes(join(dir, 'bundle.cjs'), later, later);
    const rebuilt = await launch(cacheDir);
    expect(rebuilt.output.greeting).toBe('hoi!!');
    expect(rebuilt.outcome.cache).toBe('none');
    await writeFile(join(dir, 'bundle.cjs'), bundleSource('hallo'));
  });

  it('makes a damaged cache afresh', async () => {
    const cacheDir = join(dir, 'cache-damaged');
    const first = await launch(cacheDir);
    await writeFile(first.outcome.cacheFile ?? '', 'not a code cache');
    const damaged = await launch(cacheDir);
    expect(damaged.output.greeting).toBe('hallo');
    expect(damaged.outcome.cache).toBe('rejected');
    expect((await launch(cacheDir)).outcome.cache).toBe('used');
  });

  it('runs without a cache folder, and with one it cannot write', async () => {
    const none = await launch(null);
    expect(none.output.greeting).toBe('hallo');
    expect(none.outcome).toEqual({ cache: 'none', cacheFile: null });

    const readonly = join(dir, 'cache-readonly');
    await writeFile(join(dir, 'placeholder'), '');
    await launch(readonly);
    await chmod(readonly, 0o555);
    const entries = await readdir(readonly);
    await rm(join(readonly, entries[0]));
    // Root may write anyway; what matters is that the run succeeds either way.
    const blocked = await launch(readonly);
    expect(blocked.output.greeting).toBe('hallo');
  });
});

describe('bundleSource', () => {
  it('reads an ASCII bundle and a UTF-8 one to exactly their text', async () => {
    const ascii = join(dir, 'ascii.cjs');
    const utf8 = join(dir, 'utf8.cjs');
    await writeFile(ascii, 'const a = "\\u00eb"; // plain\n');
    await writeFile(utf8, 'const a = "ë–😀"; // co’öperatie\n');
    expect(readBundleSource(ascii)).toBe('const a = "\\u00eb"; // plain\n');
    // Read as Latin-1, these bytes would give other characters: the UTF-8 path must be taken.
    expect(readBundleSource(utf8)).toBe('const a = "ë–😀"; // co’öperatie\n');
  });
});
