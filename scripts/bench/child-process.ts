// Running another program as a whole process and measuring it from outside:
// wall-clock time (start-up included, as a user experiences it) and peak
// resident memory. GNU time gives the peak RSS of any program; without it, a
// Node program reports its own maxRSS from a preloaded hook.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  ms: number;
  status: number | null;
  /** The last part of stderr, for error messages. */
  stderrTail: string;
}

export interface CommandLine {
  command: string;
  args: string[];
  cwd: string;
  /** Variables set on top of this process's environment. */
  env?: Record<string, string>;
}

/**
 * Variables no measured process is given unless its command line sets them again. A build
 * machine behind a package proxy may set NODE_EXTRA_CA_CERTS: every Node process then loads
 * that certificate bundle as it starts (a bare `node -e 0` waits for it at exit; the PDF
 * benchmark times what it costs an export). Drijfveer never makes a network connection, and a
 * user's desktop does not set it, so the processes are timed as they run there.
 */
export const LEFT_OUT_OF_ENV = ['NODE_EXTRA_CA_CERTS'] as const;

const envOf = (line: CommandLine): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of LEFT_OUT_OF_ENV) delete env[name];
  return { ...env, ...line.env };
};

/** Runs the command to completion with stdout discarded (like `> /dev/null`). */
export function runTimed(line: CommandLine): ProcessRun {
  const started = performance.now();
  const result = spawnSync(line.command, line.args, { cwd: line.cwd, env: envOf(line), stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.error) throw result.error;
  return { ms, status: result.status, stderrTail: result.stderr.toString('utf8').slice(-400) };
}

export const gnuTimeAvailable = (): boolean => existsSync(GNU_TIME);

/** Peak RSS in kilobytes of one run via `/usr/bin/time -v`. */
function peakRssWithGnuTime(line: CommandLine): number {
  const result = spawnSync(GNU_TIME, ['-v', line.command, ...line.args], { cwd: line.cwd, env: envOf(line), stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = result.stderr.toString('utf8');
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (result.status !== 0 || !match) throw new Error(`${GNU_TIME} -v ${line.command} failed: ${stderr.slice(-300)}`);
  return Number(match[1]);
}

/** Peak RSS in kilobytes of one run of a Node script, reported by the process itself on exit. */
export async function peakRssFromNodeHook(line: CommandLine, workDir: string): Promise<number> {
  const hook = join(workDir, 'report-max-rss.cjs');
  const out = join(workDir, `max-rss-${process.pid}.txt`);
  await writeFile(
    hook,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  const result = spawnSync(line.command, ['--require', hook, ...line.args], {
    cwd: line.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...envOf(line), BENCH_MAX_RSS_FILE: out },
  });
  if (result.status !== 0) throw new Error(`${line.command} failed: ${result.stderr.toString('utf8').slice(-300)}`);
  const kb = Number(await readFile(out, 'utf8'));
  await rm(out, { force: true });
  return kb;
}

/**
 * Peak RSS (kB) of one run, or null when it cannot be measured here (no GNU
 * time and not a Node program). `how` names the method for the report.
 */
export async function peakRssKb(line: CommandLine, workDir: string): Promise<{ kb: number; how: string } | null> {
  if (gnuTimeAvailable()) return { kb: peakRssWithGnuTime(line), how: '/usr/bin/time -v' };
  if (line.command === process.execPath || line.command === 'node') {
    return { kb: await peakRssFromNodeHook(line, workDir), how: 'process.resourceUsage().maxRSS in the child' };
  }
  return null;
}
