// The shape every benchmark module has, so new ones (DOCX export vs pandoc, PDF
// export vs LibreOffice, step switching in the UI via Playwright) plug into the
// runner by being added to its list in run.ts, and their rows land in the same report.

/** One measured figure, summarised over N runs. */
export interface MeasuredRow {
  kind: 'measured';
  /** What was measured, e.g. "open XL project (readProjectFile)". */
  label: string;
  unit: 'ms' | 'MB' | '×';
  median: number;
  p95: number;
  runs: number;
  note?: string;
}

/** A measurement that could not be taken here, with the reason shown instead of a figure. */
export interface SkippedRow {
  kind: 'skipped';
  label: string;
  reason: string;
}

export type BenchRow = MeasuredRow | SkippedRow;

/** What the runner prepares once and hands to every benchmark. */
export interface BenchContext {
  /** Measured runs per figure (after one unmeasured warm-up run). */
  runs: number;
  repoRoot: string;
  /** A fresh temporary folder, removed after the run; benchmarks may write anything here. */
  workDir: string;
  /** Project files to measure, already on disk in workDir (copies, never the committed ones). */
  files: { sample: string; xl: string };
  log: (line: string) => void;
}

export interface Benchmark {
  /** Short stable id, used by `--only`. */
  id: string;
  /** Section title in docs/benchmarks.md. */
  title: string;
  /** One or two sentences on what is compared and why, for the report. */
  description: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
