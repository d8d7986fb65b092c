// The search palette (Ctrl/Cmd+K): one box that searches the whole project —
// every title, name, text, interview answer, quote, source, activity — and
// jumps to the item. WAI-ARIA combobox with a listbox popup inside a modal
// <dialog> (the browser gives the focus trap, Escape and the inert page):
// arrow keys move through the results, Enter jumps, Escape closes and returns
// focus where it was. The index is built when the palette first opens and
// reused until the project changes; at most LIMIT results render, with a
// count of the rest.

import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../shared/model/project';
import { searchIndexFor } from '../../shared/search/search-index';
import { searchProjectIndex, type SearchResult, type Snippet } from '../../shared/search/query';
import { stepNumber } from '../steps/steps';
import { useJump } from './jump';
import { registerPaletteOpener } from './palette-control';
import './search.css';

const LIMIT = 50;

export function SearchPalette({ project }: { project: Project }): JSX.Element | null {
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(
    () =>
      registerPaletteOpener(() => {
        if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.search-palette')) {
          returnFocus.current = document.activeElement;
        }
        setOpen(true);
      }),
    [],
  );
  if (!open) return null;
  return (
    <PaletteDialog
      project={project}
      onClose={(jumped) => {
        setOpen(false);
        const back = returnFocus.current;
        returnFocus.current = null;
        if (!jumped && back?.isConnected) window.requestAnimationFrame(() => back.focus());
      }}
    />
  );
}

function Marked({ snippet }: { snippet: Snippet }): JSX.Element {
  const parts: JSX.Element[] = [];
  let at = 0;
  snippet.marks.forEach(([start, end], n) => {
    if (start > at) parts.push(<span key={`t${n}`}>{snippet.text.slice(at, start)}</span>);
    parts.push(<mark key={`m${n}`}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(<span key="rest">{snippet.text.slice(at)}</span>);
  return <>{parts}</>;
}

function PaletteDialog({ project, onClose }: { project: Project; onClose: (jumped: boolean) => void }): JSX.Element {
  const { t } = useTranslation(['search', 'app']);
  const jump = useJump();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();
  const helpId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [active, setActive] = useState(0);
  const index = useMemo(() => searchIndexFor(project), [project]);
  const outcome = useMemo(() => searchProjectIndex(index, deferred, LIMIT), [index, deferred]);
  const { results, total } = outcome;
  const optionId = (n: number) => `${listId}-option-${n}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => dialog?.close();
  }, []);
  useEffect(() => setActive(0), [outcome]);
  useEffect(() => {
    document.getElementById(`${listId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, outcome, listId]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onClose(true);
    jump({ stepId: result.stepId, itemId: result.itemId, parentId: result.parentId });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === 'ArrowDown' && count > 0) setActive((n) => (n + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((n) => (n - 1 + count) % count);
    else if (event.key === 'PageDown' && count > 0) setActive((n) => Math.min(count - 1, n + 10));
    else if (event.key === 'PageUp' && count > 0) setActive((n) => Math.max(0, n - 10));
    else if (event.key === 'Enter') choose(results[active]);
    else return;
    event.preventDefault();
  };

  const searching = deferred.trim() !== '';
  const status = !searching ? '' : total === 0 ? t('none') : t('found', { count: total });

  return (
    <dialog
      ref={dialogRef}
      className="modal search-palette"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialogRef.current) onClose(false);
      }}
    >
      <div className="search-palette-body">
        <h2 id={titleId} className="search-palette-title">
          {t('title')}
        </h2>
        <input
          ref={inputRef}
          type="text"
          className="search-palette-input"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
          aria-labelledby={titleId}
          aria-describedby={helpId}
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={helpId} className="search-palette-help muted">
          {t('help')}
        </p>
        <p className="search-palette-status" role="status">
          {status}
        </p>
        <ul id={listId} role="listbox" aria-label={t('results')} className="search-results">
          {results.map((result, n) => {
            const kind = t(`kinds.${result.kind}`);
            const field = t(`fields.${result.field}`, { defaultValue: '' });
            // A step-level field (the background, the conclusion) is named by its field.
            const title = result.kind === 'field' ? field : result.label.trim() || kind;
            return (
              <li
                key={`${result.itemId ?? result.field}-${n}`}
                id={optionId(n)}
                role="option"
                aria-selected={n === active}
                className={n === active ? 'search-result active' : 'search-result'}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (n !== active) setActive(n);
                }}
                onClick={() => choose(result)}
              >
                <span className="search-result-where">
                  {stepNumber(result.stepId)}. {t(`app:stepNames.${result.stepId}`)}
                  {result.kind === 'field' ? null : ` · ${kind} · ${field}`}
                </span>
                <span className="search-result-title">{title}</span>
                {result.isTitle && result.snippet.text === title ? null : (
                  <span className="search-result-snippet">
                    <Marked snippet={result.snippet} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {total > results.length ? <p className="search-palette-more muted">{t('more', { count: total - results.length })}</p> : null}
      </div>
    </dialog>
  );
}
