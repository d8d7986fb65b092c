// The fields of one opened scale: name, description and its ordered levels
// (add, remove, move; the rank follows the order).

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scale, ScaleLevel } from '../../../shared/model/monitoring';
import { ListEditor } from '../../components/ListEditor';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { StepProps } from '../../components/step-props';
import { addLevel, moveLevel, orderedLevels, removeLevel, updateLevel, updateScale } from './scale-recipes';

export interface ScaleDetailsProps {
  scale: Scale;
  name: string;
  detailsId: string;
  readOnly: boolean;
  onChange: StepProps['onChange'];
}

export function ScaleDetails({ scale, name, detailsId, readOnly, onChange }: ScaleDetailsProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const levels = orderedLevels(scale.levels);
  const levelName = (level: ScaleLevel) => `${t('scales.level', { rank: level.rank })}, ${name}`;
  const label = (field: string, id: string) => `monitoring.scale.${field}:${id}`;

  return (
    <div className="item-details" id={detailsId}>
      <TextField
        label={t('scales.name')}
        srLabelSuffix={name}
        value={scale.name}
        readOnly={readOnly}
        onChange={(value) => onChange((p) => updateScale(p, scale.id, { name: value }), label('name', scale.id))}
      />
      <TextAreaField
        label={t('scales.description')}
        srLabelSuffix={name}
        rows={2}
        value={scale.description}
        readOnly={readOnly}
        onChange={(description) => onChange((p) => updateScale(p, scale.id, { description }), label('description', scale.id))}
      />
      <ListEditor<ScaleLevel>
        label={t('scales.levels')}
        items={levels}
        readOnly={readOnly}
        addLabel={t('scales.addLevel')}
        emptyText={t('scales.noLevels')}
        itemLabel={(level) => levelName(level)}
        onAdd={() => onChange((p) => addLevel(p, scale.id), `monitoring.scale.levels.add:${scale.id}`)}
        onRemove={(id) => onChange((p) => removeLevel(p, scale.id, id), `monitoring.scale.levels.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveLevel(p, scale.id, id, direction), `monitoring.scale.levels.move:${id}`)}
        renderItem={(level) => (
          <div className="scale-level-fields">
            <span className="level-rank" aria-hidden="true">
              {level.rank}
            </span>
            <TextField
              label={t('scales.levelLabel')}
              srLabelSuffix={levelName(level)}
              value={level.label}
              readOnly={readOnly}
              onChange={(value) => onChange((p) => updateLevel(p, scale.id, level.id, { label: value }), label('level.label', level.id))}
            />
            <TextAreaField
              label={t('scales.levelDescription')}
              srLabelSuffix={levelName(level)}
              rows={2}
              value={level.description}
              readOnly={readOnly}
              onChange={(description) =>
                onChange((p) => updateLevel(p, scale.id, level.id, { description }), label('level.description', level.id))
              }
            />
          </div>
        )}
      />
    </div>
  );
}
