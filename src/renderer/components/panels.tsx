// Layout pieces shared by the step screens: a titled section with a count, and
// a scrollable, keyboard-reachable container for wide tables.

import type { ReactNode } from 'react';

export function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="view-section">
      <h3>
        {title}
        {count !== undefined && <span className="count-badge"> ({count})</span>}
      </h3>
      {children}
    </section>
  );
}

/**
 * A table container that may scroll. It is focusable and named so keyboard
 * users can scroll it too (WCAG 2.1.1), and screen readers announce what it holds.
 */
export function ScrollRegion({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <div className={tall ? 'table-scroll tall' : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
