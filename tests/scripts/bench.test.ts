// The benchmark runner's parts: the statistics, the report, the store and CLI
// benchmarks on real temporary files, and the runner end to end with one
// benchmark and one run (so the suite stays fast).

import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../src/main/store/read-project-file';
import { peakRssFromNodeHook, peakRssKb } from '../../scripts/bench/child-process';
import { cliValidate } from '../../scripts/bench/cli-validate';
import { machineInfo } from '../../scripts/bench/machine';
import { renderReport } from '../../scripts/bench/report';
import { median, percentile, summarize } from '../../scripts/bench/stats';
import { storeOpenSave } from '../../scripts/bench/store-open-save';
import type { BenchContext, BenchRow } from '../../scripts/bench/types';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(repoRoot, 'resources/samples/ouderbetrokkenheid-voorschool.nl.drijfveer');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-bench-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const context = (overrides: Partial<BenchContext>): BenchContext => ({
  runs: 2,
  repoRoot,
  workDir: dir,
  files: { sample: join(dir, 'sample.drijfveer'), xl: join(dir, 'sample.drijfveer') },
  log: () => undefined,
  ...overrides,
});

describe('statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives the nearest-rank 95th percentile, which is the slowest run when N is small', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile([5, 9, 1, 7, 3], 95)).toBe(9);
    expect(summarize([5, 9, 1, 7, 3])).toEqual({ median: 5, p95: 9, runs: 5 });
  });
});

describe('report', () => {
  it('shows the machine, measured figures and skipped rows with their reason', () => {
    const rows: BenchRow[] = [
      { kind: 'measured', label: 'open X', unit: 'ms', median: 123.4, p95: 150.6, runs: 5, note: 'a | b' },
      { kind: 'measured', label: 'ratio', unit: '×', median: 1.234, p95: 1.5, runs: 5 },
      { kind: 'skipped', label: 'CLI', reason: 'not available: no dist/cli.cjs' },
    ];
    const machine = machineInfo(new Date('2026-11-22T10:00:00Z'));
    const text = renderReport({
      machine,
      runs: 5,
      totalSeconds: 12,
      projects: [{ label: 'XL', detail: 'big' }],
      results: [{ benchmark: { ...storeOpenSave, id: 'demo', title: 'Demo' }, rows, seconds: 1 }],
    });
    expect(text).toContain(`| CPU | ${machine.cpu} |`);
    expect(text).toContain(`| Cores | ${machine.cores} |`);
    expect(text).toContain(`| Node | ${process.version} |`);
    expect(text).toContain('2026-11-22T10:00:00Z');
    expect(text).toContain('| open X | 123 ms | 151 ms | 5 | a \\| b |');
    expect(text).toContain('| ratio | 1.23 × | 1.50 × | 5 |');
    expect(text).toContain('| CLI | – | – | – | not available: no dist/cli.cjs |');
    expect(text).toContain('npm run bench');
    expect(text).toMatch(/noisy/i);
  });
});

describe('benchmarks', () => {
  it('opens and saves a real project file and leaves it loadable', async () => {
    const file = join(dir, 'sample.drijfveer');
    await copyFile(SAMPLE, file);
    const rows = await storeOpenSave.run(context({}));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.kind).toBe('measured');
      if (row.kind === 'measured') {
        expect(row.median).toBeGreaterThan(0);
        expect(row.p95).toBeGreaterThanOrEqual(row.median);
        expect(row.runs).toBe(2);
      }
    }
    const { loaded } = await readProjectFile(file);
    expect(loaded.project.partners.interviews.length).toBeGreaterThan(0);
  });

  it('reports the CLI as not available instead of failing when it cannot be built', async () => {
    // A folder without dist/cli.cjs and without the build script: the build fails.
    const emptyRepo = await mkdtemp(join(dir, 'no-cli-'));
    const xl = join(dir, 'tiny.json');
    await writeFile(xl, '{"format":"drijfveer","version":2,"project":{}}');
    const rows = await cliValidate.run(context({ repoRoot: emptyRepo, runs: 1, files: { sample: xl, xl } }));
    const cli = rows.find((row) => row.label.startsWith('CLI'));
    expect(cli?.kind).toBe('skipped');
    expect(cli?.kind === 'skipped' && cli.reason).toMatch(/^not available/);
    expect(rows.find((row) => row.label.startsWith('ratio'))?.kind).toBe('skipped');
  });

  it('measures the peak memory of a child process', async () => {
    const measured = await peakRssKb(
      { command: process.execPath, args: ['-e', 'globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1)'], cwd: dir },
      dir,
    );
    expect(measured).not.toBeNull();
    // 64 MB were allocated and touched, so the peak must be above that.
    expect(measured?.kb).toBeGreaterThan(64 * 1024);
  });

  it('also measures it without GNU time, from the Node child itself', async () => {
    const line = { command: process.execPath, cwd: dir };
    const small = await peakRssFromNodeHook({ ...line, args: ['-e', '0'] }, dir);
    const big = await peakRssFromNodeHook({ ...line, args: ['-e', 'globalThis.keep = Buffer.alloc(96 * 1024 * 1024, 1)'] }, dir);
    expect(big).toBeGreaterThan(96 * 1024);
    expect(big - small).toBeGreaterThan(64 * 1024);
  });
});

describe('npm run bench', () => {
  it('writes a report with the chosen benchmark and the XL project', async () => {
    const out = join(dir, 'benchmarks.md');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/run.ts', '--only', 'store', '--runs', '1', '--out', out], {
      cwd: repoRoot,
      env: { ...process.env, npm_lifecycle_event: '' },
      stdio: 'pipe',
    });
    const text = await readFile(out, 'utf8');
    expect(text).toContain('## Open and save in-process (`store`)');
    expect(text).toMatch(/\| open XL project \(readProjectFile\) \| [\d.]+ ms \|/);
    expect(text).not.toContain('(`cli`)');
  }, 60_000);
});
