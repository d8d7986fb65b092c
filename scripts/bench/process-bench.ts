// Helpers for benchmarks that time whole processes (our CLI against a
// reference program): building the CLI bundle when missing, one unmeasured
// warm-up run, timing in alternating turns, and peak memory.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { peakRssKb, runTimed, type CommandLine } from './child-process';
import { summarize } from './stats';
import type { BenchContext, BenchRow } from './types';

/** Builds dist/cli.mjs when it is missing; returns why it is unavailable, or null when it is there. */
export function ensureCli(context: BenchContext): string | null {
  const cli = join(context.repoRoot, 'dist', 'cli.mjs');
  if (existsSync(cli)) return null;
  context.log('  dist/cli.mjs missing: node scripts/build-node.mjs --quiet');
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs', '--quiet'], { cwd: context.repoRoot, encoding: 'utf8' });
  if (build.status !== 0) return `not available: building dist/cli.mjs failed (${(build.stderr || build.stdout).trim().split('\n')[0] ?? ''})`;
  return existsSync(cli) ? null : 'not available: the build did not produce dist/cli.mjs';
}

/** One run that must succeed before a command is timed; returns why it cannot be, or null. */
export function warmUp(line: CommandLine): string | null {
  const run = runTimed(line);
  return run.status === 0 ? null : `not available: exit status ${run.status}: ${run.stderrTail.trim().split('\n').pop() ?? ''}`;
}

/** Runs the commands in turns (A, B, A, B, …) so a burst of other load hits both alike. */
export function timeInTurns(runs: number, lines: (CommandLine | null)[]): number[][] {
  const times = lines.map(() => [] as number[]);
  for (let i = 0; i < runs; i += 1) lines.forEach((line, k) => line && times[k].push(runTimed(line).ms));
  return times;
}

export async function rssRow(context: BenchContext, label: string, line: CommandLine): Promise<BenchRow> {
  const values: number[] = [];
  let how = '';
  for (let i = 0; i < context.runs; i += 1) {
    const measured = await peakRssKb(line, context.workDir);
    if (!measured) return { kind: 'skipped', label, reason: 'not measured: no /usr/bin/time and not a Node program' };
    values.push(measured.kb / 1024);
    how = measured.how;
  }
  return { kind: 'measured', label, unit: 'MB', ...summarize(values), note: `peak RSS via ${how}` };
}

