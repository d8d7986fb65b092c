// The editor of one activity of the marketing mix, shown under the matrix:
// what it is, which cell it sits in (changing P or level moves it), the
// segments it serves and the insights it answers, priority, owner, timing,
// and its evidence trail.

import { useMemo, type JSX, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityLevel, MarketingP, Priority } from '../../../shared/model/marketing-mix';
import { activityLevels, marketingPs, priorities } from '../../../shared/model/marketing-mix';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { LinkOption } from '../../components/link-picker-filter';
import { LinkPicker } from '../../components/LinkPicker';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { activityTrail, type EvidenceIndex } from './evidence-trail';
import { EvidenceTrailView } from './EvidenceTrailView';
import { ItemCommentButton } from '../../review/review-context';
import { moveActivityToCell, updateActivity, type ActivityPatch } from './recipes';
import '../insights/step-editors.css';

export interface ActivityEditorProps {
  activity: Activity;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  onClose: () => void;
  onRemove: (id: string) => void;
  segmentOptions: readonly LinkOption[];
  insightOptions: readonly LinkOption[];
  evidence: EvidenceIndex;
  sources: readonly Source[];
  language: Language;
  titleRef?: Ref<HTMLInputElement>;
}

export function ActivityEditor(props: ActivityEditorProps): JSX.Element {
  const { t } = useTranslation(['step-marketing-mix', 'app']);
  const { activity, readOnly, onChange } = props;
  const id = activity.id;
  const set = (patch: ActivityPatch, field: string) => onChange((p) => updateActivity(p, id, patch), `mix.${field}:${id}`);
  const trail = useMemo(() => activityTrail(props.evidence, activity), [props.evidence, activity]);
  const title = activity.title.trim() || t('untitled');

  return (
    <section className="activity-editor" aria-labelledby={`activity-heading-${id}`} data-item-id={id}>
      <h3 id={`activity-heading-${id}`}>{t('editor.heading', { title })}</h3>
      <ItemCommentButton itemId={id} itemName={t('editor.heading', { title })} />
      <TextField label={t('editor.title')} value={activity.title} readOnly={readOnly} inputRef={props.titleRef} onChange={(v) => set({ title: v }, 'title')} />
      <RichTextField
        id={`activity-description-${id}`}
        label={t('editor.description')}
        value={activity.description}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(v) => set({ description: v }, 'description')}
      />
      <div className="field-row">
        <SelectField<MarketingP>
          label={t('editor.p')}
          help={t('editor.moveHelp')}
          value={activity.p}
          readOnly={readOnly}
          options={marketingPs.map((value) => ({ value, label: t(`app:enums.p.${value}`) }))}
          onChange={(p) => onChange((project) => moveActivityToCell(project, id, p, activity.level), `mix.cell:${id}`)}
        />
        <SelectField<ActivityLevel>
          label={t('editor.level')}
          value={activity.level}
          readOnly={readOnly}
          options={activityLevels.map((value) => ({ value, label: t(`app:enums.level.${value}`) }))}
          onChange={(level) => onChange((project) => moveActivityToCell(project, id, activity.p, level), `mix.cell:${id}`)}
        />
        <SelectField<Priority>
          label={t('editor.priority')}
          value={activity.priority}
          readOnly={readOnly}
          options={priorities.map((value) => ({ value, label: t(`app:enums.priority.${value}`) }))}
          onChange={(priority) => set({ priority }, 'priority')}
        />
      </div>
      <div className="field-row">
        <TextField label={t('editor.owner')} help={t('editor.ownerHelp')} value={activity.owner} readOnly={readOnly} onChange={(v) => set({ owner: v }, 'owner')} />
        <TextField label={t('editor.timing')} help={t('editor.timingHelp')} value={activity.timing} readOnly={readOnly} onChange={(v) => set({ timing: v }, 'timing')} />
      </div>
      <LinkPicker
        label={t('editor.insights')}
        help={t('editor.insightsHelp')}
        options={props.insightOptions}
        value={activity.insightIds}
        readOnly={readOnly}
        emptyText={t('editor.noInsights')}
        onChange={(ids) => set({ insightIds: ids }, 'insights')}
      />
      <LinkPicker
        label={t('editor.segments')}
        options={props.segmentOptions}
        value={activity.segmentIds}
        readOnly={readOnly}
        emptyText={t('editor.noSegments')}
        onChange={(ids) => set({ segmentIds: ids }, 'segments')}
      />
      <EvidenceTrailView trail={trail} index={props.evidence} language={props.language} owner="activity" />
      <div className="editor-actions">
        <button type="button" onClick={props.onClose}>
          {t('editor.close')}
        </button>
        {readOnly ? null : (
          <button type="button" className="button-danger" onClick={() => props.onRemove(id)}>
            {t('editor.remove', { title })}
          </button>
        )}
      </div>
    </section>
  );
}
