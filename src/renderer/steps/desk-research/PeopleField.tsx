// The authors or editors of a source: each a person (family name, given
// names) or an organisation ("Gemeente Rotterdam"), which APA writes as is.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../shared/model/desk-research';
import { ListEditor } from '../../components/ListEditor';
import { TextField } from '../../components/TextField';
import { emptyPerson, movePerson, patchPerson, personRows, type PersonRow } from './people';

export interface PeopleFieldProps {
  /** 'authors' or 'editors': picks the texts. */
  kind: 'authors' | 'editors';
  value: readonly PersonName[];
  onChange: (people: PersonName[]) => void;
  readOnly: boolean;
  /** Which source this belongs to, for screen readers ("Bron 3"). */
  owner: string;
}

export function PeopleField({ kind, value, onChange, readOnly, owner }: PeopleFieldProps): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const rowName = (index: number) => t(`people.${kind}.itemName`, { n: index + 1 });
  return (
    <ListEditor<PersonRow>
      label={t(`people.${kind}.list`)}
      help={t('people.help')}
      items={personRows(value)}
      readOnly={readOnly}
      addLabel={t(`people.${kind}.add`)}
      emptyText={t(`people.${kind}.empty`)}
      itemLabel={(_row, index) => `${rowName(index)} (${owner})`}
      onAdd={() => onChange([...value, emptyPerson()])}
      onRemove={(id) => onChange(value.filter((_p, i) => i !== Number(id)))}
      onMove={(id, direction) => onChange(movePerson(value, Number(id), direction))}
      renderItem={(row, index) => {
        const suffix = `${rowName(index)} ${owner}`;
        const set = (patch: Partial<PersonName>) => onChange(patchPerson(value, index, patch));
        return (
          <div className="person-fields">
            <TextField label={t('people.family')} srLabelSuffix={suffix} value={row.person.family} readOnly={readOnly} onChange={(family) => set({ family })} />
            <TextField label={t('people.given')} srLabelSuffix={suffix} value={row.person.given} readOnly={readOnly} onChange={(given) => set({ given })} />
            <TextField label={t('people.organisation')} srLabelSuffix={suffix} value={row.person.literal ?? ''} readOnly={readOnly} onChange={(literal) => set({ literal })} />
          </div>
        );
      }}
    />
  );
}
