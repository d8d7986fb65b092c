// One recommendation: title, text, priority, the insights and activities it
// rests on, and its evidence trail (through its activities as well).

import { memo, useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/advice';
import { priorities } from '../../../shared/model/marketing-mix';
import type { LinkOption } from '../../components/link-picker-filter';
import { ItemEnumField, ItemLinkPicker, ItemRichTextField, ItemTextField } from '../../components/ItemFields';
import { StepWarning } from '../insights/ItemDisclosure';
import { ListItemEditor, type ListItemProps } from '../insights/ListItemEditor';
import { recommendationTrail, type EvidenceIndex } from '../marketing-mix/evidence-trail';
import { EvidenceTrailView } from '../marketing-mix/EvidenceTrailView';
import { updateAdviceItem } from './recipes';

export interface RecommendationItemProps extends ListItemProps {
  item: Recommendation;
  insightOptions: readonly LinkOption[];
  activityOptions: readonly LinkOption[];
  evidence: EvidenceIndex;
}

export const RecommendationItem = memo(function RecommendationItem(props: RecommendationItemProps): JSX.Element {
  const { t } = useTranslation(['step-advice', 'app']);
  const { item, onChange } = props;
  const name = t('recommendations.itemName', { n: props.index + 1 });
  const title = item.title.trim() || t('untitled');
  const set = (patch: Partial<Recommendation>, field: string) =>
    onChange((p) => updateAdviceItem(p, 'recommendations', item.id, patch), `advice.recommendations.${field}:${item.id}`);
  // Only the open item computes its full trail; closed rows need just "has any link".
  const trail = useMemo(() => (props.open ? recommendationTrail(props.evidence, item) : null), [props.open, props.evidence, item]);
  const unlinked = item.insightIds.length === 0 && item.activityIds.length === 0;

  const summary = (
    <>
      <strong>{title}</strong> <span className="muted">· {t(`app:enums.priority.${item.priority}`)}</span>
      {unlinked && !props.open ? <StepWarning>{t('recommendations.unlinked')}</StepWarning> : null}
    </>
  );

  return (
    <ListItemEditor item={props} id={item.id} name={name} title={title} ns="step-advice" summary={summary}>
      <div className="field-row">
        <ItemTextField label={t('fields.title')} value={item.title} onChange={(v) => set({ title: v }, 'title')} />
        <ItemEnumField
          label={t('recommendations.priority')}
          value={item.priority}
          values={priorities}
          enumName="priority"
          onChange={(priority) => set({ priority }, 'priority')}
        />
      </div>
      <ItemRichTextField id={`advice-recommendation-${item.id}`} label={t('fields.text')} value={item.text} onChange={(v) => set({ text: v }, 'text')} />
      <ItemLinkPicker
        label={t('recommendations.insights')}
        options={props.insightOptions}
        value={item.insightIds}
        emptyText={t('recommendations.noInsights')}
        onChange={(ids) => set({ insightIds: ids }, 'insights')}
      />
      <ItemLinkPicker
        label={t('recommendations.activities')}
        options={props.activityOptions}
        value={item.activityIds}
        emptyText={t('recommendations.noActivities')}
        onChange={(ids) => set({ activityIds: ids }, 'activities')}
      />
      {trail ? <EvidenceTrailView trail={trail} index={props.evidence} language={props.language} owner="recommendation" /> : null}
    </ListItemEditor>
  );
});
