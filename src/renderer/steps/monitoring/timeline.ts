// The pilot timeline as bars: each phase with both dates is placed on one
// axis from the earliest start to the latest end, as percentages so plain CSS
// can draw it. A phase that ends before it starts is flagged instead of drawn
// backwards; a phase without both dates is listed but has no bar.

import type { PilotPhase } from '../../../shared/model/monitoring';

const dayMs = 24 * 60 * 60 * 1000;

/** Days since the epoch for a YYYY-MM-DD date, or null when it is not one. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Reject dates such as 2026-02-30 that Date.UTC would roll over.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / dayMs);
}

/** True when both dates are valid and the end lies before the start. */
export function endsBeforeStart(phase: Pick<PilotPhase, 'start' | 'end'>): boolean {
  const start = dayNumber(phase.start);
  const end = dayNumber(phase.end);
  return start !== null && end !== null && end < start;
}

export interface TimelineBar {
  id: string;
  title: string;
  /** Offset and width on the axis, in percent (0–100). Null when the phase cannot be drawn. */
  left: number | null;
  width: number | null;
  invalid: boolean;
}

export interface Timeline {
  /** First and last day on the axis (YYYY-MM-DD), or null when no phase can be drawn. */
  from: string | null;
  to: string | null;
  bars: TimelineBar[];
}

export function buildTimeline(phases: readonly PilotPhase[]): Timeline {
  const spans = phases.map((phase) => {
    const start = dayNumber(phase.start);
    const end = dayNumber(phase.end);
    const drawable = start !== null && end !== null && end >= start;
    return { phase, start, end, drawable };
  });
  const drawn = spans.filter((span) => span.drawable);
  if (drawn.length === 0) {
    return {
      from: null,
      to: null,
      bars: spans.map(({ phase }) => ({ id: phase.id, title: phase.title, left: null, width: null, invalid: endsBeforeStart(phase) })),
    };
  }
  const min = Math.min(...drawn.map((span) => span.start as number));
  // The end day counts as a whole day, so a one-day phase still has a width.
  const max = Math.max(...drawn.map((span) => (span.end as number) + 1));
  const length = max - min;
  const pct = (value: number) => Math.round((value / length) * 10_000) / 100;
  return {
    from: toIso(min),
    to: toIso(max - 1),
    bars: spans.map(({ phase, start, end, drawable }) => ({
      id: phase.id,
      title: phase.title,
      left: drawable ? pct((start as number) - min) : null,
      width: drawable ? pct((end as number) + 1 - (start as number)) : null,
      invalid: endsBeforeStart(phase),
    })),
  };
}

function toIso(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}
