// Small building blocks shared by the read-only step views: a titled section
// with a count, a definition list of fields, and a plain list of words.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LaterVersionNote() {
  const { t } = useTranslation('app');
  return <p className="later-version-note">{t('view.laterVersion')}</p>;
}

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

/** Shown instead of an empty list or table. */
export function NoneYet() {
  const { t } = useTranslation('app');
  return <p className="muted empty">{t('view.none')}</p>;
}

export function Fields({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const visible = rows.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  if (visible.length === 0) return null;
  return (
    <dl className="fields">
      {visible.map(([label, value]) => (
        <div key={label} className="field-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short list of strings as a comma-separated line, or nothing when empty. */
export const joinWords = (words: readonly string[]): string => words.filter((w) => w.trim() !== '').join(', ');

/** Titles of the items whose ids are listed, in list order, skipping dangling ids. */
export function titlesOf<T extends { id: string }>(
  ids: readonly string[],
  byId: ReadonlyMap<string, T>,
  title: (item: T) => string,
): string {
  return joinWords(ids.map((id) => byId.get(id)).filter((item): item is T => !!item).map(title));
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
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
