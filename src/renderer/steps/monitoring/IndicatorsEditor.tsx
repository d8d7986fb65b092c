// Indicators: a collapsed list (name, kind, number of targets), one opened at
// a time for editing.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Scale } from '../../../shared/model/monitoring';
import type { Segment } from '../../../shared/model/insights';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { SummaryToggle } from '../target-group/SummaryToggle';
import { IndicatorDetails } from './IndicatorDetails';
import { addIndicator, moveIndicator, removeIndicator } from './indicator-recipes';

export interface IndicatorsEditorProps {
  indicators: readonly Indicator[];
  scales: readonly Scale[];
  segments: readonly Segment[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
  expandedId: string | null;
  onExpand: (id: string | null) => void;
}

export function IndicatorsEditor(props: IndicatorsEditorProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const { readOnly, onChange, expandedId, onExpand } = props;
  const itemName = (index: number) => t('indicators.item', { n: index + 1 });

  return (
    <ListEditor<Indicator>
      label={t('indicators.label')}
      help={t('indicators.help')}
      items={props.indicators}
      readOnly={readOnly}
      addLabel={t('indicators.add')}
      emptyText={t('indicators.empty')}
      itemLabel={(_item, index) => itemName(index)}
      onAdd={() => {
        const id = newId();
        onExpand(id);
        onChange((p) => addIndicator(p, id), 'monitoring.indicators.add');
      }}
      onRemove={(id) => onChange((p) => removeIndicator(p, id), `monitoring.indicators.remove:${id}`)}
      onMove={(id, direction) => onChange((p) => moveIndicator(p, id, direction), `monitoring.indicators.move:${id}`)}
      renderItem={(indicator, index) => {
        const expanded = expandedId === indicator.id;
        const name = itemName(index);
        const detailsId = `indicator-${indicator.id}`;
        return (
          <>
            <SummaryToggle
              summary={
                <>
                  <strong>{indicator.name.trim() || t('common.untitled')}</strong>{' '}
                  <span className="summary-muted">
                    · {t(`kind.${indicator.kind}`)} · {t('indicators.targetCount', { count: indicator.targets.length })}
                  </span>
                </>
              }
              expanded={expanded}
              controls={detailsId}
              onToggle={() => onExpand(expanded ? null : indicator.id)}
              openText={t('common.edit')}
              closeText={t('common.close')}
              openLabel={t('common.editLabel', { item: name })}
              closeLabel={t('common.closeLabel', { item: name })}
            />
            {expanded ? (
              <IndicatorDetails
                indicator={indicator}
                name={name}
                detailsId={detailsId}
                scales={props.scales}
                segments={props.segments}
                readOnly={readOnly}
                onChange={onChange}
              />
            ) : null}
          </>
        );
      }}
    />
  );
}
