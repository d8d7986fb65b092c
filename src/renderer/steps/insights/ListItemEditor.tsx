// The frame of the list items that open into an editor in steps 4, 6 and 8
// (a finding, a theory, an insight, a segment, a recommendation …): the
// summary line with its toggle (ItemDisclosure), and the fields, which all
// belong to the item (ItemFields). The item itself passes its summary, its
// fields and what changing them does.

import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { ItemFields } from '../../components/ItemFields';
import { ItemDisclosure } from './ItemDisclosure';

/** What the list gives each of its items. */
export interface ListItemProps {
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  language: Language;
}

export interface ListItemEditorProps {
  /** The props the item received from its list. */
  item: ListItemProps;
  id: string;
  /** The item's name, e.g. "Aanbeveling 3": in the toggle's name and read after every field label. */
  name: string;
  /** Its title, or the start of its text, in the toggle's name. */
  title: string;
  /** The step's namespace, which holds the toggle's `expand` and `collapse` texts. */
  ns: 'step-advice' | 'step-insights' | 'step-desk-research';
  summary: ReactNode;
  children: ReactNode;
}

export function ListItemEditor({ item, id, name, title, ns, summary, children }: ListItemEditorProps): JSX.Element {
  const { t } = useTranslation(ns);
  return (
    <ItemDisclosure
      open={item.open}
      onToggle={() => item.onToggle(id)}
      name={t(item.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={summary}
    >
      <ItemFields owner={name} readOnly={item.readOnly} sources={item.sources} language={item.language}>
        {children}
      </ItemFields>
    </ItemDisclosure>
  );
}
