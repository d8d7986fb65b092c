// The step navigation: the ten workflow steps with a completeness dot each, and
// a filter box that narrows the list by step name (Ctrl/Cmd+K opens the
// project-wide search palette instead, see ../search/).

import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/model/steps';
import { orderedSteps, stepNumber } from '../steps/steps';
import { StepCommentBadge } from '../review/CommentsToggle';
import { keepHyphenatedWords } from './format';

export type StepStatus = 'empty' | 'partial' | 'complete';

interface Props {
  active: StepId;
  statuses: Record<StepId, StepStatus>;
  /** Open review comments per step (a badge; none when 0 or absent). */
  openComments?: Partial<Record<StepId, number>>;
  onSelect: (step: StepId) => void;
}

export const Sidebar = forwardRef<HTMLInputElement, Props>(function Sidebar({ active, statuses, openComments, onSelect }, filterRef) {
  const { t } = useTranslation('app');
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const visible = orderedSteps.filter((step) => !needle || t(`stepNames.${step}`).toLocaleLowerCase().includes(needle));

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <label className="sidebar-filter">
        <span className="visually-hidden">{t('sidebar.filter')}</span>
        <input
          ref={filterRef}
          type="search"
          placeholder={t('sidebar.filterPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && visible[0]) onSelect(visible[0]);
          }}
        />
      </label>
      <ol className="step-list">
        {visible.map((step) => {
          const status = statuses[step];
          return (
            <li key={step}>
              <button
                type="button"
                className={step === active ? 'step-link active' : 'step-link'}
                aria-current={step === active ? 'step' : undefined}
                onClick={() => onSelect(step)}
              >
                <span className="step-number" aria-hidden="true">
                  {stepNumber(step)}
                </span>
                <span className="step-name">{keepHyphenatedWords(t(`stepNames.${step}`))}</span>
                <StepCommentBadge count={openComments?.[step] ?? 0} />
                <span className={`dot dot-${status}`} aria-hidden="true" />
                <span className="visually-hidden">, {t(`completeness.${status}`)}</span>
              </button>
            </li>
          );
        })}
        {visible.length === 0 && <li className="muted">{t('sidebar.noMatch')}</li>}
      </ol>
    </nav>
  );
});
