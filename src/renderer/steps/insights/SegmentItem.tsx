// One segment of the target group with its persona: a summary line (name,
// share) that opens the editor for the description, the short lists of
// drivers, barriers, trusted places and channels, and the persona.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/model/insights';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { ItemDisclosure } from './ItemDisclosure';
import { StringListField } from './StringListField';
import { updatePersona, updateSegment, type SegmentPatch } from './recipes';

export interface SegmentItemProps {
  segment: Segment;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  language: Language;
}

const listFields = ['drivers', 'barriers', 'trustedPlaces', 'channels'] as const;

export const SegmentItem = memo(function SegmentItem(props: SegmentItemProps): JSX.Element {
  const { t } = useTranslation('step-insights');
  const { segment, readOnly, onChange } = props;
  const id = segment.id;
  const name = t('segment.itemName', { n: props.index + 1 });
  const title = segment.name.trim() || t('untitled');
  const set = (patch: SegmentPatch, field: string) => onChange((p) => updateSegment(p, id, patch), `insights.segment.${field}:${id}`);
  const persona = segment.persona;

  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <strong>{title}</strong>
          {segment.share ? <span className="muted"> · {segment.share}</span> : null}
          {persona.name ? <span className="muted"> · {t('segment.personaShort', { name: persona.name })}</span> : null}
        </>
      }
    >
      <div className="field-row">
        <TextField label={t('segment.name')} srLabelSuffix={name} value={segment.name} readOnly={readOnly} onChange={(v) => set({ name: v }, 'name')} />
        <TextField
          label={t('segment.share')}
          help={t('segment.shareHelp')}
          srLabelSuffix={name}
          value={segment.share}
          readOnly={readOnly}
          onChange={(v) => set({ share: v }, 'share')}
        />
      </div>
      <RichTextField
        id={`segment-description-${id}`}
        label={t('segment.description')}
        value={segment.description}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(v) => set({ description: v }, 'description')}
      />
      <div className="field-row">
        {listFields.map((field) => (
          <StringListField
            key={field}
            label={t(`segment.${field}`)}
            help={t('segment.onePerLine')}
            srLabelSuffix={name}
            value={segment[field]}
            readOnly={readOnly}
            onChange={(v) => set({ [field]: v }, field)}
          />
        ))}
      </div>
      <fieldset className="list-editor">
        <legend className="field-label">{t('segment.persona')}</legend>
        <div className="field-row">
          <TextField
            label={t('segment.personaName')}
            srLabelSuffix={name}
            value={persona.name}
            readOnly={readOnly}
            onChange={(v) => onChange((p) => updatePersona(p, id, { name: v }), `insights.persona.name:${id}`)}
          />
          <TextField
            label={t('segment.personaAge')}
            srLabelSuffix={name}
            value={persona.age}
            readOnly={readOnly}
            onChange={(v) => onChange((p) => updatePersona(p, id, { age: v }), `insights.persona.age:${id}`)}
          />
        </div>
        <RichTextField
          id={`persona-description-${id}`}
          label={t('segment.personaDescription')}
          value={persona.description}
          readOnly={readOnly}
          sources={props.sources}
          citationLanguage={props.language}
          onChange={(v) => onChange((p) => updatePersona(p, id, { description: v }), `insights.persona.description:${id}`)}
        />
        <TextField
          label={t('segment.personaQuote')}
          help={t('segment.personaQuoteHelp')}
          srLabelSuffix={name}
          value={persona.quote}
          readOnly={readOnly}
          onChange={(v) => onChange((p) => updatePersona(p, id, { quote: v }), `insights.persona.quote:${id}`)}
        />
      </fieldset>
    </ItemDisclosure>
  );
});
