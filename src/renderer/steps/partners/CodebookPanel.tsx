// The codebook: themes to tag quotes with, grouped by lens (COM-B, barrier,
// motivator, exchange, competition, other), each with a colour. Deleting a
// theme removes it from every quote that carried it.

import { memo, useCallback, useId, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme, ThemeGroup } from '../../../shared/model/coding';
import { themeGroups } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import { newId } from '../../../shared/model/ids';
import type { StepProps } from '../../components/step-props';
import { FieldLabel } from '../../components/FieldLabel';
import { ListEditor } from '../../components/ListEditor';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ItemDisclosure } from '../insights/ItemDisclosure';
import { addTheme, moveTheme, removeTheme, updateTheme, type ThemePatch } from './recipes';
import { useRevealItem } from '../../search/reveal';

const defaultColour = '#8a8f98';

export function CodebookPanel({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { themes, quotes } = project.partners;
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpen((current) => (current === id ? null : id)), []);
  useRevealItem((id) => {
    if (themes.some((th) => th.id === id)) setOpen(id);
  });
  const uses = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of quotes) for (const id of q.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [quotes]);

  return (
    <ListEditor<Theme>
      label={t('theme.list', { count: themes.length })}
      help={t('theme.listHelp')}
      items={themes}
      readOnly={readOnly}
      addLabel={t('theme.add')}
      emptyText={t('theme.empty')}
      itemLabel={(theme, index) => t('theme.itemName', { n: index + 1, name: theme.name || t('untitled') })}
      onAdd={() => {
        const id = newId();
        setOpen(id);
        onChange((p) => addTheme(p, id), 'partners.themes.add');
      }}
      onRemove={(id) => onChange((p) => removeTheme(p, id), `partners.themes.remove:${id}`)}
      onMove={(id, direction) => onChange((p) => moveTheme(p, id, direction), `partners.themes.move:${id}`)}
      renderItem={(theme, index) => (
        <ThemeItem theme={theme} index={index} uses={uses.get(theme.id) ?? 0} open={open === theme.id} onToggle={toggle} readOnly={readOnly} onChange={onChange} />
      )}
    />
  );
}

interface ItemProps {
  theme: Theme;
  index: number;
  uses: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

const ThemeItem = memo(function ThemeItem({ theme, index, uses, open, onToggle, readOnly, onChange }: ItemProps): JSX.Element {
  const { t } = useTranslation(['step-partners', 'app']);
  const colourId = useId();
  const id = theme.id;
  const name = t('theme.itemName', { n: index + 1, name: theme.name || t('untitled') });
  const set = (patch: ThemePatch, field: string) => onChange((p) => updateTheme(p, id, patch), `partners.theme.${field}:${id}`);
  return (
    <ItemDisclosure
      open={open}
      onToggle={() => onToggle(id)}
      name={t(open ? 'collapse' : 'expand', { item: name })}
      summary={
        <>
          <span className="swatch" style={{ background: theme.color || defaultColour }} aria-hidden="true" />
          <strong>{theme.name || t('untitled')}</strong>{' '}
          <span className="muted">
            · {t(`app:enums.themeGroup.${theme.group}`)} · {t('theme.uses', { count: uses })}
          </span>
        </>
      }
    >
      <TextField label={t('theme.name')} srLabelSuffix={name} value={theme.name} readOnly={readOnly} onChange={(v) => set({ name: v }, 'name')} />
      <TextAreaField label={t('theme.description')} srLabelSuffix={name} rows={2} value={theme.description} readOnly={readOnly} onChange={(v) => set({ description: v }, 'description')} />
      <div className="field-row">
        <SelectField<ThemeGroup>
          label={t('theme.group')}
          srLabelSuffix={name}
          value={theme.group}
          readOnly={readOnly}
          options={themeGroups.map((value) => ({ value, label: t(`app:enums.themeGroup.${value}`) }))}
          onChange={(v) => set({ group: v }, 'group')}
        />
        <div className="field field-color">
          <FieldLabel htmlFor={colourId} text={t('theme.colour')} srSuffix={name} />
          <input id={colourId} type="color" value={theme.color || defaultColour} disabled={readOnly} onChange={(e) => set({ color: e.target.value }, 'color')} />
        </div>
      </div>
    </ItemDisclosure>
  );
});
