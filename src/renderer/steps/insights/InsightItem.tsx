// One insight in the list: a summary line (type, title, evidence count, a
// warning when nothing backs it) and, when opened, its editor: title, type,
// description, the quotes and findings behind it and the segments it concerns.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightType } from '../../../shared/model/insights';
import { insightTypes } from '../../../shared/model/insights';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { LinkOption } from '../../components/link-picker-filter';
import { LinkPicker } from '../../components/LinkPicker';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { evidenceCount } from '../marketing-mix/evidence-trail';
import { ItemDisclosure, StepWarning } from './ItemDisclosure';
import { setInsightEvidence, updateInsight } from './recipes';

export interface InsightItemProps {
  insight: Insight;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  quoteOptions: readonly LinkOption[];
  findingOptions: readonly LinkOption[];
  segmentOptions: readonly LinkOption[];
  sources: readonly Source[];
  language: Language;
}

export const InsightItem = memo(function InsightItem(props: InsightItemProps): JSX.Element {
  const { t } = useTranslation(['step-insights', 'app']);
  const { insight, readOnly, onChange } = props;
  const id = insight.id;
  const count = evidenceCount(insight);
  const name = t('insight.itemName', { n: props.index + 1 });
  const title = insight.title.trim() || t('untitled');
  const typeName = (type: InsightType) => t(`app:enums.insightType.${type}`);

  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${title}` })}
      summary={
        <>
          <span className={`inline-tag tag-${insight.type}`}>{typeName(insight.type)}</span>
          <strong>{title}</strong>{' '}
          <span className="muted">· {t('insight.evidenceCount', { count })}</span>
          {count === 0 ? <StepWarning>{t('insight.noEvidence')}</StepWarning> : null}
        </>
      }
    >
      <TextField
        label={t('insight.title')}
        srLabelSuffix={name}
        value={insight.title}
        readOnly={readOnly}
        onChange={(value) => onChange((p) => updateInsight(p, id, { title: value }), `insights.title:${id}`)}
      />
      <SelectField<InsightType>
        label={t('insight.type')}
        srLabelSuffix={name}
        value={insight.type}
        readOnly={readOnly}
        options={insightTypes.map((value) => ({ value, label: typeName(value) }))}
        onChange={(value) => onChange((p) => updateInsight(p, id, { type: value }), `insights.type:${id}`)}
      />
      <RichTextField
        id={`insight-description-${id}`}
        label={t('insight.description')}
        help={t('insight.descriptionHelp')}
        value={insight.description}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(value) => onChange((p) => updateInsight(p, id, { description: value }), `insights.description:${id}`)}
      />
      <LinkPicker
        label={t('insight.quotes')}
        srLabelSuffix={name}
        help={t('insight.quotesHelp')}
        options={props.quoteOptions}
        value={insight.evidence.quoteIds}
        readOnly={readOnly}
        emptyText={t('insight.noQuotes')}
        onChange={(ids) => onChange((p) => setInsightEvidence(p, id, { quoteIds: ids }), `insights.quotes:${id}`)}
      />
      <LinkPicker
        label={t('insight.findings')}
        srLabelSuffix={name}
        options={props.findingOptions}
        value={insight.evidence.findingIds}
        readOnly={readOnly}
        emptyText={t('insight.noFindings')}
        onChange={(ids) => onChange((p) => setInsightEvidence(p, id, { findingIds: ids }), `insights.findings:${id}`)}
      />
      <LinkPicker
        label={t('insight.segments')}
        srLabelSuffix={name}
        options={props.segmentOptions}
        value={insight.segmentIds}
        readOnly={readOnly}
        emptyText={t('insight.noSegments')}
        onChange={(ids) => onChange((p) => updateInsight(p, id, { segmentIds: ids }), `insights.segments:${id}`)}
      />
    </ItemDisclosure>
  );
});
