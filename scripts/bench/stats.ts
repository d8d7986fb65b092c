// Summaries of repeated measurements. Median and 95th percentile rather than
// mean: on a shared machine a single stall would drag a mean far off, while
// the median shows the typical run and p95 the bad-but-normal one.

import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

export const summarize = (values: number[]): Summary => ({ median: median(values), p95: percentile(values, 95), runs: values.length });

/** Runs `task` once unmeasured (warm caches, JIT), then `runs` times, returning milliseconds per run. */
export async function timeRuns(runs: number, task: () => Promise<unknown> | unknown): Promise<number[]> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}
