// The collapsed form of a list item: a one-line summary plus a button that
// opens the item's fields. Long lists stay light because only the one opened
// item renders its inputs. The button tells screen readers which item it
// opens and whether it is open (aria-expanded, aria-controls).

import type { JSX, ReactNode } from 'react';
import './summary-toggle.css';

export interface SummaryToggleProps {
  /** The summary line, shown whether the item is open or not. */
  summary: ReactNode;
  expanded: boolean;
  onToggle: () => void;
  /** Id of the element holding the item's fields. */
  controls: string;
  /** Visible button text, e.g. "Bewerken" / "Inklappen". */
  openText: string;
  closeText: string;
  /** Accessible names, naming the item: "Determinant 2 bewerken". */
  openLabel: string;
  closeLabel: string;
}

export function SummaryToggle(props: SummaryToggleProps): JSX.Element {
  return (
    <div className="summary-row">
      <div className="summary-text">{props.summary}</div>
      <button
        type="button"
        className="summary-toggle"
        aria-expanded={props.expanded}
        aria-controls={props.expanded ? props.controls : undefined}
        aria-label={props.expanded ? props.closeLabel : props.openLabel}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">{props.expanded ? '▾' : '▸'}</span> {props.expanded ? props.closeText : props.openText}
      </button>
    </div>
  );
}
