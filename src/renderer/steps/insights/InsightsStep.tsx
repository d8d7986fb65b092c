// Step 6, Inzichten & segmentatie / Insights & segments: the key insights
// (barrier, motivator, exchange, competition), each tied to the quotes and
// findings that back it and to the segments it concerns; and the segments of
// the target group with a persona each. Items are collapsed to one line so a
// project with hundreds of insights stays quick; one opens to edit.

import { useCallback, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, Segment } from '../../../shared/model/insights';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { InsightItem } from './InsightItem';
import { SegmentItem } from './SegmentItem';
import { StepWarning } from './ItemDisclosure';
import { findingOptions, quoteOptions, segmentOptions } from './link-options';
import { addInsight, addSegment, moveInsight, moveSegment, removeInsight, removeSegment } from './recipes';
import { evidenceCount } from '../marketing-mix/evidence-trail';
import '../../components/forms.css';
import './step-editors.css';
import { useRevealItem } from '../../search/reveal';

/** Which item of a list is open; opening one closes the other. */
function useOpenItem(): [string | null, (id: string) => void, (id: string | null) => void] {
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpen((current) => (current === id ? null : id)), []);
  return [open, toggle, setOpen];
}

export function InsightsStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-insights');
  const { insights, segments } = project.insights;
  const { quotes, interviews } = project.partners;
  const { findings, sources } = project.deskResearch;
  const language = project.assignment.reportLanguage;
  const [openInsight, toggleInsight, setOpenInsight] = useOpenItem();
  const [openSegment, toggleSegment, setOpenSegment] = useOpenItem();
  useRevealItem((id) => {
    if (insights.some((x) => x.id === id)) setOpenInsight(id);
    else if (segments.some((x) => x.id === id)) setOpenSegment(id);
  });
  const untitled = t('untitled');

  const quoteOpts = useMemo(() => quoteOptions(quotes, interviews, untitled), [quotes, interviews, untitled]);
  const findingOpts = useMemo(() => findingOptions(findings, sources, language, untitled), [findings, sources, language, untitled]);
  const segmentOpts = useMemo(() => segmentOptions(segments, untitled), [segments, untitled]);
  const withoutEvidence = useMemo(() => insights.filter((i) => evidenceCount(i) === 0).length, [insights]);

  return (
    <div className="step-form step-insights-editor">
      <p className="step-intro">{t('intro')}</p>
      {withoutEvidence > 0 ? (
        <div className="warning-panel">
          <StepWarning>{t('warnings.insightsWithoutEvidence', { count: withoutEvidence })}</StepWarning>
        </div>
      ) : null}
      <ListEditor<Insight>
        label={t('insight.list', { count: insights.length })}
        help={t('insight.listHelp')}
        items={insights}
        readOnly={readOnly}
        addLabel={t('insight.add')}
        emptyText={t('insight.empty')}
        itemLabel={(_i, index) => t('insight.itemName', { n: index + 1 })}
        onAdd={() => {
          const id = newId();
          setOpenInsight(id);
          onChange((p) => addInsight(p, id), 'insights.add');
        }}
        onRemove={(id) => onChange((p) => removeInsight(p, id), `insights.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveInsight(p, id, direction), `insights.move:${id}`)}
        renderItem={(insight, index) => (
          <InsightItem
            insight={insight}
            index={index}
            open={openInsight === insight.id}
            onToggle={toggleInsight}
            readOnly={readOnly}
            onChange={onChange}
            quoteOptions={quoteOpts}
            findingOptions={findingOpts}
            segmentOptions={segmentOpts}
            sources={sources}
            language={language}
          />
        )}
      />
      <ListEditor<Segment>
        label={t('segment.list', { count: segments.length })}
        help={t('segment.listHelp')}
        items={segments}
        readOnly={readOnly}
        addLabel={t('segment.add')}
        emptyText={t('segment.empty')}
        itemLabel={(_s, index) => t('segment.itemName', { n: index + 1 })}
        onAdd={() => {
          const id = newId();
          setOpenSegment(id);
          onChange((p) => addSegment(p, id), 'insights.segments.add');
        }}
        onRemove={(id) => onChange((p) => removeSegment(p, id), `insights.segments.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveSegment(p, id, direction), `insights.segments.move:${id}`)}
        renderItem={(segment, index) => (
          <SegmentItem
            segment={segment}
            index={index}
            open={openSegment === segment.id}
            onToggle={toggleSegment}
            readOnly={readOnly}
            onChange={onChange}
            sources={sources}
            language={language}
          />
        )}
      />
    </div>
  );
}
