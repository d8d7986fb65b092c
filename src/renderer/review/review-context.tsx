// How item editors deep in a step reach the comments: a React context provided
// by the workspace, so the shared list UI (and any other item card) can show a
// comment button without every step threading props through. Outside a
// workspace (no provider) the button renders nothing.

import { createContext, useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectedQuoteIn } from './selection-quote';

export interface ReviewContextValue {
  /** False for documents that take no comments at all (a file from a newer Drijfveer). */
  canComment: boolean;
  /** Ids of the project's items: list rows that are not model items (e.g. form helpers) get no button. */
  isItem: (id: string) => boolean;
  openCounts: ReadonlyMap<string, number>;
  totalCounts: ReadonlyMap<string, number>;
  /** The item's comment button was used; `quote` is the text selected inside the item, or ''. */
  commentOnItem: (itemId: string, quote: string) => void;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

/** Marks the button so a jump to an item can put focus on it. */
export const ITEM_COMMENT_BUTTON = 'data-item-comment';

export function ItemCommentButton({ itemId, itemName }: { itemId: string; itemName: string }) {
  const { t } = useTranslation('review');
  const review = useContext(ReviewContext);
  const ref = useRef<HTMLButtonElement>(null);
  if (!review || !review.canComment || !review.isItem(itemId)) return null;
  const open = review.openCounts.get(itemId) ?? 0;
  const total = review.totalCounts.get(itemId) ?? 0;

  const use = () => {
    const item = ref.current?.closest('[data-item-id]');
    review.commentOnItem(itemId, item ? selectedQuoteIn(item) : '');
  };

  return (
    <button
      ref={ref}
      type="button"
      className={total > 0 ? 'item-comment-button has-comments' : 'item-comment-button'}
      {...{ [ITEM_COMMENT_BUTTON]: itemId }}
      aria-label={total > 0 ? t('item.buttonLabelCount', { item: itemName, count: open }) : t('item.buttonLabel', { item: itemName })}
      // Keep a text selection made with the mouse: pressing the button must not clear it before the click reads it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={use}
    >
      {total > 0 ? t('item.buttonCount', { count: open }) : t('item.button')}
    </button>
  );
}
