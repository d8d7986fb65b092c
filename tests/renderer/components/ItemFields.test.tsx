// The fields of a list item's editor take from <ItemFields> which item they
// belong to (read after the label), whether they may change, and for rich
// text the library and the citation language; an enum field labels the
// model's values from the app namespace. Outside an item a field is read-only.

import i18next, { type i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SourceSchema } from '../../../src/shared/model/desk-research';
import { priorities } from '../../../src/shared/model/marketing-mix';
import {
  ItemEnumField,
  ItemFields,
  ItemLinkPicker,
  ItemRichTextField,
  ItemSelectField,
  ItemTextField,
} from '../../../src/renderer/components/ItemFields';
import { bundle } from '../i18n-tree';

// The real editor needs a browser; a stand-in shows the props it was given.
vi.mock('../../../src/renderer/components/rich-text/RichTextField', () => ({
  RichTextField: (p: { id?: string; readOnly: boolean; sources: readonly { id: string }[]; citationLanguage?: string }) => (
    <div id={p.id} data-read-only={String(p.readOnly)} data-sources={p.sources.map((s) => s.id).join(',')} data-language={p.citationLanguage} />
  ),
}));

const sources = [SourceSchema.parse({ id: 'src-1', title: 'Bron' }), SourceSchema.parse({ id: 'src-2', title: 'Nog een bron' })];
let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  const resources = {
    nl: { app: await bundle('nl', 'app'), 'step-insights': await bundle('nl', 'step-insights') },
    en: { app: await bundle('en', 'app'), 'step-insights': await bundle('en', 'step-insights') },
  };
  await i18n.use(initReactI18next).init({ resources, lng: 'nl', fallbackLng: 'nl', defaultNS: 'app', interpolation: { escapeValue: false } });
});

function render(node: ReactNode, language = 'nl'): string {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

const noop = () => undefined;
const inItem = (node: ReactNode, readOnly = false) => (
  <ItemFields owner="Aanbeveling 3" readOnly={readOnly} sources={sources} language="en">
    {node}
  </ItemFields>
);

describe('ItemFields', () => {
  it('names the item after every label and passes the editable state', () => {
    const html = render(
      inItem(
        <>
          <ItemTextField label="Titel" value="Meer voorlezen" onChange={noop} />
          <ItemSelectField label="Soort" value="a" options={[{ value: 'a', label: 'A' }]} onChange={noop} />
          <ItemLinkPicker label="Inzichten" options={[]} value={[]} onChange={noop} emptyText="Geen" />
        </>,
      ),
    );
    expect(html.match(/<span class="visually-hidden"> Aanbeveling 3<\/span>/g)).toHaveLength(3);
    expect(html).toContain('>Titel<span class="visually-hidden"> Aanbeveling 3</span></label>');
    expect(html).not.toContain('readOnly');
    expect(html).not.toContain('disabled');
  });

  it('makes every field read-only in a read-only item', () => {
    const html = render(
      inItem(
        <>
          <ItemTextField label="Titel" value="x" onChange={noop} />
          <ItemSelectField label="Soort" value="a" options={[{ value: 'a', label: 'A' }]} onChange={noop} />
          <ItemRichTextField id="tekst-1" label="Tekst" value={{ type: 'doc', content: [] } as never} onChange={noop} />
        </>,
        true,
      ),
    );
    expect(html).toMatch(/<input[^>]*readOnly=""/);
    expect(html).toMatch(/<select[^>]*disabled=""/);
    expect(html).toContain('data-read-only="true"');
  });

  it('gives rich text the library and the citation language of the item, and no item name', () => {
    const html = render(inItem(<ItemRichTextField id="tekst-1" label="Tekst" value={{ type: 'doc', content: [] } as never} onChange={noop} />));
    expect(html).toBe('<div id="tekst-1" data-read-only="false" data-sources="src-1,src-2" data-language="en"></div>');
  });

  it('labels an enum from the app namespace, in the interface language, keeping the model order', () => {
    const field = inItem(<ItemEnumField label="Prioriteit" value="medium" values={priorities} enumName="priority" onChange={noop} />);
    const options = (html: string) => [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], !!m[2]]);
    expect(options(render(field, 'nl'))).toEqual([
      ['high', 'Hoog', false],
      ['medium', 'Middel', true],
      ['low', 'Laag', false],
    ]);
    expect(options(render(field, 'en')).map(([, label]) => label)).toEqual(['High', 'Medium', 'Low']);
  });

  it('outside an item, a field is read-only and names no item', () => {
    const html = render(<ItemTextField label="Titel" value="x" onChange={noop} />);
    expect(html).toMatch(/<input[^>]*readOnly=""/);
    expect(html).not.toContain('visually-hidden');
  });
});
