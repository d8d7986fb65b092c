// Step 8, Advies / Advice: the management summary, points of attention,
// pitfalls, good examples from elsewhere (with their source), the
// recommendations with their evidence trail, and the conclusion.

import { useCallback, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceItem, GoodExample, Recommendation } from '../../../shared/model/advice';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { activityOptions, insightOptions } from '../insights/link-options';
import { useEvidenceIndex } from '../marketing-mix/use-evidence-index';
import { GoodExampleItem, SimpleAdviceItem } from './AdviceItems';
import { RecommendationItem } from './RecommendationItem';
import {
  addAdviceItem,
  moveAdviceItem,
  removeAdviceItem,
  setAdviceText,
  type AdviceList,
  type AdviceTextField,
} from './recipes';
import '../../components/forms.css';
import '../insights/step-editors.css';
import { useRevealItem } from '../../search/reveal';

export function AdviceStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation(['step-advice', 'app']);
  const advice = project.advice;
  const sources = project.deskResearch.sources;
  const language = project.assignment.reportLanguage;
  // One open item for the whole step: opening another closes the previous one.
  const [openId, setOpenId] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpenId((current) => (current === id ? null : id)), []);
  useRevealItem((id) => {
    const lists = [advice.attentionPoints, advice.pitfalls, advice.goodExamples, advice.recommendations];
    if (lists.some((list) => list.some((x) => x.id === id))) setOpenId(id);
  });
  const untitled = t('untitled');

  const evidence = useEvidenceIndex(project, true);
  const insightOpts = useMemo(
    () => insightOptions(project.insights.insights, (type) => t(`app:enums.insightType.${type}`), untitled),
    [project.insights.insights, t, untitled],
  );
  const activityOpts = useMemo(
    () =>
      activityOptions(
        project.marketingMix.activities,
        (a) => `${t(`app:enums.p.${a.p}`)} – ${t(`app:enums.level.${a.level}`)}`,
        untitled,
      ),
    [project.marketingMix.activities, t, untitled],
  );

  const richText = (field: AdviceTextField) => (
    <RichTextField
      id={`advice-${field}`}
      label={t(`${field}.label`)}
      help={t(`${field}.help`)}
      value={advice[field]}
      readOnly={readOnly}
      sources={sources}
      citationLanguage={language}
      onChange={(v) => onChange((p) => setAdviceText(p, field, v), `advice.${field}`)}
    />
  );

  const listProps = (list: AdviceList) => ({
    label: t(`${list}.label`, { count: advice[list].length }),
    help: t(`${list}.help`),
    readOnly,
    addLabel: t(`${list}.add`),
    emptyText: t(`${list}.empty`),
    itemLabel: (_item: unknown, index: number) => t(`${list}.itemName`, { n: index + 1 }),
    onAdd: () => {
      const id = newId();
      setOpenId(id);
      onChange((p) => addAdviceItem(p, list, id), `advice.${list}.add`);
    },
    onRemove: (id: string) => onChange((p) => removeAdviceItem(p, list, id), `advice.${list}.remove:${id}`),
    onMove: (id: string, direction: 'up' | 'down') =>
      onChange((p) => moveAdviceItem(p, list, id, direction), `advice.${list}.move:${id}`),
  });
  const common = { onToggle: toggle, readOnly, onChange, sources, language };

  return (
    <div className="step-form step-advice-editor">
      <p className="step-intro">{t('intro')}</p>
      {richText('managementSummary')}
      <ListEditor<AdviceItem>
        {...listProps('attentionPoints')}
        items={advice.attentionPoints}
        renderItem={(item, index) => (
          <SimpleAdviceItem {...common} list="attentionPoints" item={item} index={index} open={openId === item.id} />
        )}
      />
      <ListEditor<AdviceItem>
        {...listProps('pitfalls')}
        items={advice.pitfalls}
        renderItem={(item, index) => <SimpleAdviceItem {...common} list="pitfalls" item={item} index={index} open={openId === item.id} />}
      />
      <ListEditor<GoodExample>
        {...listProps('goodExamples')}
        items={advice.goodExamples}
        renderItem={(item, index) => <GoodExampleItem {...common} item={item} index={index} open={openId === item.id} />}
      />
      <ListEditor<Recommendation>
        {...listProps('recommendations')}
        items={advice.recommendations}
        renderItem={(item, index) => (
          <RecommendationItem
            {...common}
            item={item}
            index={index}
            open={openId === item.id}
            insightOptions={insightOpts}
            activityOptions={activityOpts}
            evidence={evidence}
          />
        )}
      />
      {richText('conclusion')}
    </div>
  );
}
