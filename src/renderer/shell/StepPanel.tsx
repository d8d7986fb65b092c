// The main panel: the heading of the current step, then that step's editor.
// Read-only documents (delivered, review copy, newer format) get the same
// editors with editing switched off.

import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../shared/model/project';
import type { StepId } from '../../shared/model/steps';
import type { StepCompleteness } from '../../shared/model/completeness';
import type { Recipe } from '../state/document-reducer';
import { AssignmentStep } from '../steps/assignment/AssignmentStep';
import { ContextStep } from '../steps/context/ContextStep';
import { stepNumber } from '../steps/steps';
import { TargetGroupStep } from '../steps/target-group/TargetGroupStep';
import { MonitoringStep } from '../steps/monitoring/MonitoringStep';
import { DeskResearchStep } from '../steps/desk-research/DeskResearchStep';
import { PartnersStep } from '../steps/partners/PartnersStep';
import { InsightsStep } from '../steps/insights/InsightsStep';
import { MarketingMixStep } from '../steps/marketing-mix/MarketingMixStep';
import { AdviceStep } from '../steps/advice/AdviceStep';
import { ReportStep } from '../steps/report/ReportStep';

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
      return <TargetGroupStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'desk-research':
      return <DeskResearchStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'partners':
      return <PartnersStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'insights':
      return <InsightsStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'marketing-mix':
      return <MarketingMixStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'advice':
      return <AdviceStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'monitoring':
      return <MonitoringStep project={project} readOnly={readOnly} onChange={onChange} />;
    case 'report':
      return <ReportStep project={project} readOnly={readOnly} onChange={onChange} completeness={completeness} />;
  }
}

export const StepPanel = forwardRef<HTMLHeadingElement, Props>(function StepPanel(props, headingRef) {
  const { t } = useTranslation('app');
  return (
    <div className={`step-panel step-${props.step}`}>
      <h2 ref={headingRef} tabIndex={-1} className="step-title">
        <span className="step-title-number">{stepNumber(props.step)}.</span> {t(`stepNames.${props.step}`)}
      </h2>
      <StepBody {...props} />
    </div>
  );
});
