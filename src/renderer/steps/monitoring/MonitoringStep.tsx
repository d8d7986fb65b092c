// Step 9, Monitoring & vervolg / Monitoring & follow-up: how the approach is
// followed (introduction), the level scales that describe where people
// stand, the indicators with baseline and target per segment, and the pilot
// ("proeftuin") plan with its timeline.

import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextField } from '../../components/rich-text/RichTextField';
import type { StepProps } from '../../components/step-props';
import { IndicatorsEditor } from './IndicatorsEditor';
import { PilotEditor } from './PilotEditor';
import { ScalesEditor } from './ScalesEditor';
import { setMonitoringIntro } from './recipes';
import '../../components/forms.css';
import '../target-group/summary-toggle.css';
import './monitoring.css';
import { useRevealItem } from '../../search/reveal';

export function MonitoringStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  // One opened scale or indicator at a time keeps the page short and fast.
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const m = project.monitoring;
  useRevealItem((id, parentId) => {
    const expandable = [...m.indicators, ...m.scales];
    const target = [id, parentId].find((x) => x !== null && expandable.some((item) => item.id === x));
    if (target) setExpandedId(target);
  });
  const sources = project.deskResearch.sources;
  const language = project.assignment.reportLanguage;

  return (
    <div className="step-form step-monitoring-form">
      <RichTextField
        id="monitoring-intro"
        label={t('intro.label')}
        help={t('intro.help')}
        value={m.intro}
        readOnly={readOnly}
        sources={sources}
        citationLanguage={language}
        onChange={(value) => onChange((p) => setMonitoringIntro(p, value), 'monitoring.intro')}
      />
      <ScalesEditor
        scales={m.scales}
        language={language}
        readOnly={readOnly}
        onChange={onChange}
        expandedId={expandedId}
        onExpand={setExpandedId}
      />
      <IndicatorsEditor
        indicators={m.indicators}
        scales={m.scales}
        segments={project.insights.segments}
        readOnly={readOnly}
        onChange={onChange}
        expandedId={expandedId}
        onExpand={setExpandedId}
      />
      <PilotEditor pilot={m.pilot} sources={sources} language={language} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}
