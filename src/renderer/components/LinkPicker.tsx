// Usage — link an item to other items by id (evidence, segments, insights …):
//
//   <LinkPicker
//     label={t('insight.segments')}
//     options={segments.map((s) => ({ id: s.id, label: s.name, hint: s.description }))}
//     value={insight.segmentIds}
//     onChange={(ids) => onChange((p) => setSegments(p, insight.id, ids), `insights.segments:${insight.id}`)}
//     readOnly={readOnly}
//     emptyText={t('insight.noSegments')}
//   />
//
// Chosen items show as chips with a remove button; a filter box (ARIA
// combobox) opens a listbox of the options not yet chosen: ↑/↓ move, Enter
// adds (and closes the list), Escape closes (a second Escape clears the filter), Backspace in an
// empty box removes the last chip. Built for long lists (1,000 quotes): the
// search text is prepared once per options array, filtering runs on a
// deferred value and at most 50 matches are rendered. Pass a memoised
// `options` array so that preparation is not repeated on every render.
// Ids in `value` that are no longer among the options stay visible (marked
// as missing) so the user can remove a broken link.
// Texts live in the `step-insights` namespace under `linkPicker`.

import { useDeferredValue, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOptions, indexOptions, type LinkOption } from './link-picker-filter';
import './forms.css';
import './link-picker.css';

export type { LinkOption } from './link-picker-filter';

export interface LinkPickerProps {
  label: string;
  options: readonly LinkOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  readOnly?: boolean;
  /** Shown instead of the chips when nothing is chosen. */
  emptyText?: string;
  help?: string;
  /** Read by screen readers after the label, e.g. which insight this picker belongs to. */
  srLabelSuffix?: string;
}

const maxShown = 50;

export function LinkPicker(props: LinkPickerProps): JSX.Element {
  const { t } = useTranslation('step-insights');
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const helpId = `${baseId}-help`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);

  const indexed = useMemo(() => indexOptions(props.options), [props.options]);
  const byId = useMemo(() => new Map(props.options.map((o) => [o.id, o])), [props.options]);
  const chosen = useMemo(() => new Set(props.value), [props.value]);
  const result = useMemo(
    () => (open ? filterOptions(indexed, deferredQuery, chosen, maxShown) : { shown: [], total: 0 }),
    [open, indexed, deferredQuery, chosen],
  );
  const activeIndex = Math.min(active, Math.max(result.shown.length - 1, 0));
  const activeOption = open ? result.shown[activeIndex] : undefined;
  const optionId = (id: string) => `${baseId}-opt-${id}`;

  const add = (id: string) => {
    if (chosen.has(id)) return;
    props.onChange([...props.value, id]);
    // The filter served this pick. Closing keeps the list from covering what
    // follows; ↓ or typing opens it again for the next pick.
    setQuery('');
    setOpen(false);
  };
  const remove = (id: string) => {
    props.onChange(props.value.filter((v) => v !== id));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = result.shown.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else if (count > 0) setActive((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (count > 0) setActive((activeIndex - 1 + count) % count);
        break;
      case 'Home':
      case 'End':
        if (open && count > 0) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : count - 1);
        }
        break;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          add(activeOption.id);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && props.value.length > 0) {
          props.onChange(props.value.slice(0, -1));
        }
        break;
      default:
        break;
    }
  };

  const chips = props.value.map((id) => {
    const option = byId.get(id);
    const name = option?.label ?? t('linkPicker.missing');
    return (
      <li key={id} className={option ? 'link-chip' : 'link-chip link-chip-missing'}>
        <span className="link-chip-text" title={option?.hint}>
          {name}
        </span>
        {props.readOnly ? null : (
          <button
            type="button"
            className="link-chip-remove"
            aria-label={t('linkPicker.remove', { item: name })}
            onClick={() => remove(id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </li>
    );
  });

  return (
    <div className="field link-picker">
      <label className="field-label" htmlFor={props.readOnly ? undefined : inputId} id={`${baseId}-label`}>
        {props.label}
        {props.srLabelSuffix ? <span className="visually-hidden"> {props.srLabelSuffix}</span> : null}
      </label>
      {props.help ? (
        <p id={helpId} className="field-help">
          {props.help}
        </p>
      ) : null}
      {props.value.length === 0 ? (
        <p className="link-picker-empty">{props.emptyText ?? t('linkPicker.empty')}</p>
      ) : (
        <ul className="link-chips" aria-labelledby={`${baseId}-label`}>
          {chips}
        </ul>
      )}
      {props.readOnly ? null : (
        <div className="link-picker-combo">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            autoComplete="off"
            placeholder={t('linkPicker.placeholder')}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
            aria-describedby={props.help ? helpId : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open ? (
            <div className="link-picker-popup">
              <ul id={listId} role="listbox" aria-label={props.label} className="link-picker-list">
                {result.shown.map((option, index) => (
                  <li
                    key={option.id}
                    id={optionId(option.id)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className={index === activeIndex ? 'link-option link-option-active' : 'link-option'}
                    // Keep focus in the input: a click must not blur (and close) first.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => index !== activeIndex && setActive(index)}
                    onClick={() => add(option.id)}
                  >
                    <span className="link-option-label">{option.label}</span>
                    {option.hint ? <span className="link-option-hint">{option.hint}</span> : null}
                  </li>
                ))}
              </ul>
              <p className="link-picker-status" role="status">
                {result.total === 0
                  ? t('linkPicker.noMatches')
                  : result.total > result.shown.length
                    ? t('linkPicker.more', { shown: result.shown.length, total: result.total })
                    : t('linkPicker.count', { count: result.total })}
              </p>
            </div>
          ) : (
            // The listbox stays in the DOM (empty) so aria-controls always points somewhere.
            <ul id={listId} role="listbox" aria-label={props.label} className="link-picker-list" hidden />
          )}
        </div>
      )}
    </div>
  );
}
