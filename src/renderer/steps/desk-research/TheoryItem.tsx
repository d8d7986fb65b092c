// One theory or model used (e.g. COM-B, the theory of planned behaviour): its
// name, a description and the sources it rests on.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theory } from '../../../shared/model/desk-research';
import type { LinkOption } from '../../components/link-picker-filter';
import { ItemLinkPicker, ItemRichTextField, ItemTextField } from '../../components/ItemFields';
import { ListItemEditor, type ListItemProps } from '../insights/ListItemEditor';
import { updateTheory } from './recipes';

export interface TheoryItemProps extends ListItemProps {
  theory: Theory;
  sourceLinks: readonly LinkOption[];
}

export const TheoryItem = memo(function TheoryItem(props: TheoryItemProps): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const { theory, onChange } = props;
  const id = theory.id;
  const name = t('theory.itemName', { n: props.index + 1 });
  const title = theory.name.trim() || t('untitled');
  const summary = (
    <>
      <strong>{title}</strong> <span className="muted">· {t('theory.sourceCount', { count: theory.sourceIds.length })}</span>
    </>
  );

  return (
    <ListItemEditor item={props} id={id} name={name} title={title} ns="step-desk-research" summary={summary}>
      <ItemTextField
        label={t('theory.name')}
        value={theory.name}
        onChange={(value) => onChange((p) => updateTheory(p, id, { name: value }), `desk-research.theory.name:${id}`)}
      />
      <ItemRichTextField
        id={`theory-description-${id}`}
        label={t('theory.description')}
        value={theory.description}
        onChange={(value) => onChange((p) => updateTheory(p, id, { description: value }), `desk-research.theory.description:${id}`)}
      />
      <ItemLinkPicker
        label={t('theory.sources')}
        options={props.sourceLinks}
        value={theory.sourceIds}
        emptyText={t('theory.noSources')}
        onChange={(ids) => onChange((p) => updateTheory(p, id, { sourceIds: ids }), `desk-research.theory.sources:${id}`)}
      />
    </ListItemEditor>
  );
});
