// One source of the library: a summary line ("Auteur (jaar). Titel." and its
// type, how many findings cite it) that opens the full reference: type,
// authors, year, title and the fields that type of source needs.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, SourceType } from '../../../shared/model/desk-research';
import { sourceTypes } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ItemDisclosure, StepWarning } from '../insights/ItemDisclosure';
import { PeopleField } from './PeopleField';
import { SourcePreview } from './SourcePreview';
import { updateSource, type SourcePatch } from './recipes';
import { containerLabelKey, textFields, visibleFields } from './source-fields';
import { shortReference } from './source-summary';

export interface SourceItemProps {
  source: Source;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  /** Findings citing this source: deleting it removes those citations. */
  citedBy: number;
  language: Language;
}

export const SourceItem = memo(function SourceItem(props: SourceItemProps): JSX.Element {
  const { t } = useTranslation(['step-desk-research', 'app']);
  const { source, readOnly, onChange, citedBy } = props;
  const id = source.id;
  const name = t('source.itemName', { n: props.index + 1 });
  const reference = shortReference(source, props.language);
  const edit = (patch: SourcePatch, field: string) => onChange((p) => updateSource(p, id, patch), `desk-research.${field}:${id}`);
  const shown = props.open ? visibleFields(source) : null;

  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${reference}` })}
      summary={
        <>
          <span className="inline-tag">{t(`app:enums.sourceType.${source.type}`)}</span>
          {reference}
          {citedBy > 0 ? <span className="muted"> · {t('source.citedBy', { count: citedBy })}</span> : null}
        </>
      }
    >
      {citedBy > 0 && !readOnly ? <StepWarning>{t('source.deleteWarning', { count: citedBy })}</StepWarning> : null}
      <SelectField<SourceType>
        label={t('source.type')}
        srLabelSuffix={name}
        value={source.type}
        readOnly={readOnly}
        options={sourceTypes.map((value) => ({ value, label: t(`app:enums.sourceType.${value}`) }))}
        onChange={(type) => edit({ type }, 'type')}
      />
      <PeopleField kind="authors" owner={name} value={source.authors} readOnly={readOnly} onChange={(authors) => edit({ authors }, 'authors')} />
      <div className="source-row">
        <TextField label={t('source.year')} help={t('source.yearHelp')} srLabelSuffix={name} value={source.year} readOnly={readOnly} onChange={(year) => edit({ year }, 'year')} />
        <TextField label={t('source.title')} srLabelSuffix={name} className="grow" value={source.title} readOnly={readOnly} onChange={(title) => edit({ title }, 'title')} />
      </div>
      {shown?.has('editors') ? (
        <PeopleField kind="editors" owner={name} value={source.editors} readOnly={readOnly} onChange={(editors) => edit({ editors }, 'editors')} />
      ) : null}
      <div className="source-grid">
        {textFields.filter((field) => shown?.has(field)).map((field) => (
          <TextField
            key={field}
            label={t(field === 'containerTitle' ? containerLabelKey(source.type) : `source.${field}`)}
            srLabelSuffix={name}
            type={field === 'url' ? 'url' : 'text'}
            value={source[field]}
            readOnly={readOnly}
            onChange={(value) => edit({ [field]: value }, field)}
          />
        ))}
        {shown?.has('accessed') ? (
          <DateField label={t('source.accessed')} value={source.accessed} readOnly={readOnly} onChange={(accessed) => edit({ accessed }, 'accessed')} />
        ) : null}
      </div>
      <TextAreaField label={t('source.note')} srLabelSuffix={name} rows={2} value={source.note} readOnly={readOnly} onChange={(note) => edit({ note }, 'note')} />
      <SourcePreview source={source} language={props.language} />
    </ItemDisclosure>
  );
});
