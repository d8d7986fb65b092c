// A determinate progress bar with a visible caption, used while a report is
// made (export and PDF preview). `fraction` runs from 0 to 1; screen readers
// get the rounded percentage through the progressbar role and its label.

import type { JSX } from 'react';

export interface ProgressBarProps {
  /** Visible text next to the bar, e.g. "Bezig met exporteren…". */
  caption: string;
  /** Accessible name of the bar. */
  label: string;
  /** Progress from 0 to 1. */
  fraction: number;
  /** Extra class on the wrapper, next to `export-progress`. */
  className?: string;
}

export function ProgressBar({ caption, label, fraction, className }: ProgressBarProps): JSX.Element {
  const percent = Math.round(fraction * 100);
  return (
    <div className={className ? `export-progress ${className}` : 'export-progress'}>
      <span>{caption}</span>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
