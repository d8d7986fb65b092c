// DOCX export of the XL project as a user runs it (`node dist/cli.cjs export
// <xl> --docx <out>`: a whole process, start-up, reading, citations, figures
// and zipping included), side by side with pandoc turning the same report
// content, written out as Markdown beforehand, into DOCX. The goal:
// at least 8× faster than pandoc and under 0.8 s on the 2-core machine.
// Two bounds sit next to the ratio: the Node floor process (process-bench.ts)
// and the same export repeated in this warm process.

import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportDocFor } from '../../src/main/export/export-report';
import { figureSvg } from '../../src/main/export/figures/figure-svg';
import { svgToPng } from '../../src/main/export/figures/figure-png';
import { readProjectFile } from '../../src/main/store/read-project-file';
import type { FigureBlock } from '../../src/shared/report/doc';
import { docBlocks } from '../../src/shared/report/walk';
import type { CommandLine } from './child-process';
import { defaultV8Line, defaultV8Row, ensureCli, firstRunLine, firstRunRow, floorRows, prepareFloor, rssRow, startupLine, timeInTurns, warmBoundRows, warmExportRow, V8_TUNING_NOTE, warmUp, zipPartsConcatenated } from './process-bench';
import { reportMarkdown } from './report-markdown';
import { summarize } from './stats';
import type { Benchmark, BenchContext, BenchRow, MeasuredRow } from './types';

const OURS = 'CLI `node dist/cli.cjs export <xl> --docx` (whole process)';
const PANDOC = 'reference `pandoc -f markdown -t docx` on the same content';
const GOAL_MS = 800;
const GOAL_RATIO = 8;

/** The XL report as Markdown plus its figure pictures, written to disk before anything is timed. */
async function writeMarkdown(context: BenchContext): Promise<{ file: string; toc: boolean }> {
  const { loaded } = await readProjectFile(context.files.xl);
  const doc = reportDocFor(loaded.project, loaded.project.assignment.reportLanguage);
  const figures = docBlocks(doc).filter((block): block is FigureBlock => block.type === 'figure');
  const names = new Map<string, string>();
  for (const [index, block] of figures.entries()) {
    const name = `figure-${index + 1}.png`;
    await writeFile(join(context.workDir, name), (await svgToPng(figureSvg(block.figure, doc.meta.accentColor))).png);
    names.set(block.id, name);
  }
  const file = join(context.workDir, 'xl-report.md');
  await writeFile(file, reportMarkdown(doc, (block) => names.get(block.id) ?? 'missing.png'));
  return { file, toc: doc.toc };
}

export const docxExport: Benchmark = {
  id: 'docx',
  title: 'DOCX export of the XL project as a whole process, against pandoc',
  description:
    'Wall-clock time of `node dist/cli.cjs export <xl> --docx <out>` (start-up, reading, APA citations, figures, ' +
    'zipping) next to `pandoc -f markdown -t docx` converting the same report (headings, paragraphs, lists, tables, ' +
    'quotes, figure pictures) written out as Markdown beforehand, untimed. The ratio is pandoc ÷ CLI: how many times ' +
    `faster the CLI is (goal: at least ${GOAL_RATIO}×, and under ${GOAL_MS} ms). ` +
    'The Node floor process, timed in the same turns, only starts Node, reads and parses the project file and deflates ' +
    'the uncompressed parts of the CLI\'s DOCX: a cost no exporter written for Node can avoid, so pandoc ÷ floor is the ' +
    'highest ratio any Node process could reach here. The warm row repeats the export inside the already running ' +
    'benchmark process; its distance to the CLI row is what start-up, module loading and cold code cost. ' +
    'The CLI runs with V8\'s code cache (dist/cli.cjs keeps one per command, made by the unmeasured warm-up run as by any ' +
    'earlier run of the same command); the first-run row, timed in the same turns, is the same export without it. ' +
    V8_TUNING_NOTE +
    'A bare `node -e 0`, timed in the same turns, is Node\'s own start-up; reference ÷ (start-up + warm export) is the ' +
    'highest ratio a fresh process could reach if none of its code ran cold.',
  async run(context) {
    const rows: BenchRow[] = [];
    const oursFile = join(context.workDir, 'ours.docx');
    const ours: CommandLine = {
      command: process.execPath,
      args: ['dist/cli.cjs', 'export', context.files.xl, '--docx', oursFile],
      cwd: context.repoRoot,
    };
    // The default-tuning line keeps a code cache of its own: warm it up too.
    const oursProblem = ensureCli(context) ?? warmUp(ours) ?? warmUp(defaultV8Line(ours));
    // The floor deflates what our DOCX writer deflated: every part of the DOCX just exported, uncompressed.
    const floor = oursProblem
      ? 'not available: the payload is the CLI export, which failed'
      : await prepareFloor(context, zipPartsConcatenated(await readFile(oursFile)));

    let pandoc: CommandLine | null = null;
    let pandocProblem: string | null = spawnSync('pandoc', ['--version']).status === 0 ? null : 'not available: pandoc not found';
    if (!pandocProblem) {
      context.log('  writing the XL report as Markdown (untimed)');
      const markdown = await writeMarkdown(context);
      const args = ['-f', 'markdown', '-t', 'docx', ...(markdown.toc ? ['--toc'] : []), '-o', 'pandoc.docx', markdown.file];
      pandoc = { command: 'pandoc', args, cwd: context.workDir };
      pandocProblem = warmUp(pandoc);
    }

    context.log(`  CLI export, pandoc and the Node floor process, in turns (with a bare Node start) × ${context.runs}`);
    const [oursTimes, pandocTimes, floorTimes, startupTimes, firstRunTimes, defaultV8Times] = timeInTurns(context.runs, [
      oursProblem ? null : ours,
      pandocProblem ? null : pandoc,
      typeof floor === 'string' ? null : floor.line,
      startupLine(context),
      oursProblem ? null : firstRunLine(ours),
      oursProblem ? null : defaultV8Line(ours),
    ]);
    let oursRow: MeasuredRow | null = null;
    if (oursProblem) rows.push({ kind: 'skipped', label: OURS, reason: oursProblem });
    else {
      const summary = summarize(oursTimes);
      const note = `goal under ${GOAL_MS} ms: ${summary.median < GOAL_MS ? 'met' : 'not met'}`;
      rows.push((oursRow = { kind: 'measured', label: OURS, unit: 'ms', ...summary, note }));
    }
    let pandocRow: MeasuredRow | null = null;
    if (pandocProblem || !pandoc) rows.push({ kind: 'skipped', label: PANDOC, reason: pandocProblem ?? 'not available' });
    else rows.push((pandocRow = { kind: 'measured', label: PANDOC, unit: 'ms', ...summarize(pandocTimes) }));

    if (oursRow && pandocRow) {
      const ratio = pandocRow.median / oursRow.median;
      rows.push({
        kind: 'measured',
        label: 'ratio pandoc ÷ CLI (times faster)',
        unit: '×',
        median: ratio,
        p95: pandocRow.p95 / oursRow.p95,
        runs: context.runs,
        note: `goal at least ${GOAL_RATIO}×: ${ratio >= GOAL_RATIO ? 'met' : 'not met'}${ratio < 1 ? '; below 1: the CLI is slower than pandoc' : ''}`,
      });
    } else rows.push({ kind: 'skipped', label: 'ratio pandoc ÷ CLI', reason: 'not available: needs both rows above' });
    if (!oursProblem) rows.push(firstRunRow(firstRunTimes, oursRow), defaultV8Row(defaultV8Times, oursRow, pandocRow, 'pandoc'));
    rows.push(...floorRows(floor, floorTimes, pandocRow, GOAL_RATIO, 'the uncompressed parts of the CLI\'s DOCX'));

    context.log('  peak RSS');
    const rssRows: BenchRow[] = [];
    if (oursRow) rssRows.push(await rssRow(context, 'peak RSS of the CLI export', ours));
    if (pandocRow && pandoc) rssRows.push(await rssRow(context, 'peak RSS of pandoc', pandoc));

    // Last, so the project held in this process does not weigh on the child processes timed above.
    context.log(`  the same export in this warm process × ${context.runs}`);
    const warm = await warmExportRow(context, 'docx', oursRow);
    rows.push(warm, ...warmBoundRows(startupTimes, warm, pandocRow, GOAL_RATIO), ...rssRows);
    return rows;
  },
};
