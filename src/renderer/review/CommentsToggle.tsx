// The status bar's comments button, and the open-comment badge of a sidebar
// step. Both say the count in words for screen readers, not only as a number.

import { useTranslation } from 'react-i18next';
import { PANEL_ID } from './CommentsPanel';

export const TOGGLE_ID = 'comments-toggle';

export function CommentsToggle({ open, openTotal, onToggle }: { open: boolean; openTotal: number; onToggle: () => void }) {
  const { t } = useTranslation('review');
  return (
    <button
      id={TOGGLE_ID}
      type="button"
      className="button subtle comments-toggle"
      aria-expanded={open}
      aria-controls={open ? PANEL_ID : undefined}
      aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
      onClick={onToggle}
    >
      {t('toggle.label', { count: openTotal })}
    </button>
  );
}

export function StepCommentBadge({ count }: { count: number }) {
  const { t } = useTranslation('review');
  if (count <= 0) return null;
  return (
    <>
      <span className="step-comment-badge" aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {t('badge.open', { count })}</span>
    </>
  );
}
