// The editing screen: a toolbar with the file and undo actions, banners for
// read-only documents and errors, the step navigation, the current step, and
// the status bar.

import { forwardRef, useMemo, type RefObject } from 'react';
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

export const Workspace = forwardRef<HTMLHeadingElement, Props>(function Workspace(props, headingRef) {
  const { t } = useTranslation('app');
  const { state, step } = props;
  const completeness = useMemo(() => stepCompleteness(state.project), [state.project]);
  const statuses = useMemo(
    () => Object.fromEntries(orderedSteps.map((s) => [s, completeness[s].status])) as Record<StepId, StepStatus>,
    [completeness],
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
        <Sidebar
          ref={props.filterRef}
          active={step}
          statuses={statuses}
          openComments={review.openByStep}
          onSelect={props.onSelectStep}
        />
        <main id="main" className="step-main">
          <StepPanel
            ref={headingRef}
            step={step}
            project={state.project}
            readOnly={state.doc.readOnly !== null}
            completeness={completeness}
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
