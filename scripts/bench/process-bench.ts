// Helpers for benchmarks that time whole processes (our CLI against a
// reference program): building the CLI bundle when missing, one unmeasured
// warm-up run, timing in alternating turns, and peak memory. Also the two
// bounds the export benchmarks show next to the ratio: the Node floor process
// (start-up, reading and deflating that no Node exporter can avoid) and the
// same export repeated in this already warm process.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportReport } from '../../src/main/export/export-report';
import { readProjectFile } from '../../src/main/store/read-project-file';
import type { ExportFormat } from '../../src/shared/ipc';
import { LEFT_OUT_OF_ENV, peakRssKb, runTimed, type CommandLine } from './child-process';
import { summarize, timeRuns } from './stats';
import type { BenchContext, BenchRow, MeasuredRow } from './types';

/** Builds dist/cli.cjs when it is missing; returns why it is unavailable, or null when it is there. */
export function ensureCli(context: BenchContext): string | null {
  const cli = join(context.repoRoot, 'dist', 'cli.cjs');
  if (existsSync(cli)) return null;
  context.log('  dist/cli.cjs missing: node scripts/build-node.mjs --quiet');
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs', '--quiet'], { cwd: context.repoRoot, encoding: 'utf8' });
  if (build.status !== 0) return `not available: building dist/cli.cjs failed (${(build.stderr || build.stdout).trim().split('\n')[0] ?? ''})`;
  return existsSync(cli) ? null : 'not available: the build did not produce dist/cli.cjs';
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

export const FLOOR_LABEL = 'Node floor: start, read + parse the project, deflate and write the output';
export const FLOOR_RATIO_LABEL = 'highest ratio a Node process could reach (reference ÷ floor)';
export const WARM_LABEL = "same export in a warm process (the app's second export)";
export const STARTUP_LABEL = 'Node start-up alone (`node -e 0`)';
export const WARM_BOUND_LABEL = 'highest ratio with every function already warm: reference ÷ (start-up + warm export)';

export const FIRST_RUN_LABEL = 'the same CLI export without the code cache (as a first run)';

/**
 * The CLI line run without V8's code cache (dist/cli.cjs keeps one per command; the
 * warm-up run makes it, so the timed CLI runs use it): what a first run costs.
 */
export function firstRunLine(line: CommandLine): CommandLine {
  return { ...line, env: { ...line.env, DRIJFVEER_COMPILE_CACHE: '0' } };
}

/** The first-run row: its median and how much the code cache saves against the CLI row. */
export function firstRunRow(times: number[], cli: MeasuredRow | null): BenchRow {
  if (!cli || times.length === 0) return { kind: 'skipped', label: FIRST_RUN_LABEL, reason: 'not available: needs the CLI row' };
  const summary = summarize(times);
  return { kind: 'measured', label: FIRST_RUN_LABEL, unit: 'ms', ...summary, note: `the code cache saves ${Math.round(summary.median - cli.median)} ms (median)` };
}

/** How the CLI tunes V8, for the descriptions of the export benchmarks. */
export const V8_TUNING_NOTE =
  'The CLI raises V8\'s interrupt budget for itself (a short batch process: fewer lukewarm functions sent to the ' +
  'optimising compiler, see src/main/cli/v8-flags.ts); the default-tuning row, timed in the same turns, is the same ' +
  'export with V8\'s defaults. ';

export const DEFAULT_V8_LABEL = "the same CLI export with V8's default tuning (DRIJFVEER_V8_TUNING=0)";

/**
 * The CLI line with V8's defaults: the CLI raises V8's interrupt budget for itself
 * (src/main/cli/v8-flags.ts), and this line shows what that changes. It keeps a code cache
 * of its own (V8 refuses one made under other flags), so it needs its own warm-up.
 */
export function defaultV8Line(line: CommandLine): CommandLine {
  return { ...line, env: { ...line.env, DRIJFVEER_V8_TUNING: '0' } };
}

/** The row of defaultV8Line: its median, its distance to the CLI row and the ratio it would give. */
export function defaultV8Row(times: number[], cli: MeasuredRow | null, reference: MeasuredRow | null, referenceName: string): BenchRow {
  return variantRow(DEFAULT_V8_LABEL, times, cli, reference, referenceName);
}

/** A row for a variant of the CLI line: its median, its distance to the CLI row and the ratio it would give against the reference. */
function variantRow(label: string, times: number[], cli: MeasuredRow | null, reference: MeasuredRow | null, referenceName: string): BenchRow {
  if (!cli || times.length === 0) return { kind: 'skipped', label, reason: 'not available: needs the CLI row' };
  const summary = summarize(times);
  const ratio = reference ? `; ${referenceName} ÷ this: ${(reference.median / summary.median).toFixed(2)}×` : '';
  return { kind: 'measured', label, unit: 'ms', ...summary, note: `${differenceText(summary.median - cli.median)} than the CLI row (median)${ratio}` };
}

/** "80 ms more" or "36 ms less". */
const differenceText = (ms: number): string => `${Math.abs(Math.round(ms))} ms ${ms < 0 ? 'less' : 'more'}`;

/** The variables of LEFT_OUT_OF_ENV this machine sets, e.g. "NODE_EXTRA_CA_CERTS". */
export function machineOnlyEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of LEFT_OUT_OF_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** The CLI line with the machine's own LEFT_OUT_OF_ENV variables put back, or null when it sets none. */
export function machineEnvLine(line: CommandLine): CommandLine | null {
  const env = machineOnlyEnv();
  return Object.keys(env).length === 0 ? null : { ...line, env: { ...line.env, ...env } };
}

/**
 * The CLI export timed with this machine's own environment, so what the left-out variables
 * cost is on record next to the CLI row, with the ratio it would give.
 */
export function machineEnvRow(times: number[], cli: MeasuredRow | null, reference: MeasuredRow | null): BenchRow | null {
  const names = Object.keys(machineOnlyEnv());
  if (names.length === 0) return null;
  return variantRow(`the same CLI export with this machine's ${names.join(', ')} (Node reads it at every start)`, times, cli, reference, 'LibreOffice');
}

/** A Node process that starts and ends: timed in the same turns, the start-up every whole-process export pays. */
export function startupLine(context: BenchContext): CommandLine {
  return { command: process.execPath, args: ['-e', '0'], cwd: context.workDir };
}

/**
 * The start-up row and the ratio reference ÷ (start-up + warm export): how
 * many times faster than the reference a fresh process could be if its code
 * ran as fast as in the warm process, i.e. with no cold cost at all beyond
 * Node's own start.
 */
export function warmBoundRows(startupTimes: number[], warm: BenchRow, reference: MeasuredRow | null, goalRatio: number): BenchRow[] {
  if (startupTimes.length === 0) {
    return [
      { kind: 'skipped', label: STARTUP_LABEL, reason: 'not measured' },
      { kind: 'skipped', label: WARM_BOUND_LABEL, reason: 'not available: needs the start-up row' },
    ];
  }
  const startup: MeasuredRow = { kind: 'measured', label: STARTUP_LABEL, unit: 'ms', ...summarize(startupTimes) };
  if (!reference || warm.kind !== 'measured') {
    return [startup, { kind: 'skipped', label: WARM_BOUND_LABEL, reason: 'not available: needs the reference and warm rows' }];
  }
  const ratio = reference.median / (startup.median + warm.median);
  return [
    startup,
    {
      kind: 'measured',
      label: WARM_BOUND_LABEL,
      unit: '×',
      median: ratio,
      p95: reference.p95 / (startup.p95 + warm.p95),
      runs: startup.runs,
      note: `goal at least ${goalRatio}×: ${ratio >= goalRatio ? 'within reach only if cold code cost (almost) nothing' : 'out of reach even with no cold cost at all'}`,
    },
  ];
}

/** Every part of a zip (such as a DOCX) uncompressed and laid end to end, in the zip's order: the bytes its writer had to deflate. */
export function zipPartsConcatenated(zip: Uint8Array): Uint8Array {
  const parts = Object.values(unzipSync(zip));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Every Flate stream of a PDF inflated and laid end to end (page contents, fonts, object
 * streams): the bytes its writer had to deflate. Streams that do not inflate are skipped.
 */
export function pdfStreamsInflated(pdf: Uint8Array): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const parts: Buffer[] = [];
  let at = bytes.indexOf('stream');
  while (at >= 0) {
    let start = at + 'stream'.length;
    const isKeyword = bytes[at - 1] !== 0x64; // not the end of "endstream"
    if (bytes[start] === 0x0d) start += 1;
    if (isKeyword && bytes[start] === 0x0a) {
      const end = bytes.indexOf('endstream', start + 1);
      if (end < 0) break;
      try {
        parts.push(inflateSync(bytes.subarray(start + 1, end)));
      } catch {
        // Not a Flate stream (or not whole): nothing its writer deflated.
      }
      at = bytes.indexOf('stream', end + 'endstream'.length);
    } else at = bytes.indexOf('stream', at + 1);
  }
  return Buffer.concat(parts);
}

export interface FloorProcess {
  line: CommandLine;
  payloadBytes: number;
}

/**
 * Writes the payload (untimed) and runs the floor process once unmeasured.
 * Returns the command line to time, or why it cannot be timed.
 */
export async function prepareFloor(context: BenchContext, payload: Uint8Array): Promise<FloorProcess | string> {
  const payloadFile = join(context.workDir, 'floor-payload.bin');
  await writeFile(payloadFile, payload);
  const line: CommandLine = {
    command: process.execPath,
    args: [join(context.repoRoot, 'scripts', 'bench', 'floor-process.mjs'), context.files.xl, payloadFile, join(context.workDir, 'floor-out.bin')],
    cwd: context.workDir,
  };
  return warmUp(line) ?? { line, payloadBytes: payload.length };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The floor row and the ratio reference ÷ floor: the most times faster than
 * the reference that any Node process doing the unavoidable work could be.
 */
export function floorRows(
  floor: FloorProcess | string,
  floorTimes: number[],
  reference: MeasuredRow | null,
  goalRatio: number,
  payloadWhat: string,
): BenchRow[] {
  if (typeof floor === 'string') {
    return [
      { kind: 'skipped', label: FLOOR_LABEL, reason: floor },
      { kind: 'skipped', label: FLOOR_RATIO_LABEL, reason: 'not available: needs the floor row' },
    ];
  }
  const floorRow: MeasuredRow = {
    kind: 'measured',
    label: FLOOR_LABEL,
    unit: 'ms',
    ...summarize(floorTimes),
    note: `deflates ${megabytes(floor.payloadBytes)}: ${payloadWhat}`,
  };
  if (!reference) return [floorRow, { kind: 'skipped', label: FLOOR_RATIO_LABEL, reason: 'not available: needs the reference row' }];
  const ratio = reference.median / floorRow.median;
  return [
    floorRow,
    {
      kind: 'measured',
      label: FLOOR_RATIO_LABEL,
      unit: '×',
      median: ratio,
      p95: reference.p95 / floorRow.p95,
      runs: floorRow.runs,
      note: `goal at least ${goalRatio}×: ${ratio >= goalRatio ? 'within reach of a Node process' : 'out of reach even for the floor process'}`,
    },
  ];
}

/**
 * The same export in this process, after one unmeasured export: no start-up,
 * modules loaded, code warmed up — what the app's second export costs. The
 * bytes are dropped after each run. A project that cannot be read or exported
 * gives a skipped row, so the benchmark's other rows survive.
 */
export async function warmExportRow(context: BenchContext, format: ExportFormat, wholeProcess: MeasuredRow | null): Promise<BenchRow> {
  try {
    const { loaded } = await readProjectFile(context.files.xl);
    const project = loaded.project;
    const language = project.assignment.reportLanguage;
    const times = await timeRuns(context.runs, async () => {
      await exportReport(project, { format, language });
    });
    const summary = summarize(times);
    const more = wholeProcess ? `; the whole-process CLI takes ${Math.round(wholeProcess.median - summary.median)} ms more (median)` : '';
    return { kind: 'measured', label: WARM_LABEL, unit: 'ms', ...summary, note: `in the benchmark process, after one unmeasured export${more}` };
  } catch (error) {
    // Coded errors carry their code at the start of the message.
    return { kind: 'skipped', label: WARM_LABEL, reason: `not available: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) };
  }
}
