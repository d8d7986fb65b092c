// Step 5, Betrekken partners / Involving partners: five tabs over one part of
// the project — the stakeholder register with its power/interest grid, the
// interview guide, the interviews (with coding), the codebook, and the
// theme × respondent-group overview. Only the chosen tab renders, so a
// project with 150 interviews costs nothing while the user edits stakeholders.

import { useCallback, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from '../../components/step-props';
import { Tabs } from '../../components/Tabs';
import { StakeholdersPanel } from './StakeholdersPanel';
import { GuidePanel } from './GuidePanel';
import { InterviewsPanel } from './InterviewsPanel';
import { CodebookPanel } from './CodebookPanel';
import { OverviewPanel } from './OverviewPanel';
import { useRevealItem } from '../../search/reveal';
import { partnersRevealTarget } from './reveal-target';
import '../../components/forms.css';
import '../insights/step-editors.css';
import './partners.css';

// The overview comes first: it shows where the step stands (interviews and
// coding at a glance) before the user picks a part to work on.
const tabs = ['overview', 'stakeholders', 'guide', 'interviews', 'codebook'] as const;
type Tab = (typeof tabs)[number];

export function PartnersStep(props: StepProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const [tab, setTab] = useState<Tab>('overview');
  // Which interview is open lives here, so the overview can open one on the interviews tab.
  const [openInterview, setOpenInterview] = useState<string | null>(null);
  const showInterview = useCallback((id: string) => {
    setOpenInterview(id);
    setTab('interviews');
  }, []);
  // A jump from the search, the checks or a comment: show the tab that holds the
  // item and open the interview it is (a quote: it is shown) in.
  useRevealItem((id, parentId) => {
    const target = partnersRevealTarget(props.project.partners, id, parentId);
    if (target?.interviewId) showInterview(target.interviewId);
    else if (target) setTab(target.tab);
  });

  return (
    <div className="step-form step-partners-editor">
      <p className="step-intro">{t('intro')}</p>
      <Tabs
        label={t('tabs.label')}
        idPrefix="partners"
        tabs={tabs.map((id) => ({ id, label: t(`tabs.${id}`) }))}
        selected={tab}
        onSelect={setTab}
        className="partners-tabs"
        panelClassName="partners-panel"
      >
        {(shown) => (
          <>
            {shown === 'stakeholders' ? <StakeholdersPanel {...props} /> : null}
            {shown === 'guide' ? <GuidePanel {...props} /> : null}
            {shown === 'interviews' ? <InterviewsPanel {...props} open={openInterview} onOpenChange={setOpenInterview} /> : null}
            {shown === 'codebook' ? <CodebookPanel {...props} /> : null}
            {shown === 'overview' ? <OverviewPanel project={props.project} onOpenInterview={showInterview} /> : null}
          </>
        )}
      </Tabs>
    </div>
  );
}
