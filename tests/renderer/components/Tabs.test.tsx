// The shared tabs (WAI-ARIA tabs pattern): which tab a key moves to, and the
// markup that ties each tab to its panel — one tab stop, every aria-controls
// pointing at a panel that exists, only the chosen panel shown, and its
// content rendered lazily unless the panels are kept mounted.

import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Tabs, tabKeyTarget, type TabsProps } from '../../../src/renderer/components/Tabs';

type Id = 'one' | 'two' | 'three';
const tabs: { id: Id; label: string }[] = [
  { id: 'one', label: 'Eén' },
  { id: 'two', label: 'Twee' },
  { id: 'three', label: 'Drie' },
];

function render(props: Partial<TabsProps<Id>> = {}): Document {
  const html = renderToStaticMarkup(
    <Tabs<Id> label="Weergaven" idPrefix="demo" tabs={tabs} selected="two" onSelect={() => undefined} className="demo-tabs" panelClassName="demo-panel" {...props}>
      {(id) => <p data-content={id}>inhoud {id}</p>}
    </Tabs>,
  );
  return parse(html);
}

// A tiny HTML reader is enough for our own flat markup: elements with their attributes.
interface El {
  tag: string;
  attrs: Record<string, string>;
  inner: string;
}
type Document = El[];
function parse(html: string): Document {
  const out: El[] = [];
  const open = /<(\w+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g;
  for (const match of html.matchAll(open)) {
    const attrs: Record<string, string> = {};
    for (const a of match[2].matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = a[2] ?? '';
    const start = (match.index ?? 0) + match[0].length;
    const close = html.indexOf(`</${match[1]}>`, start);
    out.push({ tag: match[1], attrs, inner: html.slice(start, close) });
  }
  return out;
}
const byRole = (doc: Document, role: string) => doc.filter((el) => el.attrs.role === role);

describe('tabKeyTarget', () => {
  it('moves right and left with wrapping, Home to the first, End to the last', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKeyTarget('ArrowLeft', 2, 3)).toBe(1);
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and an empty row', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a']) expect(tabKeyTarget(key, 1, 3)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });

  it('always lands on a tab, and Left undoes Right', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 0, max: count - 1 }))), ([count, at]) => {
        for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) {
          const to = tabKeyTarget(key, at, count);
          expect(to).not.toBeNull();
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(count);
        }
        expect(tabKeyTarget('ArrowLeft', tabKeyTarget('ArrowRight', at, count)!, count)).toBe(at);
      }),
    );
  });
});

describe('Tabs markup', () => {
  it('is a labelled tablist of tabs, the chosen one selected and the only tab stop', () => {
    const doc = render();
    const [list] = byRole(doc, 'tablist');
    expect(list.attrs['aria-label']).toBe('Weergaven');
    expect(list.attrs.class).toBe('demo-tabs');
    const tabEls = byRole(doc, 'tab');
    expect(tabEls.map((t) => t.inner)).toEqual(['Eén', 'Twee', 'Drie']);
    expect(tabEls.map((t) => t.attrs['aria-selected'])).toEqual(['false', 'true', 'false']);
    expect(tabEls.map((t) => t.attrs.tabindex)).toEqual(['-1', '0', '-1']);
    expect(tabEls.every((t) => t.tag === 'button' && t.attrs.type === 'button')).toBe(true);
  });

  it('ties every tab to a panel that exists, and each panel back to its tab', () => {
    const doc = render();
    const panels = byRole(doc, 'tabpanel');
    const panelIds = new Set(panels.map((p) => p.attrs.id));
    expect(panels).toHaveLength(3);
    for (const tab of byRole(doc, 'tab')) {
      expect(panelIds.has(tab.attrs['aria-controls'])).toBe(true);
      const panel = panels.find((p) => p.attrs.id === tab.attrs['aria-controls'])!;
      expect(panel.attrs['aria-labelledby']).toBe(tab.attrs.id);
    }
    expect(byRole(doc, 'tab')[1].attrs.id).toBe('demo-tab-two');
    expect(panels[1].attrs.id).toBe('demo-panel-two');
  });

  it('shows only the chosen panel, focusable, and renders only its content by default', () => {
    const panels = byRole(render(), 'tabpanel');
    expect(panels.map((p) => 'hidden' in p.attrs)).toEqual([true, false, true]);
    expect(panels.map((p) => p.attrs.tabindex)).toEqual(['0', '0', '0']);
    expect(panels.map((p) => p.attrs.class)).toEqual(['demo-panel', 'demo-panel', 'demo-panel']);
    expect(panels.map((p) => p.inner)).toEqual(['', '<p data-content="two">inhoud two</p>', '']);
  });

  it('keeps every panel mounted (hidden) when asked', () => {
    const panels = byRole(render({ keepMounted: true, selected: 'three' }), 'tabpanel');
    expect(panels.map((p) => 'hidden' in p.attrs)).toEqual([true, true, false]);
    expect(panels.map((p) => p.inner)).toEqual(tabs.map(({ id }) => `<p data-content="${id}">inhoud ${id}</p>`));
  });

  it('leaves the first tab reachable when the choice is not among the tabs', () => {
    const doc = render({ selected: 'gone' as Id });
    expect(byRole(doc, 'tab').map((t) => t.attrs.tabindex)).toEqual(['0', '-1', '-1']);
    expect(byRole(doc, 'tabpanel').map((p) => 'hidden' in p.attrs)).toEqual([false, true, true]);
  });
});
