// One insight in the list: a summary line (type, title, evidence count, a
// warning when nothing backs it) and, when opened, its editor: title, type,
// description, the quotes and findings behind it and the segments it concerns.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightType } from '../../../shared/model/insights';
import { insightTypes } from '../../../shared/model/insights';
import type { LinkOption } from '../../components/link-picker-filter';
import { ItemEnumField, ItemLinkPicker, ItemRichTextField, ItemTextField } from '../../components/ItemFields';
import { evidenceCount } from '../marketing-mix/evidence-trail';
import { StepWarning } from './ItemDisclosure';
import { ListItemEditor, type ListItemProps } from './ListItemEditor';
import { setInsightEvidence, updateInsight } from './recipes';

export interface InsightItemProps extends ListItemProps {
  insight: Insight;
  quoteOptions: readonly LinkOption[];
  findingOptions: readonly LinkOption[];
  segmentOptions: readonly LinkOption[];
}

export const InsightItem = memo(function InsightItem(props: InsightItemProps): JSX.Element {
  const { t } = useTranslation(['step-insights', 'app']);
  const { insight, onChange } = props;
  const id = insight.id;
  const count = evidenceCount(insight);
  const name = t('insight.itemName', { n: props.index + 1 });
  const title = insight.title.trim() || t('untitled');
  const typeName = (type: InsightType) => t(`app:enums.insightType.${type}`);

  const summary = (
    <>
      <span className={`inline-tag tag-${insight.type}`}>{typeName(insight.type)}</span>
      <strong>{title}</strong>{' '}
      <span className="muted">· {t('insight.evidenceCount', { count })}</span>
      {count === 0 ? <StepWarning>{t('insight.noEvidence')}</StepWarning> : null}
    </>
  );

  return (
    <ListItemEditor item={props} id={id} name={name} title={title} ns="step-insights" summary={summary}>
      <ItemTextField
        label={t('insight.title')}
        value={insight.title}
        onChange={(value) => onChange((p) => updateInsight(p, id, { title: value }), `insights.title:${id}`)}
      />
      <ItemEnumField
        label={t('insight.type')}
        value={insight.type}
        values={insightTypes}
        enumName="insightType"
        onChange={(value) => onChange((p) => updateInsight(p, id, { type: value }), `insights.type:${id}`)}
      />
      <ItemRichTextField
        id={`insight-description-${id}`}
        label={t('insight.description')}
        help={t('insight.descriptionHelp')}
        value={insight.description}
        onChange={(value) => onChange((p) => updateInsight(p, id, { description: value }), `insights.description:${id}`)}
      />
      <ItemLinkPicker
        label={t('insight.quotes')}
        help={t('insight.quotesHelp')}
        options={props.quoteOptions}
        value={insight.evidence.quoteIds}
        emptyText={t('insight.noQuotes')}
        onChange={(ids) => onChange((p) => setInsightEvidence(p, id, { quoteIds: ids }), `insights.quotes:${id}`)}
      />
      <ItemLinkPicker
        label={t('insight.findings')}
        options={props.findingOptions}
        value={insight.evidence.findingIds}
        emptyText={t('insight.noFindings')}
        onChange={(ids) => onChange((p) => setInsightEvidence(p, id, { findingIds: ids }), `insights.findings:${id}`)}
      />
      <ItemLinkPicker
        label={t('insight.segments')}
        options={props.segmentOptions}
        value={insight.segmentIds}
        emptyText={t('insight.noSegments')}
        onChange={(ids) => onChange((p) => updateInsight(p, id, { segmentIds: ids }), `insights.segments:${id}`)}
      />
    </ListItemEditor>
  );
});
