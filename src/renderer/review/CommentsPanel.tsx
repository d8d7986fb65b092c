// The comments side panel: who is commenting (changeable), filters by status
// and author (and, coming from an item's comment button, by that item), a
// composer for a comment on the current step or on an item, the threads in step
// order, and — under their own heading — comments whose item was deleted, with
// the quote they were made on, so nothing is ever silently lost.

import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import './review.css';
import type { Project } from '../../shared/model/project';
import type { Comment, CommentTarget } from '../../shared/model/review';
import type { StepId } from '../../shared/model/steps';
import type { ItemLocation } from '../../shared/review/item-index';
import { stepNumber } from '../steps/steps';
import { useJump } from '../search/jump';
import { authorKey, authorsOf, itemTitle, panelThreads, type StatusFilter } from './comment-view';
import { CommentComposer } from './CommentComposer';
import { CommentThread } from './CommentThread';
import { sectionTarget, type ReviewState } from './use-review';

interface Props {
  project: Project;
  step: StepId;
  review: ReviewState;
  onClose: () => void;
}

export const PANEL_ID = 'comments-panel';

export const CommentsPanel = forwardRef<HTMLHeadingElement, Props>(function CommentsPanel(
  { project, step, review, onClose },
  headingRef,
) {
  const { t } = useTranslation('review');
  const statusId = useId();
  const authorId = useId();
  const orphanHeadingId = useId();
  const { filter, setFilter, composer, setComposer, identity, index, actions } = review;
  const comments = project.review.comments;
  const jumpTo = useJump();
  // To the item (revealed even when its editor keeps it closed), or to the step for a step comment.
  const onJump = (comment: Comment) => {
    const location = comment.target.itemId ? index.get(comment.target.itemId) : undefined;
    jumpTo(location ? { stepId: location.stepId, itemId: comment.target.itemId } : { stepId: comment.target.stepId, itemId: null });
  };
  const { threads, orphaned } = panelThreads(comments, index, filter);
  const authors = authorsOf(comments);
  const stepLabel = (id: StepId) => `${stepNumber(id)}. ${t(`stepNames.${id}`, { ns: 'app' })}`;

  const describe = (target: CommentTarget, known: Map<string, ItemLocation>): string => {
    if (target.kind !== 'item' || !target.itemId) return stepLabel(target.stepId);
    const location = known.get(target.itemId);
    if (!location) return `${stepLabel(target.stepId)} — ${t('thread.deletedItem')}`;
    return `${stepLabel(location.stepId)} — ${itemTitle(location.item) ?? t('thread.untitledItem')}`;
  };
  const labelOf = (comment: Comment) => describe(comment.target, index);

  const renderThread = (comment: Comment, isOrphan: boolean) => (
    <CommentThread
      key={comment.id}
      comment={comment}
      identity={identity}
      targetLabel={labelOf(comment)}
      onJump={isOrphan ? null : () => onJump(comment)}
      actions={actions}
    />
  );

  const filteredItem = filter.itemId;

  return (
    <aside id={PANEL_ID} className="comments-panel" aria-labelledby={`${PANEL_ID}-heading`}>
      <div className="comments-head">
        <h2 id={`${PANEL_ID}-heading`} ref={headingRef} tabIndex={-1}>{t('panel.title')}</h2>
        <button type="button" className="button subtle" onClick={onClose}>{t('panel.close')}</button>
      </div>

      <p className="comments-identity">
        {identity ? t('panel.youAre', { name: identity.name, role: identity.role || t('panel.noRole') }) : t('panel.noIdentity')}{' '}
        <button type="button" className="link-button comments-identity-change" onClick={() => review.askIdentity(null)}>
          {identity ? t('panel.changeIdentity') : t('panel.setIdentity')}
        </button>
      </p>

      <div className="comments-filters">
        <div className="comments-filter">
          <label htmlFor={statusId}>{t('panel.statusFilter')}</label>
          <select
            id={statusId}
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as StatusFilter })}
          >
            <option value="open">{t('panel.status.open')}</option>
            <option value="resolved">{t('panel.status.resolved')}</option>
            <option value="all">{t('panel.status.all')}</option>
          </select>
        </div>
        <div className="comments-filter">
          <label htmlFor={authorId}>{t('panel.authorFilter')}</label>
          <select id={authorId} value={filter.author} onChange={(event) => setFilter({ ...filter, author: event.target.value })}>
            <option value="">{t('panel.everybody')}</option>
            {authors.map((author) => (
              <option key={authorKey(author)} value={authorKey(author)}>
                {author.role ? `${author.name} (${author.role})` : author.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {filteredItem !== null && (
        <div className="comments-item-filter" role="status">
          <p>{t('panel.onlyItem', { item: describe({ kind: 'item', stepId: step, itemId: filteredItem, quote: '' }, index) })}</p>
          <button type="button" className="button" onClick={() => setFilter({ ...filter, itemId: null })}>{t('panel.showAll')}</button>
        </div>
      )}

      {composer ? (
        <CommentComposer
          className="comments-new"
          label={t('composer.label')}
          submitLabel={t('composer.submit')}
          onSubmit={(body) => {
            actions.add(composer.target, body);
            setComposer(null);
          }}
          onCancel={() => setComposer(null)}
        >
          <p className="comment-composer-target">{t('composer.about', { target: describe(composer.target, index) })}</p>
          {composer.target.quote && (
            <div className="comment-composer-quote">
              <blockquote className="comment-quote">
                <span className="visually-hidden">{t('thread.quote')}: </span>
                {composer.target.quote}
              </blockquote>
              <button type="button" className="button subtle" onClick={() => setComposer({ target: { ...composer.target, quote: '' } })}>
                {t('composer.dropQuote')}
              </button>
            </div>
          )}
        </CommentComposer>
      ) : (
        <div className="comments-new-buttons">
          <button type="button" className="button" onClick={() => review.withIdentity(() => setComposer({ target: sectionTarget(step) }))}>
            {t('panel.commentOnStep', { step: stepLabel(step) })}
          </button>
          {filteredItem !== null && index.has(filteredItem) && (
            <button
              type="button"
              className="button"
              onClick={() => review.withIdentity(() =>
                setComposer({ target: { kind: 'item', stepId: index.get(filteredItem)?.stepId ?? step, itemId: filteredItem, quote: '' } }))}
            >
              {t('panel.commentOnItem')}
            </button>
          )}
        </div>
      )}

      {threads.length === 0 && orphaned.length === 0 ? (
        <p className="muted comments-empty">{comments.length === 0 ? t('panel.none') : t('panel.noneMatch')}</p>
      ) : null}
      {threads.length > 0 && (
        <ul className="comment-threads" aria-label={t('panel.threads', { count: threads.length })}>
          {threads.map((comment) => renderThread(comment, false))}
        </ul>
      )}
      {orphaned.length > 0 && (
        <section className="comments-orphaned" aria-labelledby={orphanHeadingId}>
          <h3 id={orphanHeadingId} className="comments-orphaned-heading">{t('panel.orphaned')}</h3>
          <p className="field-help">{t('panel.orphanedHelp')}</p>
          <ul className="comment-threads">{orphaned.map((comment) => renderThread(comment, true))}</ul>
        </section>
      )}
    </aside>
  );
});
