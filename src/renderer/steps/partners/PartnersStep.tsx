// Step 5, Betrekken partners / Involving partners: five tabs over one part of
// the project — the stakeholder register with its power/interest grid, the
// interview guide, the interviews (with coding), the codebook, and the
// theme × respondent-group overview. Only the chosen tab renders, so a
// project with 150 interviews costs nothing while the user edits stakeholders.

import { useCallback, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from '../../components/step-props';
import { StakeholdersPanel } from './StakeholdersPanel';
import { GuidePanel } from './GuidePanel';
import { InterviewsPanel } from './InterviewsPanel';
import { CodebookPanel } from './CodebookPanel';
import { OverviewPanel } from './OverviewPanel';
import { useRevealItem } from '../../search/reveal';
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
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  // A jump from the search or the checks: show the tab that holds the item (and open an interview).
  useRevealItem((id, parentId) => {
    const { interviews, stakeholders, interviewGuide, respondentGroups, themes } = props.project.partners;
    const interview = [id, parentId].find((x) => x !== null && interviews.some((iv) => iv.id === x));
    if (interview) showInterview(interview);
    else if (stakeholders.some((s) => s.id === id)) setTab('stakeholders');
    else if (interviewGuide.questions.some((q) => q.id === id)) setTab('guide');
    else if (respondentGroups.some((g) => g.id === id)) setTab('interviews');
    else if (themes.some((th) => th.id === id)) setTab('codebook');
  });

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (to === -1) return;
    event.preventDefault();
    setTab(tabs[to]);
    refs.current.get(tabs[to])?.focus();
  };

  return (
    <div className="step-form step-partners-editor">
      <p className="step-intro">{t('intro')}</p>
      <div role="tablist" aria-label={t('tabs.label')} className="partners-tabs" onKeyDown={onKeyDown}>
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`partners-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`partners-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            onClick={() => setTab(id)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`partners-panel-${tab}`} aria-labelledby={`partners-tab-${tab}`} className="partners-panel">
        {tab === 'stakeholders' ? <StakeholdersPanel {...props} /> : null}
        {tab === 'guide' ? <GuidePanel {...props} /> : null}
        {tab === 'interviews' ? <InterviewsPanel {...props} open={openInterview} onOpenChange={setOpenInterview} /> : null}
        {tab === 'codebook' ? <CodebookPanel {...props} /> : null}
        {tab === 'overview' ? <OverviewPanel project={props.project} onOpenInterview={showInterview} /> : null}
      </div>
    </div>
  );
}
