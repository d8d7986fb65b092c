// The items of the advice lists, each one summary line that opens its editor:
// a point of attention or pitfall (title + text) and a good example (title,
// text, place, source from the library).

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceItem, GoodExample } from '../../../shared/model/advice';
import { ItemRichTextField, ItemSelectField, ItemTextField } from '../../components/ItemFields';
import { describeSource } from '../../components/rich-text/format-citation';
import { ListItemEditor, type ListItemProps } from '../insights/ListItemEditor';
import { updateAdviceItem } from './recipes';

export interface SimpleItemProps extends ListItemProps {
  item: AdviceItem;
  list: 'attentionPoints' | 'pitfalls';
}

export const SimpleAdviceItem = memo(function SimpleAdviceItem(props: SimpleItemProps): JSX.Element {
  const { t } = useTranslation('step-advice');
  const { item, list, onChange } = props;
  const name = t(`${list}.itemName`, { n: props.index + 1 });
  const title = item.title.trim() || t('untitled');
  const set = (patch: Partial<AdviceItem>, field: string) =>
    onChange((p) => updateAdviceItem(p, list, item.id, patch), `advice.${list}.${field}:${item.id}`);
  return (
    <ListItemEditor item={props} id={item.id} name={name} title={title} ns="step-advice" summary={<strong>{title}</strong>}>
      <ItemTextField label={t('fields.title')} value={item.title} onChange={(v) => set({ title: v }, 'title')} />
      <ItemRichTextField id={`advice-${list}-${item.id}`} label={t('fields.text')} value={item.text} onChange={(v) => set({ text: v }, 'text')} />
    </ListItemEditor>
  );
});

export interface GoodExampleItemProps extends ListItemProps {
  item: GoodExample;
}

export const GoodExampleItem = memo(function GoodExampleItem(props: GoodExampleItemProps): JSX.Element {
  const { t } = useTranslation('step-advice');
  const { item, onChange } = props;
  const name = t('goodExamples.itemName', { n: props.index + 1 });
  const title = item.title.trim() || t('untitled');
  const set = (patch: Partial<GoodExample>, field: string) =>
    onChange((p) => updateAdviceItem(p, 'goodExamples', item.id, patch), `advice.goodExamples.${field}:${item.id}`);
  const source = item.sourceId ? props.sources.find((s) => s.id === item.sourceId) : undefined;
  // A source id that no longer resolves is shown as such rather than silently as "none".
  const sourceOptions = [
    { value: '', label: t('goodExamples.noSource') },
    ...(item.sourceId && !source ? [{ value: item.sourceId, label: t('goodExamples.deletedSource') }] : []),
    ...props.sources.map((s) => ({ value: s.id, label: describeSource(s, props.language) })),
  ];
  const summary = (
    <>
      <strong>{title}</strong>
      {item.place ? <span className="muted"> · {item.place}</span> : null}
      {source ? <span className="muted"> · {describeSource(source, props.language)}</span> : null}
    </>
  );

  return (
    <ListItemEditor item={props} id={item.id} name={name} title={title} ns="step-advice" summary={summary}>
      <div className="field-row">
        <ItemTextField label={t('fields.title')} value={item.title} onChange={(v) => set({ title: v }, 'title')} />
        <ItemTextField label={t('goodExamples.place')} help={t('goodExamples.placeHelp')} value={item.place} onChange={(v) => set({ place: v }, 'place')} />
      </div>
      <ItemRichTextField id={`advice-goodExamples-${item.id}`} label={t('fields.text')} value={item.text} onChange={(v) => set({ text: v }, 'text')} />
      <ItemSelectField<string>
        label={t('goodExamples.source')}
        help={props.sources.length === 0 ? t('goodExamples.noSourcesYet') : undefined}
        value={item.sourceId ?? ''}
        options={sourceOptions}
        onChange={(v) => set({ sourceId: v === '' ? null : v }, 'source')}
      />
    </ListItemEditor>
  );
});
