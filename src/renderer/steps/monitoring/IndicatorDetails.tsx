// The fields of one opened indicator: what it measures, its kind, the scale
// or unit it is measured in, where the data come from and how often, and its
// baseline and target per segment.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorKinds, type Indicator, type IndicatorKind, type Scale } from '../../../shared/model/monitoring';
import type { Segment } from '../../../shared/model/insights';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { StepProps } from '../../components/step-props';
import { IndicatorTargets } from './IndicatorTargets';
import { updateIndicator, type IndicatorField } from './indicator-recipes';

export interface IndicatorDetailsProps {
  indicator: Indicator;
  name: string;
  detailsId: string;
  scales: readonly Scale[];
  segments: readonly Segment[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
}

/** The select's value for "no scale"; never a real id (ids are never empty). */
const noScale = '';

export function IndicatorDetails(props: IndicatorDetailsProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const { indicator: ind, name, readOnly, onChange } = props;
  const set = (field: IndicatorField) => (value: string) =>
    onChange((p) => updateIndicator(p, ind.id, { [field]: value }), `monitoring.indicator.${field}:${ind.id}`);
  const text = (field: 'name' | 'unit' | 'source' | 'frequency') => (
    <TextField label={t(`indicators.${field}`)} srLabelSuffix={name} value={ind[field]} readOnly={readOnly} onChange={set(field)} />
  );
  // A scale id that no longer exists shows as "no scale" rather than a blank select.
  const scaleValue = ind.scaleId && props.scales.some((s) => s.id === ind.scaleId) ? ind.scaleId : noScale;

  return (
    <div className="item-details" id={props.detailsId}>
      {text('name')}
      <SelectField<IndicatorKind>
        label={t('indicators.kind')}
        srLabelSuffix={name}
        value={ind.kind}
        readOnly={readOnly}
        options={indicatorKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        onChange={(kind) => onChange((p) => updateIndicator(p, ind.id, { kind }), `monitoring.indicator.kind:${ind.id}`)}
      />
      <TextAreaField
        label={t('indicators.description')}
        srLabelSuffix={name}
        rows={2}
        value={ind.description}
        readOnly={readOnly}
        onChange={set('description')}
      />
      <SelectField<string>
        label={t('indicators.scale')}
        srLabelSuffix={name}
        value={scaleValue}
        readOnly={readOnly}
        options={[
          { value: noScale, label: t('indicators.noScale') },
          ...props.scales.map((scale) => ({ value: scale.id, label: scale.name.trim() || t('common.untitled') })),
        ]}
        onChange={(value) =>
          onChange((p) => updateIndicator(p, ind.id, { scaleId: value === noScale ? null : value }), `monitoring.indicator.scaleId:${ind.id}`)
        }
      />
      {text('unit')}
      {text('source')}
      {text('frequency')}
      <IndicatorTargets indicator={ind} name={name} segments={props.segments} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}
