// Long lists (400 sources, 600 findings) render their first rows only, with a
// button for more: a step with a thousand rows would take seconds to paint,
// and the search box finds any item directly.

import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';

export const pageSize = 50;

/** How many rows to render; back to one page whenever the list is filtered anew. */
export function useShownLimit(filterKey: string): [number, () => void] {
  const [state, setState] = useState({ key: filterKey, limit: pageSize });
  const limit = state.key === filterKey ? state.limit : pageSize;
  return [limit, () => setState({ key: filterKey, limit: limit + pageSize * 2 })];
}

export function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }): JSX.Element | null {
  const { t } = useTranslation('step-desk-research');
  if (shown >= total) return null;
  return (
    <p className="show-more">
      <span className="muted">{t('showMore.status', { shown, total })}</span>{' '}
      <button type="button" onClick={onMore}>
        {t('showMore.button', { count: Math.min(pageSize * 2, total - shown) })}
      </button>
    </p>
  );
}
