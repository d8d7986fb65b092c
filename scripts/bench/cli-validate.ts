// `npm run cli -- validate <xl>` as a user runs it: a whole Node process that
// starts, reads, migrates and validates the XL project and prints a summary.
// Set side by side with another program doing the least one can do with the
// same file (Python's json.tool: parse and pretty-print), the ratio says how
// much our start-up, checks and validation cost on top of a bare JSON pass.

import { spawnSync } from 'node:child_process';
import type { CommandLine } from './child-process';
import { ensureCli, rssRow, timeInTurns, warmUp } from './process-bench';
import { summarize } from './stats';
import type { Benchmark, BenchRow, MeasuredRow } from './types';

const CLI_LABEL = 'CLI `node dist/cli.cjs validate` on the XL project';
const PYTHON_LABEL = 'reference `python3 -m json.tool` on the XL project';

export const cliValidate: Benchmark = {
  id: 'cli',
  title: 'CLI validate as a whole process, against a reference JSON pass',
  description:
    'Wall-clock time of a complete process, start-up included. `node dist/cli.cjs validate` reads, migrates and ' +
    'validates the XL project with the app\'s own code; `python3 -m json.tool <xl> > /dev/null` only parses and ' +
    'pretty-prints the same JSON. The ratio is CLI ÷ reference (median over median, p95 over p95).',
  async run(context) {
    const rows: BenchRow[] = [];
    const cli: CommandLine = { command: process.execPath, args: ['dist/cli.cjs', 'validate', context.files.xl], cwd: context.repoRoot };
    const python: CommandLine = { command: 'python3', args: ['-m', 'json.tool', context.files.xl], cwd: context.workDir };

    const cliProblem = ensureCli(context) ?? warmUp(cli);
    const pythonProblem = spawnSync('python3', ['--version']).status === 0 ? warmUp(python) : 'not available: python3 not found';
    context.log(`  CLI validate and python3 -m json.tool, in turns × ${context.runs}`);
    const [cliTimes, pythonTimes] = timeInTurns(context.runs, [cliProblem ? null : cli, pythonProblem ? null : python]);

    let cliRow: MeasuredRow | null = null;
    if (cliProblem) rows.push({ kind: 'skipped', label: CLI_LABEL, reason: cliProblem });
    else rows.push((cliRow = { kind: 'measured', label: CLI_LABEL, unit: 'ms', ...summarize(cliTimes) }));
    let pythonRow: MeasuredRow | null = null;
    if (pythonProblem) rows.push({ kind: 'skipped', label: PYTHON_LABEL, reason: pythonProblem });
    else rows.push((pythonRow = { kind: 'measured', label: PYTHON_LABEL, unit: 'ms', ...summarize(pythonTimes) }));

    if (cliRow && pythonRow) {
      rows.push({
        kind: 'measured',
        label: 'ratio CLI ÷ reference',
        unit: '×',
        median: cliRow.median / pythonRow.median,
        p95: cliRow.p95 / pythonRow.p95,
        runs: context.runs,
        note: 'above 1: the CLI is slower than the bare JSON pass',
      });
    } else {
      rows.push({ kind: 'skipped', label: 'ratio CLI ÷ reference', reason: 'not available: needs both rows above' });
    }

    context.log('  peak RSS');
    if (cliRow) rows.push(await rssRow(context, 'peak RSS of the CLI process', cli));
    else rows.push({ kind: 'skipped', label: 'peak RSS of the CLI process', reason: 'not available: the CLI did not run' });
    if (pythonRow) rows.push(await rssRow(context, 'peak RSS of the reference process', python));
    return rows;
  },
};
