// The fields inside the editor of one list item (a finding, a segment, a
// recommendation …). Each of them belongs to that item: its label is read by
// screen readers with the item's name after it ("Titel Aanbeveling 3"), it
// follows the document's read-only state, and rich text cites from the
// project's library in the report's language. The item's editor says this once
// with <ItemFields>; the Item… fields below take it from there, so a step
// passes only what is its own: label, value and what a change does.
// Outside <ItemFields> a field is read-only and names no item.

import { createContext, useContext, useMemo, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../shared/model/desk-research';
import type { Language } from '../../shared/language';
import { LinkPicker, type LinkPickerProps } from './LinkPicker';
import { SelectField, type SelectFieldProps } from './SelectField';
import { TextField, type TextFieldProps } from './TextField';
import { RichTextField, type RichTextFieldProps } from './rich-text/RichTextField';

export interface ItemFieldScope {
  /** The item's name, e.g. "Aanbeveling 3". */
  owner: string;
  readOnly: boolean;
  /** The project's source library, offered when citing in rich text. */
  sources: readonly Source[];
  /** The report's language, in which citations read. */
  language: Language;
}

const outside: ItemFieldScope = { owner: '', readOnly: true, sources: [], language: 'nl' };
const ScopeContext = createContext<ItemFieldScope>(outside);

export function ItemFields({ owner, readOnly, sources, language, children }: ItemFieldScope & { children: ReactNode }): JSX.Element {
  const scope = useMemo(() => ({ owner, readOnly, sources, language }), [owner, readOnly, sources, language]);
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

/** What a field takes from its item: which item it belongs to and whether it may change. */
export function useItemOwnedProps(): { srLabelSuffix: string | undefined; readOnly: boolean } {
  const { owner, readOnly } = useContext(ScopeContext);
  return { srLabelSuffix: owner || undefined, readOnly };
}

type Owned<P> = Omit<P, 'srLabelSuffix' | 'readOnly'>;

export function ItemTextField(props: Owned<TextFieldProps>): JSX.Element {
  const owned = useItemOwnedProps();
  return <TextField {...props} {...owned} />;
}

export function ItemSelectField<V extends string>(props: Owned<SelectFieldProps<V>>): JSX.Element {
  const owned = useItemOwnedProps();
  return <SelectField<V> {...props} {...owned} />;
}

export interface ItemEnumFieldProps<V extends string> extends Owned<Omit<SelectFieldProps<V>, 'options'>> {
  /** The model's values, in the order offered. */
  values: readonly V[];
  /** Where their labels live in the app namespace: `enums.<enumName>.<value>`. */
  enumName: string;
}

/** A choice among the values of a model enum, each shown by its translated label. */
export function ItemEnumField<V extends string>({ values, enumName, ...props }: ItemEnumFieldProps<V>): JSX.Element {
  const { t } = useTranslation('app');
  const options = values.map((value) => ({ value, label: t(`enums.${enumName}.${value}`) }));
  return <ItemSelectField<V> {...props} options={options} />;
}

export function ItemLinkPicker(props: Owned<LinkPickerProps>): JSX.Element {
  const owned = useItemOwnedProps();
  return <LinkPicker {...props} {...owned} />;
}

/** Rich text names no item after its label: its id (which includes the item's id) keeps it apart. */
export function ItemRichTextField(props: Omit<RichTextFieldProps, 'readOnly' | 'sources' | 'citationLanguage'>): JSX.Element {
  const { readOnly, sources, language } = useContext(ScopeContext);
  return <RichTextField {...props} readOnly={readOnly} sources={sources} citationLanguage={language} />;
}
