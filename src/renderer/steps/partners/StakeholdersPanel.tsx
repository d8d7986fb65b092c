// The stakeholder register: one collapsed line per organisation, opened to
// edit; below it the power/interest grid drawn from the scores.

import { memo, useCallback, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderRelation } from '../../../shared/model/partners';
import { stakeholderRelations } from '../../../shared/model/partners';
import type { Project } from '../../../shared/model/project';
import { newId } from '../../../shared/model/ids';
import type { StepProps } from '../../components/step-props';
import { ListEditor } from '../../components/ListEditor';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ItemDisclosure } from '../insights/ItemDisclosure';
import { PowerGrid } from './PowerGrid';
import { addStakeholder, moveStakeholder, removeStakeholder, updateStakeholder } from './recipes';
import { useRevealItem } from '../../search/reveal';

const scores = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof scores)[number];

export function StakeholdersPanel({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { stakeholders } = project.partners;
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpen((current) => (current === id ? null : id)), []);
  useRevealItem((id) => {
    if (stakeholders.some((s) => s.id === id)) setOpen(id);
  });

  return (
    <>
      <ListEditor<Stakeholder>
        label={t('stakeholder.list', { count: stakeholders.length })}
        help={t('stakeholder.listHelp')}
        items={stakeholders}
        readOnly={readOnly}
        addLabel={t('stakeholder.add')}
        emptyText={t('stakeholder.empty')}
        itemLabel={(_s, index) => t('stakeholder.itemName', { n: index + 1 })}
        onAdd={() => {
          const id = newId();
          setOpen(id);
          onChange((p) => addStakeholder(p, id), 'partners.stakeholders.add');
        }}
        onRemove={(id) => onChange((p) => removeStakeholder(p, id), `partners.stakeholders.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveStakeholder(p, id, direction), `partners.stakeholders.move:${id}`)}
        renderItem={(s, index) => (
          <StakeholderItem stakeholder={s} index={index} open={open === s.id} onToggle={toggle} readOnly={readOnly} onChange={onChange} />
        )}
      />
      <PowerGrid stakeholders={stakeholders} />
    </>
  );
}

interface ItemProps {
  stakeholder: Stakeholder;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

const StakeholderItem = memo(function StakeholderItem({ stakeholder: s, index, open, onToggle, readOnly, onChange }: ItemProps): JSX.Element {
  const { t } = useTranslation(['step-partners', 'app']);
  const id = s.id;
  const name = t('stakeholder.itemName', { n: index + 1 });
  const title = s.organisation.trim() || t('untitled');
  const set = (patch: Parameters<typeof updateStakeholder>[2], field: string) =>
    onChange((p) => updateStakeholder(p, id, patch), `partners.stakeholder.${field}:${id}`);
  const scoreOptions = scores.map((value) => ({ value, label: value }));

  return (
    <ItemDisclosure
      open={open}
      onToggle={() => onToggle(id)}
      name={t(open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <strong>{title}</strong>{' '}
          <span className="muted">
            · {t(`app:enums.relation.${s.relation}`)} · {t('stakeholder.scores', { influence: s.influence, interest: s.interest })}
          </span>
        </>
      }
    >
      <TextField label={t('stakeholder.organisation')} srLabelSuffix={name} value={s.organisation} readOnly={readOnly} onChange={(v) => set({ organisation: v }, 'organisation')} />
      <TextField label={t('stakeholder.contactRole')} srLabelSuffix={name} value={s.contactRole} readOnly={readOnly} onChange={(v) => set({ contactRole: v }, 'contactRole')} />
      <TextAreaField label={t('stakeholder.description')} srLabelSuffix={name} rows={2} value={s.description} readOnly={readOnly} onChange={(v) => set({ description: v }, 'description')} />
      <SelectField<StakeholderRelation>
        label={t('stakeholder.relation')}
        srLabelSuffix={name}
        value={s.relation}
        readOnly={readOnly}
        options={stakeholderRelations.map((value) => ({ value, label: t(`app:enums.relation.${value}`) }))}
        onChange={(v) => set({ relation: v }, 'relation')}
      />
      <div className="field-row">
        <SelectField<Score>
          label={t('stakeholder.influence')}
          srLabelSuffix={name}
          help={t('stakeholder.scoreHelp')}
          value={String(s.influence) as Score}
          readOnly={readOnly}
          options={scoreOptions}
          onChange={(v) => set({ influence: Number(v) }, 'influence')}
        />
        <SelectField<Score>
          label={t('stakeholder.interest')}
          srLabelSuffix={name}
          help={t('stakeholder.scoreHelp')}
          value={String(s.interest) as Score}
          readOnly={readOnly}
          options={scoreOptions}
          onChange={(v) => set({ interest: Number(v) }, 'interest')}
        />
      </div>
    </ItemDisclosure>
  );
});
