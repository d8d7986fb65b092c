// The source picker that opens on "[" or Ctrl+Shift+C in a rich-text field: a
// filter box (combobox) over a listbox of the project's sources, navigable
// with the arrow keys, Enter to cite, Escape to go back to the text. An
// optional page locator ("p. 12") goes with the citation.

import { useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { FieldLabel } from '../FieldLabel';
import { describeSource, filterSources } from './format-citation';

export interface SourcePickerProps {
  sources: readonly Source[];
  language: Language;
  onChoose: (sourceId: string, locator: string) => void;
  onCancel: () => void;
}

export function SourcePicker({ sources, language, onChoose, onCancel }: SourcePickerProps): JSX.Element {
  const { t } = useTranslation('steps');
  const id = useId();
  const [query, setQuery] = useState('');
  const [locator, setLocator] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterSources(sources, query, language), [sources, query, language]);
  const current = matches[Math.min(active, matches.length - 1)];
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (source: Source | undefined) => {
    if (source) onChoose(source.id, locator.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(active + 8, last),
      PageUp: Math.max(active - 8, 0),
    };
    if (event.key in moves && matches.length > 0) {
      // Home/End move the caret in the filter box unless Ctrl is held; arrows always move the choice.
      if ((event.key === 'Home' || event.key === 'End') && !event.ctrlKey) return;
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current);
    }
  };

  const escape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  if (sources.length === 0) {
    return (
      <div className="rt-popover" role="dialog" aria-label={t('components.richText.picker.title')} onKeyDown={escape}>
        <p className="field-help" role="status">{t('components.richText.picker.emptyLibrary')}</p>
        <div className="rt-popover-actions">
          <button type="button" autoFocus onClick={onCancel}>{t('components.richText.picker.cancel')}</button>
        </div>
      </div>
    );
  }

  return (
    <div className="rt-popover rt-picker" role="dialog" aria-label={t('components.richText.picker.title')} onKeyDown={escape}>
      <div className="field">
        <FieldLabel htmlFor={`${id}-filter`} text={t('components.richText.picker.filter')} />
        <input
          id={`${id}-filter`}
          type="text"
          role="combobox"
          autoFocus
          autoComplete="off"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(matches.indexOf(current)) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {matches.length === 0
          ? t('components.richText.picker.noMatch', { query })
          : t('components.richText.picker.count', { count: matches.length })}
      </p>
      {matches.length === 0 ? (
        <p className="field-help">{t('components.richText.picker.noMatch', { query })}</p>
      ) : (
        <ul id={listId} role="listbox" className="rt-picker-list" aria-label={t('components.richText.picker.list')}>
          {matches.map((source, index) => (
            <li
              key={source.id}
              id={optionId(index)}
              role="option"
              aria-selected={source === current}
              className={source === current ? 'rt-picker-option is-active' : 'rt-picker-option'}
              // mousedown, not click: the filter box keeps focus and its caret.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(source);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {describeSource(source, language)}
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <FieldLabel htmlFor={`${id}-locator`} text={t('components.richText.picker.locator')} />
        <input
          id={`${id}-locator`}
          type="text"
          autoComplete="off"
          aria-describedby={`${id}-locator-help`}
          value={locator}
          onChange={(event) => setLocator(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              choose(current);
            }
          }}
        />
        <p id={`${id}-locator-help`} className="field-help">{t('components.richText.picker.locatorHelp')}</p>
      </div>
      <div className="rt-popover-actions">
        <button type="button" disabled={!current} onClick={() => choose(current)}>
          {t('components.richText.picker.insert')}
        </button>
        <button type="button" onClick={onCancel}>{t('components.richText.picker.cancel')}</button>
      </div>
    </div>
  );
}
