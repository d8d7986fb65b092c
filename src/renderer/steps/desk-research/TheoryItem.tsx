// One theory or model used (e.g. COM-B, the theory of planned behaviour): its
// name, a description and the sources it rests on.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, Theory } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { LinkOption } from '../../components/link-picker-filter';
import { LinkPicker } from '../../components/LinkPicker';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { ItemDisclosure } from '../insights/ItemDisclosure';
import { updateTheory } from './recipes';

export interface TheoryItemProps {
  theory: Theory;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  sourceLinks: readonly LinkOption[];
  language: Language;
}

export const TheoryItem = memo(function TheoryItem(props: TheoryItemProps): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const { theory, readOnly, onChange } = props;
  const id = theory.id;
  const name = t('theory.itemName', { n: props.index + 1 });
  const title = theory.name.trim() || t('untitled');
  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <strong>{title}</strong> <span className="muted">· {t('theory.sourceCount', { count: theory.sourceIds.length })}</span>
        </>
      }
    >
      <TextField
        label={t('theory.name')}
        srLabelSuffix={name}
        value={theory.name}
        readOnly={readOnly}
        onChange={(value) => onChange((p) => updateTheory(p, id, { name: value }), `desk-research.theory.name:${id}`)}
      />
      <RichTextField
        id={`theory-description-${id}`}
        label={t('theory.description')}
        value={theory.description}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(value) => onChange((p) => updateTheory(p, id, { description: value }), `desk-research.theory.description:${id}`)}
      />
      <LinkPicker
        label={t('theory.sources')}
        srLabelSuffix={name}
        options={props.sourceLinks}
        value={theory.sourceIds}
        readOnly={readOnly}
        emptyText={t('theory.noSources')}
        onChange={(ids) => onChange((p) => updateTheory(p, id, { sourceIds: ids }), `desk-research.theory.sources:${id}`)}
      />
    </ItemDisclosure>
  );
});
