// The frame of a list item's editor: its toggle is named after the item in
// the step's own words (open or close), a closed item renders only its
// summary, and the fields of an open item belong to it (its name after each
// label, its read-only state).

import i18next, { type i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItemTextField } from '../../../../src/renderer/components/ItemFields';
import { ListItemEditor, type ListItemProps } from '../../../../src/renderer/steps/insights/ListItemEditor';
import { bundle } from '../../i18n-tree';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  const resources = {
    nl: { 'step-advice': await bundle('nl', 'step-advice') },
    en: { 'step-desk-research': await bundle('en', 'step-desk-research') },
  };
  await i18n.use(initReactI18next).init({ resources, lng: 'nl', fallbackLng: 'nl', interpolation: { escapeValue: false } });
});

const noop = () => undefined;
const base: ListItemProps = { index: 2, open: true, onToggle: noop, readOnly: false, onChange: noop, sources: [], language: 'nl' };

function render(item: ListItemProps, ns: 'step-advice' | 'step-desk-research', language: string): string {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ListItemEditor item={item} id="rec-1" name="Aanbeveling 3" title="Meer voorlezen" ns={ns} summary={<strong>Meer voorlezen</strong>}>
        <ItemTextField label="Titel" value="Meer voorlezen" onChange={noop} />
      </ListItemEditor>
    </I18nextProvider>,
  );
}

describe('ListItemEditor', () => {
  it('names the toggle after the item in the step namespace and language', () => {
    expect(render(base, 'step-advice', 'nl')).toContain('aria-label="Aanbeveling 3: Meer voorlezen sluiten"');
    expect(render({ ...base, open: false }, 'step-advice', 'nl')).toContain('aria-label="Aanbeveling 3: Meer voorlezen openen"');
    expect(render({ ...base, open: false }, 'step-desk-research', 'en')).toContain('aria-label="Open Aanbeveling 3: Meer voorlezen"');
  });

  it('renders the fields only when open, each naming the item', () => {
    const open = render(base, 'step-advice', 'nl');
    expect(open).toContain('aria-expanded="true"');
    expect(open).toContain('Titel<span class="visually-hidden"> Aanbeveling 3</span>');
    expect(open).not.toMatch(/<input[^>]*readOnly/);
    const closed = render({ ...base, open: false }, 'step-advice', 'nl');
    expect(closed).toContain('<strong>Meer voorlezen</strong>');
    expect(closed).not.toContain('<input');
  });

  it('passes the read-only state to the fields', () => {
    expect(render({ ...base, readOnly: true }, 'step-advice', 'nl')).toMatch(/<input[^>]*readOnly=""/);
  });
});
