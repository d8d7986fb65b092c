// The editing screen: a toolbar with the file and undo actions, banners for
// read-only documents and errors, the step navigation, the current step, and
// the status bar.

import { forwardRef, memo, useDeferredValue, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { stepCompleteness } from '../../shared/model/completeness';
import type { StepId } from '../../shared/model/steps';
import {
  canRedo,
  canSave,
  canSaveAs,
  canUndo,
  documentTitle,
  isDirty,
  type DocumentState,
  type Recipe,
} from '../state/document-reducer';
import { Sidebar, type StepStatus } from './Sidebar';
import { StatusBar } from './StatusBar';
import { StepPanel } from './StepPanel';
import { ReadOnlyBanner } from './NoticeBanner';
import { orderedSteps } from '../steps/steps';
import { ReviewContext } from '../review/review-context';
import { useWorkspaceReview } from '../review/WorkspaceReview';
import { CommentsToggle } from '../review/CommentsToggle';
import { JumpProvider } from '../search/jump';
import { SearchPalette } from '../search/SearchPalette';

interface Props {
  state: DocumentState;
  step: StepId;
  filterRef: RefObject<HTMLInputElement | null>;
  onSelectStep: (step: StepId) => void;
  onChange: (recipe: Recipe, label: string) => void;
  onSave: () => void;
  onSaveAs: () => void;
  onClose: () => void;
  onUndo: () => void;
  onRedo: () => void;
  /** A comment-only edit (allowed in review copies and delivered files). */
  onChangeComments: (recipe: Recipe, label: string) => void;
  commentsOpen: boolean;
  onCommentsOpenChange: (open: boolean) => void;
  onError: (error: unknown) => void;
}

// The sidebar only changes with the step, the dots and the comment badges: typing skips it.
const StepNavigation = memo(Sidebar);
// The step editor re-renders when the project changes, not again when the background render of the dots and comments lands.
const StepEditor = memo(StepPanel);

/** The previous record while every entry is unchanged, so memoised children can skip rendering. */
function useStableRecord<T extends Record<string, unknown>>(next: T): T {
  const kept = useRef(next);
  const prev = kept.current;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(prev).length || keys.some((key) => prev[key] !== next[key])) kept.current = next;
  return kept.current;
}

export const Workspace = forwardRef<HTMLHeadingElement, Props>(function Workspace(props, headingRef) {
  const { t } = useTranslation('app');
  const { state, step } = props;
  // Completeness feeds the sidebar dots and the report checklist, never the field being typed in:
  // it follows the project in a background render, so a keystroke paints without waiting for it.
  const settledProject = useDeferredValue(state.project);
  const completeness = useMemo(() => stepCompleteness(settledProject), [settledProject]);
  const statuses = useStableRecord(
    useMemo(
      () => Object.fromEntries(orderedSteps.map((s) => [s, completeness[s].status])) as Record<StepId, StepStatus>,
      [completeness],
    ),
  );
  const title = documentTitle(state) ?? t('untitled');
  const review = useWorkspaceReview({
    state,
    step,
    open: props.commentsOpen,
    setOpen: props.onCommentsOpenChange,
    onChangeComments: props.onChangeComments,
    onError: props.onError,
  });
  const openByStep = useStableRecord(review.openByStep);
  // Only the report step shows completeness; elsewhere the editor keeps the value it had.
  const panelCompleteness = useRef(completeness);
  if (step === 'report') panelCompleteness.current = completeness;

  return (
    <div className="workspace">
      <div className="doc-bar">
        <h1 className="doc-title" title={state.doc.path ?? undefined}>
          {isDirty(state) && <span aria-hidden="true">• </span>}
          {title}
        </h1>
        <div className="toolbar" role="toolbar" aria-label={t('actions.toolbar')}>
          <button
            type="button"
            className="button"
            onClick={props.onUndo}
            disabled={!canUndo(state)}
          >
            {t('actions.undo')}
          </button>
          <button
            type="button"
            className="button"
            onClick={props.onRedo}
            disabled={!canRedo(state)}
          >
            {t('actions.redo')}
          </button>
          <span className="toolbar-gap" />
          <button type="button" className="button primary" onClick={props.onSave} disabled={!canSave(state) || state.saving}>
            {t('actions.save')}
          </button>
          <button type="button" className="button" onClick={props.onSaveAs} disabled={!canSaveAs(state) || state.saving}>
            {t('actions.saveAs')}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('actions.close')}
          </button>
        </div>
      </div>
      {state.doc.readOnly && <ReadOnlyBanner reason={state.doc.readOnly} delivery={state.delivery} />}
      <ReviewContext.Provider value={review.contextValue}>
      <JumpProvider onSelectStep={props.onSelectStep}>
      <div className="workspace-body">
        <StepNavigation
          ref={props.filterRef}
          active={step}
          statuses={statuses}
          openComments={openByStep}
          onSelect={props.onSelectStep}
        />
        <main id="main" className="step-main">
          <StepEditor
            ref={headingRef}
            step={step}
            project={state.project}
            readOnly={state.doc.readOnly !== null}
            completeness={panelCompleteness.current}
            onChange={props.onChange}
          />
        </main>
        {review.panel}
      </div>
      <SearchPalette project={state.project} />
      </JumpProvider>
      </ReviewContext.Provider>
      <StatusBar
        state={state}
        commentsToggle={
          review.canComment ? (
            <CommentsToggle
              open={props.commentsOpen}
              openTotal={review.openTotal}
              onToggle={() => props.onCommentsOpenChange(!props.commentsOpen)}
            />
          ) : null
        }
      />
      {review.dialog}
    </div>
  );
});
