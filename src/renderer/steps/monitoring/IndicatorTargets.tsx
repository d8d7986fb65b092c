// Baseline and target of one indicator as a small table: a row for the whole
// target group, then one row per segment from step 6. Each cell is a text
// input ("30%", "niveau 2") whose accessible name says indicator and segment.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/model/monitoring';
import type { Segment } from '../../../shared/model/insights';
import type { StepProps } from '../../components/step-props';
import { setIndicatorTarget, targetFor } from './indicator-recipes';

export interface IndicatorTargetsProps {
  indicator: Indicator;
  /** Accessible name of the indicator ("Indicator 2"). */
  name: string;
  segments: readonly Segment[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
}

export function IndicatorTargets({ indicator, name, segments, readOnly, onChange }: IndicatorTargetsProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const rows: { segmentId: string | null; label: string }[] = [
    { segmentId: null, label: t('indicators.wholeGroup') },
    ...segments.map((segment) => ({ segmentId: segment.id, label: segment.name.trim() || t('indicators.unnamedSegment') })),
  ];
  const cell = (segmentId: string | null, segmentLabel: string, field: 'baseline' | 'target') => {
    const value = targetFor(indicator, segmentId)[field];
    const accessible = `${t(field === 'baseline' ? 'indicators.baselineFor' : 'indicators.targetFor', { segment: segmentLabel })}, ${name}`;
    return (
      <td>
        <input
          type="text"
          className="target-input"
          aria-label={accessible}
          value={value}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(event) => {
            const next = event.target.value;
            onChange(
              (p) => setIndicatorTarget(p, indicator.id, segmentId, field, next),
              `monitoring.indicator.${field}:${indicator.id}:${segmentId ?? 'all'}`,
            );
          }}
        />
      </td>
    );
  };

  return (
    <div className="indicator-targets">
      <table className="data-table targets-table">
        <caption>{t('indicators.targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.segment')}</th>
            <th scope="col">{t('indicators.baseline')}</th>
            <th scope="col">{t('indicators.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.segmentId ?? 'all'}>
              <th scope="row">{row.label}</th>
              {cell(row.segmentId, row.label, 'baseline')}
              {cell(row.segmentId, row.label, 'target')}
            </tr>
          ))}
        </tbody>
      </table>
      {segments.length === 0 ? <p className="field-help">{t('indicators.noSegments')}</p> : null}
    </div>
  );
}
