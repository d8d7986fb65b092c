// One segment of the target group with its persona: a summary line (name,
// share) that opens the editor for the description, the short lists of
// drivers, barriers, trusted places and channels, and the persona.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona, Segment } from '../../../shared/model/insights';
import { ItemRichTextField, ItemTextField } from '../../components/ItemFields';
import { ListItemEditor, type ListItemProps } from './ListItemEditor';
import { ItemStringListField } from './StringListField';
import { updatePersona, updateSegment, type SegmentPatch } from './recipes';

export interface SegmentItemProps extends ListItemProps {
  segment: Segment;
}

const listFields = ['drivers', 'barriers', 'trustedPlaces', 'channels'] as const;

export const SegmentItem = memo(function SegmentItem(props: SegmentItemProps): JSX.Element {
  const { t } = useTranslation('step-insights');
  const { segment, onChange } = props;
  const id = segment.id;
  const name = t('segment.itemName', { n: props.index + 1 });
  const title = segment.name.trim() || t('untitled');
  const set = (patch: SegmentPatch, field: string) => onChange((p) => updateSegment(p, id, patch), `insights.segment.${field}:${id}`);
  const setPersona = (patch: Partial<Persona>, field: string) => onChange((p) => updatePersona(p, id, patch), `insights.persona.${field}:${id}`);
  const persona = segment.persona;

  const summary = (
    <>
      <strong>{title}</strong>
      {segment.share ? <span className="muted"> · {segment.share}</span> : null}
      {persona.name ? <span className="muted"> · {t('segment.personaShort', { name: persona.name })}</span> : null}
    </>
  );

  return (
    <ListItemEditor item={props} id={id} name={name} title={title} ns="step-insights" summary={summary}>
      <div className="field-row">
        <ItemTextField label={t('segment.name')} value={segment.name} onChange={(v) => set({ name: v }, 'name')} />
        <ItemTextField label={t('segment.share')} help={t('segment.shareHelp')} value={segment.share} onChange={(v) => set({ share: v }, 'share')} />
      </div>
      <ItemRichTextField
        id={`segment-description-${id}`}
        label={t('segment.description')}
        value={segment.description}
        onChange={(v) => set({ description: v }, 'description')}
      />
      <div className="field-row">
        {listFields.map((field) => (
          <ItemStringListField
            key={field}
            label={t(`segment.${field}`)}
            help={t('segment.onePerLine')}
            value={segment[field]}
            onChange={(v) => set({ [field]: v }, field)}
          />
        ))}
      </div>
      <fieldset className="list-editor">
        <legend className="field-label">{t('segment.persona')}</legend>
        <div className="field-row">
          <ItemTextField label={t('segment.personaName')} value={persona.name} onChange={(v) => setPersona({ name: v }, 'name')} />
          <ItemTextField label={t('segment.personaAge')} value={persona.age} onChange={(v) => setPersona({ age: v }, 'age')} />
        </div>
        <ItemRichTextField
          id={`persona-description-${id}`}
          label={t('segment.personaDescription')}
          value={persona.description}
          onChange={(v) => setPersona({ description: v }, 'description')}
        />
        <ItemTextField
          label={t('segment.personaQuote')}
          help={t('segment.personaQuoteHelp')}
          value={persona.quote}
          onChange={(v) => setPersona({ quote: v }, 'quote')}
        />
      </fieldset>
    </ListItemEditor>
  );
});
