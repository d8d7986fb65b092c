// One recommendation: title, text, priority, the insights and activities it
// rests on, and its evidence trail (through its activities as well).

import { memo, useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/advice';
import type { Priority } from '../../../shared/model/marketing-mix';
import { priorities } from '../../../shared/model/marketing-mix';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { LinkOption } from '../../components/link-picker-filter';
import { LinkPicker } from '../../components/LinkPicker';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { ItemDisclosure, StepWarning } from '../insights/ItemDisclosure';
import { recommendationTrail, type EvidenceIndex } from '../marketing-mix/evidence-trail';
import { EvidenceTrailView } from '../marketing-mix/EvidenceTrailView';
import { updateAdviceItem } from './recipes';

export interface RecommendationItemProps {
  item: Recommendation;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  language: Language;
  insightOptions: readonly LinkOption[];
  activityOptions: readonly LinkOption[];
  evidence: EvidenceIndex;
}

export const RecommendationItem = memo(function RecommendationItem(props: RecommendationItemProps): JSX.Element {
  const { t } = useTranslation(['step-advice', 'app']);
  const { item, readOnly, onChange } = props;
  const name = t('recommendations.itemName', { n: props.index + 1 });
  const title = item.title.trim() || t('untitled');
  const set = (patch: Partial<Recommendation>, field: string) =>
    onChange((p) => updateAdviceItem(p, 'recommendations', item.id, patch), `advice.recommendations.${field}:${item.id}`);
  // Only the open item computes its full trail; closed rows need just "has any link".
  const trail = useMemo(() => (props.open ? recommendationTrail(props.evidence, item) : null), [props.open, props.evidence, item]);
  const unlinked = item.insightIds.length === 0 && item.activityIds.length === 0;

  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(item.id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <strong>{title}</strong> <span className="muted">· {t(`app:enums.priority.${item.priority}`)}</span>
          {unlinked && !props.open ? <StepWarning>{t('recommendations.unlinked')}</StepWarning> : null}
        </>
      }
    >
      <div className="field-row">
        <TextField label={t('fields.title')} srLabelSuffix={name} value={item.title} readOnly={readOnly} onChange={(v) => set({ title: v }, 'title')} />
        <SelectField<Priority>
          label={t('recommendations.priority')}
          srLabelSuffix={name}
          value={item.priority}
          readOnly={readOnly}
          options={priorities.map((value) => ({ value, label: t(`app:enums.priority.${value}`) }))}
          onChange={(priority) => set({ priority }, 'priority')}
        />
      </div>
      <RichTextField
        id={`advice-recommendation-${item.id}`}
        label={t('fields.text')}
        value={item.text}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(v) => set({ text: v }, 'text')}
      />
      <LinkPicker
        label={t('recommendations.insights')}
        srLabelSuffix={name}
        options={props.insightOptions}
        value={item.insightIds}
        readOnly={readOnly}
        emptyText={t('recommendations.noInsights')}
        onChange={(ids) => set({ insightIds: ids }, 'insights')}
      />
      <LinkPicker
        label={t('recommendations.activities')}
        srLabelSuffix={name}
        options={props.activityOptions}
        value={item.activityIds}
        readOnly={readOnly}
        emptyText={t('recommendations.noActivities')}
        onChange={(ids) => set({ activityIds: ids }, 'activities')}
      />
      {trail ? <EvidenceTrailView trail={trail} index={props.evidence} language={props.language} owner="recommendation" /> : null}
    </ItemDisclosure>
  );
});
