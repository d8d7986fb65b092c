// Competing behaviours: what the target group does instead, and why that is
// attractive to them. Each item is a summary row; one item at a time opens
// for editing.

import { type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetingBehaviour } from '../../../shared/model/target-group';
import { ListEditor } from '../../components/ListEditor';
import { TextAreaField } from '../../components/TextAreaField';
import type { StepProps } from '../../components/step-props';
import { newId } from '../../../shared/model/ids';
import { SummaryToggle } from './SummaryToggle';
import {
  addCompetingBehaviour,
  moveCompetingBehaviour,
  removeCompetingBehaviour,
  updateCompetingBehaviour,
} from './recipes';

export interface CompetingBehavioursProps {
  items: readonly CompetingBehaviour[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
  expandedId: string | null;
  onExpand: (id: string | null) => void;
}

export function CompetingBehaviours({ items, readOnly, onChange, expandedId, onExpand }: CompetingBehavioursProps): JSX.Element {
  const { t } = useTranslation('step-target-group');
  const itemName = (index: number) => t('competing.item', { n: index + 1 });

  return (
    <ListEditor<CompetingBehaviour>
      label={t('competing.label')}
      help={t('competing.help')}
      items={items}
      readOnly={readOnly}
      addLabel={t('competing.add')}
      emptyText={t('competing.empty')}
      itemLabel={(_item, index) => itemName(index)}
      onAdd={() => {
        const id = newId();
        onExpand(id);
        onChange((p) => addCompetingBehaviour(p, id), 'targetGroup.competingBehaviours.add');
      }}
      onRemove={(id) => onChange((p) => removeCompetingBehaviour(p, id), `targetGroup.competingBehaviours.remove:${id}`)}
      onMove={(id, direction) =>
        onChange((p) => moveCompetingBehaviour(p, id, direction), `targetGroup.competingBehaviours.move:${id}`)
      }
      renderItem={(item, index) => {
        const expanded = expandedId === item.id;
        const detailsId = `competing-${item.id}`;
        const name = itemName(index);
        return (
          <>
            <SummaryToggle
              summary={
                <>
                  <strong>{item.description.trim() || t('competing.untitled')}</strong>
                  {item.whyAttractive.trim() ? <span className="summary-muted"> — {item.whyAttractive}</span> : null}
                </>
              }
              expanded={expanded}
              controls={detailsId}
              onToggle={() => onExpand(expanded ? null : item.id)}
              openText={t('determinants.edit')}
              closeText={t('determinants.close')}
              openLabel={t('determinants.editLabel', { item: name })}
              closeLabel={t('determinants.closeLabel', { item: name })}
            />
            {expanded ? (
              <div className="item-details" id={detailsId}>
                <TextAreaField
                  label={t('competing.description')}
                  srLabelSuffix={name}
                  rows={2}
                  value={item.description}
                  readOnly={readOnly}
                  onChange={(description) =>
                    onChange((p) => updateCompetingBehaviour(p, item.id, { description }), `targetGroup.competing.description:${item.id}`)
                  }
                />
                <TextAreaField
                  label={t('competing.whyAttractive')}
                  srLabelSuffix={name}
                  rows={2}
                  value={item.whyAttractive}
                  readOnly={readOnly}
                  onChange={(whyAttractive) =>
                    onChange(
                      (p) => updateCompetingBehaviour(p, item.id, { whyAttractive }),
                      `targetGroup.competing.whyAttractive:${item.id}`,
                    )
                  }
                />
              </div>
            ) : null}
          </>
        );
      }}
    />
  );
}
