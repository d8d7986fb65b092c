// The items of the advice lists, each one summary line that opens its editor:
// a point of attention or pitfall (title + text) and a good example (title,
// text, place, source from the library).

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceItem, GoodExample } from '../../../shared/model/advice';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { describeSource } from '../../components/rich-text/format-citation';
import { ItemDisclosure } from '../insights/ItemDisclosure';
import { updateAdviceItem } from './recipes';

interface CommonProps {
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  language: Language;
}

export interface SimpleItemProps extends CommonProps {
  item: AdviceItem;
  list: 'attentionPoints' | 'pitfalls';
}

export const SimpleAdviceItem = memo(function SimpleAdviceItem(props: SimpleItemProps): JSX.Element {
  const { t } = useTranslation('step-advice');
  const { item, list, readOnly, onChange } = props;
  const name = t(`${list}.itemName`, { n: props.index + 1 });
  const title = item.title.trim() || t('untitled');
  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(item.id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={<strong>{title}</strong>}
    >
      <TextField
        label={t('fields.title')}
        srLabelSuffix={name}
        value={item.title}
        readOnly={readOnly}
        onChange={(v) => onChange((p) => updateAdviceItem(p, list, item.id, { title: v }), `advice.${list}.title:${item.id}`)}
      />
      <RichTextField
        id={`advice-${list}-${item.id}`}
        label={t('fields.text')}
        value={item.text}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(v) => onChange((p) => updateAdviceItem(p, list, item.id, { text: v }), `advice.${list}.text:${item.id}`)}
      />
    </ItemDisclosure>
  );
});

export interface GoodExampleItemProps extends CommonProps {
  item: GoodExample;
}

export const GoodExampleItem = memo(function GoodExampleItem(props: GoodExampleItemProps): JSX.Element {
  const { t } = useTranslation('step-advice');
  const { item, readOnly, onChange } = props;
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
  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(item.id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <strong>{title}</strong>
          {item.place ? <span className="muted"> · {item.place}</span> : null}
          {source ? <span className="muted"> · {describeSource(source, props.language)}</span> : null}
        </>
      }
    >
      <div className="field-row">
        <TextField label={t('fields.title')} srLabelSuffix={name} value={item.title} readOnly={readOnly} onChange={(v) => set({ title: v }, 'title')} />
        <TextField
          label={t('goodExamples.place')}
          help={t('goodExamples.placeHelp')}
          srLabelSuffix={name}
          value={item.place}
          readOnly={readOnly}
          onChange={(v) => set({ place: v }, 'place')}
        />
      </div>
      <RichTextField
        id={`advice-goodExamples-${item.id}`}
        label={t('fields.text')}
        value={item.text}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(v) => set({ text: v }, 'text')}
      />
      <SelectField<string>
        label={t('goodExamples.source')}
        help={props.sources.length === 0 ? t('goodExamples.noSourcesYet') : undefined}
        srLabelSuffix={name}
        value={item.sourceId ?? ''}
        readOnly={readOnly}
        options={sourceOptions}
        onChange={(v) => set({ sourceId: v === '' ? null : v }, 'source')}
      />
    </ItemDisclosure>
  );
});
