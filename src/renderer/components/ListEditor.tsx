// An editable list of items with ids: add, remove, move up, move down. The
// caller renders each item's fields; this component owns the buttons and
// keeps keyboard focus sensible when rows appear, move or vanish (a moved row
// is re-inserted in the DOM, which would otherwise drop focus to the page).
// Long lists render only the rows near the view (VirtualList); a row just
// added is kept rendered so focus can move into it.

import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveDirection, WithId } from './list-ops';
import { ItemCommentButton } from '../review/review-context';
import { VirtualList } from './VirtualList';
import './forms.css';

export interface ListEditorProps<T extends WithId> {
  /** Heading of the list, shown as the fieldset legend. */
  label: string;
  items: readonly T[];
  /** Name of one item for buttons and screen readers, e.g. "Auteur 2" (index is 0-based). */
  itemLabel: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  addLabel?: string;
  emptyText?: string;
  help?: string;
  readOnly?: boolean;
  /** Items that stay rendered in a long list wherever it is scrolled (e.g. the open one). */
  keepIds?: readonly (string | null)[];
}

type PendingFocus = { kind: 'new' } | { kind: 'added'; id: string } | { kind: 'button'; id: string; action: 'up' | 'down' | 'remove' } | { kind: 'add' };

export function ListEditor<T extends WithId>(props: ListEditorProps<T>): JSX.Element {
  const { t } = useTranslation('steps');
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<PendingFocus | null>(null);
  const knownIds = useRef<Set<string>>(new Set(props.items.map((item) => item.id)));
  // The row just added: a long list renders it wherever it is, so focus can move into it.
  const [addedId, setAddedId] = useState<string | null>(null);

  useEffect(() => {
    const want = pending.current;
    const ids = props.items.map((item) => item.id);
    const added = ids.find((id) => !knownIds.current.has(id));
    knownIds.current = new Set(ids);
    if (!want) return;
    pending.current = null;
    const row = (id: string) => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    const focusFirstField = (id: string) => row(id)?.querySelector<HTMLElement>('input, textarea, select, [contenteditable="true"]')?.focus();
    if (want.kind === 'new' && added) {
      if (row(added)) focusFirstField(added);
      else {
        pending.current = { kind: 'added', id: added };
        setAddedId(added);
      }
    } else if (want.kind === 'added') {
      focusFirstField(want.id);
    } else if (want.kind === 'button') {
      const target = row(want.id);
      const preferred = target?.querySelector<HTMLButtonElement>(`[data-action="${want.action}"]:not(:disabled)`);
      const fallback = target?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)');
      (preferred ?? fallback)?.focus();
    } else {
      // After a removal: the row now at the same place, or the add button.
      addRef.current?.focus();
    }
  }, [props.items, addedId]);

  const remove = (id: string, index: number) => {
    const next = props.items[index + 1] ?? props.items[index - 1];
    pending.current = next ? { kind: 'button', id: next.id, action: 'remove' } : { kind: 'add' };
    props.onRemove(id);
  };
  const move = (id: string, direction: MoveDirection) => {
    pending.current = { kind: 'button', id, action: direction };
    props.onMove(id, direction);
  };
  const add = () => {
    pending.current = { kind: 'new' };
    props.onAdd();
  };

  const getKey = useCallback((item: T) => item.id, []);
  const keepIds = props.keepIds;
  const keep = useMemo(() => [addedId, ...(keepIds ?? [])], [addedId, keepIds]);

  return (
    <fieldset className="list-editor">
      <legend className="field-label">{props.label}</legend>
      {props.help ? <p className="field-help">{props.help}</p> : null}
      {props.items.length === 0 ? (
        <p className="list-editor-empty">{props.emptyText ?? t('components.listEditor.empty')}</p>
      ) : (
        <VirtualList<T>
          as="ol"
          className="list-editor-items"
          listRef={listRef}
          items={props.items}
          getKey={getKey}
          keepKeys={keep}
          renderRow={(item, index, row) => {
            const name = props.itemLabel(item, index);
            return (
              <li key={item.id} className="list-editor-item" data-item-id={item.id} {...row}>
                <div className="list-editor-fields">{props.renderItem(item, index)}</div>
                {props.readOnly ? (
                  <div className="list-editor-actions">
                    <ItemCommentButton itemId={item.id} itemName={name} />
                  </div>
                ) : (
                  <div className="list-editor-actions">
                    <ItemCommentButton itemId={item.id} itemName={name} />
                    <button
                      type="button"
                      data-action="up"
                      disabled={index === 0}
                      aria-label={t('components.listEditor.moveUpLabel', { item: name })}
                      onClick={() => move(item.id, 'up')}
                    >
                      <span aria-hidden="true">↑</span> {t('components.listEditor.moveUp')}
                    </button>
                    <button
                      type="button"
                      data-action="down"
                      disabled={index === props.items.length - 1}
                      aria-label={t('components.listEditor.moveDownLabel', { item: name })}
                      onClick={() => move(item.id, 'down')}
                    >
                      <span aria-hidden="true">↓</span> {t('components.listEditor.moveDown')}
                    </button>
                    <button
                      type="button"
                      data-action="remove"
                      className="button-danger"
                      aria-label={t('components.listEditor.removeLabel', { item: name })}
                      onClick={() => remove(item.id, index)}
                    >
                      {t('components.listEditor.remove')}
                    </button>
                  </div>
                )}
              </li>
            );
          }}
        />
      )}
      {props.readOnly ? null : (
        <button type="button" ref={addRef} className="list-editor-add" onClick={add}>
          {props.addLabel ?? t('components.listEditor.add')}
        </button>
      )}
    </fieldset>
  );
}

