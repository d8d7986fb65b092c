// Level scales: a collapsed list of scales (name and number of levels), one
// opened at a time, plus a button that starts a new scale from the
// five-level digital-skills template.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/language';
import type { Scale } from '../../../shared/model/monitoring';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { SummaryToggle } from '../target-group/SummaryToggle';
import { digitalSkillsScale } from './digital-skills-template';
import { ScaleDetails } from './ScaleDetails';
import { addScale, moveScale, removeScale } from './scale-recipes';

export interface ScalesEditorProps {
  scales: readonly Scale[];
  /** Language the template's texts are written in: the report's. */
  language: Language;
  readOnly: boolean;
  onChange: StepProps['onChange'];
  expandedId: string | null;
  onExpand: (id: string | null) => void;
}

export function ScalesEditor({ scales, language, readOnly, onChange, expandedId, onExpand }: ScalesEditorProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const itemName = (index: number) => t('scales.item', { n: index + 1 });
  const addFromTemplate = () => {
    const scale = digitalSkillsScale(language);
    onExpand(scale.id);
    onChange((p) => addScale(p, scale.id, scale), 'monitoring.scales.template');
  };

  return (
    <div className="scales-editor">
      <ListEditor<Scale>
        label={t('scales.label')}
        help={t('scales.help')}
        items={scales}
        readOnly={readOnly}
        addLabel={t('scales.add')}
        emptyText={t('scales.empty')}
        itemLabel={(_scale, index) => itemName(index)}
        onAdd={() => {
          const id = newId();
          onExpand(id);
          onChange((p) => addScale(p, id), 'monitoring.scales.add');
        }}
        onRemove={(id) => onChange((p) => removeScale(p, id), `monitoring.scales.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveScale(p, id, direction), `monitoring.scales.move:${id}`)}
        renderItem={(scale, index) => {
          const expanded = expandedId === scale.id;
          const name = itemName(index);
          const detailsId = `scale-${scale.id}`;
          return (
            <>
              <SummaryToggle
                summary={
                  <>
                    <strong>{scale.name.trim() || t('common.untitled')}</strong>{' '}
                    <span className="summary-muted">· {t('scales.levelCount', { count: scale.levels.length })}</span>
                  </>
                }
                expanded={expanded}
                controls={detailsId}
                onToggle={() => onExpand(expanded ? null : scale.id)}
                openText={t('common.edit')}
                closeText={t('common.close')}
                openLabel={t('common.editLabel', { item: name })}
                closeLabel={t('common.closeLabel', { item: name })}
              />
              {expanded ? <ScaleDetails scale={scale} name={name} detailsId={detailsId} readOnly={readOnly} onChange={onChange} /> : null}
            </>
          );
        }}
      />
      {readOnly ? null : (
        <div className="scale-template">
          <button type="button" onClick={addFromTemplate} aria-describedby="scale-template-help">
            {t('scales.template')}
          </button>
          <p className="field-help" id="scale-template-help">
            {t('scales.templateHelp')}
          </p>
        </div>
      )}
    </div>
  );
}
