// The main panel: the heading of the current step, then its form (steps 1–2)
// or its read-only view (steps 3–10, editing comes in a later version).

import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../shared/model/project';
import type { StepId } from '../../shared/model/steps';
import type { StepCompleteness } from '../../shared/model/completeness';
import type { Recipe } from '../state/document-reducer';
import { AssignmentStep } from '../steps/assignment/AssignmentStep';
import { ContextStep } from '../steps/context/ContextStep';
import { editableSteps, stepNumber } from '../steps/steps';
import { SourcesContext } from '../steps/readonly/RichTextView';
import { LaterVersionNote } from '../steps/readonly/parts';
import { TargetGroupView } from '../steps/readonly/TargetGroupView';
import { DeskResearchView } from '../steps/readonly/DeskResearchView';
import { PartnersView } from '../steps/readonly/PartnersView';
import { InsightsView } from '../steps/readonly/InsightsView';
import { MarketingMixView } from '../steps/readonly/MarketingMixView';
import { AdviceView } from '../steps/readonly/AdviceView';
import { MonitoringView } from '../steps/readonly/MonitoringView';
import { ReportView } from '../steps/readonly/ReportView';

interface Props {
  step: StepId;
  project: Project;
  readOnly: boolean;
  completeness: Record<StepId, StepCompleteness>;
  onChange: (recipe: Recipe, label: string) => void;
}

function StepBody({ step, project, readOnly, completeness, onChange }: Props) {
  switch (step) {
    case 'assignment':
      return <AssignmentStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'context':
      return <ContextStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'target-group':
      return <TargetGroupView project={project} />;
    case 'desk-research':
      return <DeskResearchView project={project} />;
    case 'partners':
      return <PartnersView project={project} />;
    case 'insights':
      return <InsightsView project={project} />;
    case 'marketing-mix':
      return <MarketingMixView project={project} />;
    case 'advice':
      return <AdviceView project={project} />;
    case 'monitoring':
      return <MonitoringView project={project} />;
    case 'report':
      return <ReportView project={project} completeness={completeness} />;
  }
}

export const StepPanel = forwardRef<HTMLHeadingElement, Props>(function StepPanel(props, headingRef) {
  const { t } = useTranslation('app');
  const editable = editableSteps.has(props.step);
  return (
    <SourcesContext.Provider value={props.project.deskResearch.sources}>
      <div className={`step-panel step-${props.step}`}>
        <h2 ref={headingRef} tabIndex={-1} className="step-title">
          <span className="step-title-number">{stepNumber(props.step)}.</span> {t(`stepNames.${props.step}`)}
        </h2>
        {!editable && <LaterVersionNote />}
        <StepBody {...props} />
      </div>
    </SourcesContext.Provider>
  );
});
