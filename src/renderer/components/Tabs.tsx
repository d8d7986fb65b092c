// A row of tabs over panels, after the WAI-ARIA tabs pattern: a tablist of
// tab buttons, each tied to its tabpanel (aria-controls, aria-labelledby);
// one tab stop for the whole row (roving tabindex: only the chosen tab is in
// the Tab order); Left/Right move to the previous/next tab (wrapping round),
// Home/End to the first/last, and the tab moved to is chosen at once
// (automatic activation). Tab then moves into the chosen panel, which is
// focusable itself so a panel that starts with text can be read from there.
//
// Every tab has a panel element, so aria-controls always points at one; the
// panels not chosen are hidden. By default they are also empty: only the
// chosen panel's content is rendered (a step with 150 interviews costs
// nothing while another tab is open). `keepMounted` renders every panel's
// content and only hides it, for content that is costly to make again.
// The choice itself is the caller's state (a search result may change it).

import { useRef, type JSX, type KeyboardEvent, type ReactNode } from 'react';

export interface TabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  /** The element ids are `<idPrefix>-tab-<id>` and `<idPrefix>-panel-<id>`. */
  idPrefix: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  /** Class of the tab list (the row of tabs). */
  className?: string;
  /** Class of each panel. */
  panelClassName?: string;
  keepMounted?: boolean;
  /** The content of a tab's panel. */
  children: (id: T) => ReactNode;
}

/** The index of the tab a key moves to from tab `at` of `count`, or null when the key does not move. */
export function tabKeyTarget(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function Tabs<T extends string>(props: TabsProps<T>): JSX.Element {
  const { tabs, selected, onSelect, idPrefix } = props;
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const tabId = (id: T) => `${idPrefix}-tab-${id}`;
  const panelId = (id: T) => `${idPrefix}-panel-${id}`;
  // A choice that is not among the tabs leaves the first tab reachable by Tab.
  const current = tabs.some((tab) => tab.id === selected) ? selected : tabs[0]?.id;

  const onKeyDown = (event: KeyboardEvent) => {
    const to = tabKeyTarget(event.key, tabs.findIndex((tab) => tab.id === current), tabs.length);
    if (to === null) return;
    event.preventDefault();
    const id = tabs[to].id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={props.label} className={props.className} onKeyDown={onKeyDown}>
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={id === current}
            aria-controls={panelId(id)}
            tabIndex={id === current ? 0 : -1}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            onClick={() => onSelect(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {tabs.map(({ id }) => (
        <div
          key={id}
          role="tabpanel"
          id={panelId(id)}
          aria-labelledby={tabId(id)}
          className={props.panelClassName}
          tabIndex={0}
          hidden={id !== current}
        >
          {id === current || props.keepMounted ? props.children(id) : null}
        </div>
      ))}
    </>
  );
}
