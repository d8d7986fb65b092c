// A list item shown as one summary line with a button that opens its editor.
// Long lists (hundreds of insights or activities) stay fast because closed
// items render only their summary; the button says which item it opens so
// screen-reader users hear "Inzicht 3 bewerken", not just "Bewerken".

import { useId, type JSX, type ReactNode } from 'react';
import './step-editors.css';

export interface ItemDisclosureProps {
  open: boolean;
  onToggle: () => void;
  /** Accessible name of the toggle, e.g. "Inzicht 3: Kosten onbekend". */
  name: string;
  summary: ReactNode;
  children: ReactNode;
}

export function ItemDisclosure({ open, onToggle, name, summary, children }: ItemDisclosureProps): JSX.Element {
  const bodyId = useId();
  return (
    <div className={open ? 'item-disclosure open' : 'item-disclosure'}>
      <div className="item-summary">
        <button
          type="button"
          className="item-toggle"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          aria-label={name}
          onClick={onToggle}
        >
          <span aria-hidden="true" className="item-toggle-icon">
            {open ? '▾' : '▸'}
          </span>
        </button>
        <div className="item-summary-text">{summary}</div>
      </div>
      {open ? (
        <div id={bodyId} className="item-body">
          {children}
        </div>
      ) : null}
    </div>
  );
}

/** A warning line next to an item or above a list; text, not colour alone, carries it. */
export function StepWarning({ children }: { children: ReactNode }): JSX.Element {
  return (
    <p className="step-warning">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
