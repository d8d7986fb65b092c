// Everything the workspace needs for comments, in one place so the shell only
// places the pieces: the context for item comment buttons, the side panel, the
// identity dialog and the open counts for the sidebar. A comment jumps to its
// item through the workspace's jump (the panel); "and back": an item's comment
// button opens the panel filtered to that item.

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { StepId } from '../../shared/model/steps';
import { commentCounts } from '../../shared/review/comments';
import { canComment, type DocumentState } from '../state/document-reducer';
import { openCount, openCountsByItem, totalCountsByItem } from './comment-view';
import { CommentsPanel } from './CommentsPanel';
import { sameKeys } from './cached-item-index';
import { IdentityDialog } from './IdentityDialog';
import type { ReviewContextValue } from './review-context';
import { TOGGLE_ID } from './CommentsToggle';
import { trackTextFields } from './selection-quote';
import { useReview, type CommentRecipe } from './use-review';

interface Options {
  state: DocumentState;
  step: StepId;
  open: boolean;
  setOpen: (open: boolean) => void;
  onChangeComments: (recipe: CommentRecipe, label: string) => void;
  onError: (error: unknown) => void;
}

export interface WorkspaceReview {
  /** For a ReviewContext.Provider around the step editors, so item buttons find the comments. */
  contextValue: ReviewContextValue;
  panel: ReactNode;
  dialog: ReactNode;
  /** Open comments per step, for the sidebar badges. */
  openByStep: Record<StepId, number>;
  /** Open comments in the whole project, for the status bar. */
  openTotal: number;
  canComment: boolean;
}

export function useWorkspaceReview(options: Options): WorkspaceReview {
  const { state, step, open, setOpen, onChangeComments, onError } = options;
  // Comments, counts and the item index follow the project in a background render:
  // a keystroke in a field paints without waiting for them.
  const project = useDeferredValue(state.project);
  const review = useReview({ project, onChangeComments, onError });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allowed = canComment(state);
  const { setComposer, setFilter, withIdentity } = review;
  const filterRef = useRef(review.filter);
  filterRef.current = review.filter;

  useEffect(() => trackTextFields(), []);

  // Another document: its items differ, so an item filter or a half-written comment would point nowhere.
  const docId = state.doc.docId;
  useEffect(() => {
    setComposer(null);
    setFilter({ ...filterRef.current, itemId: null });
  }, [docId, setComposer, setFilter]);

  // Opening the panel (menu, shortcut, status bar) puts focus on its heading.
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current && !review.composer) window.requestAnimationFrame(() => headingRef.current?.focus());
    wasOpen.current = open;
  }, [open, review.composer]);

  // Read at click time, so the callback (and the context every comment button reads) survives typing.
  const latestIndex = useRef(review.index);
  useEffect(() => {
    latestIndex.current = review.index;
  }, [review.index]);
  const commentOnItem = useCallback((itemId: string, quote: string) => {
    const location = latestIndex.current.get(itemId);
    const hasComments = project.review.comments.some((c) => c.target.itemId === itemId);
    setFilter({ ...filterRef.current, itemId, status: hasComments ? 'all' : filterRef.current.status });
    setOpen(true);
    if (hasComments && quote === '') {
      setComposer(null);
      window.requestAnimationFrame(() => headingRef.current?.focus());
      return;
    }
    withIdentity(() => {
      setComposer({ target: { kind: 'item', stepId: location?.stepId ?? step, itemId, quote } });
    });
  }, [project.review.comments, setFilter, setOpen, setComposer, withIdentity, step]);

  const comments = project.review.comments;
  const openCounts = useMemo(() => openCountsByItem(comments), [comments]);
  const totalCounts = useMemo(() => totalCountsByItem(comments), [comments]);
  const index = review.index;
  // Typing changes the index on every keystroke but rarely which ids exist; a new isItem would
  // re-render every comment button in the open step, so it only changes with the set of ids.
  const idsRef = useRef<ReadonlySet<string>>(new Set());
  const ids = useMemo(() => (sameKeys(index, idsRef.current) ? idsRef.current : new Set(index.keys())), [index]);
  useEffect(() => {
    idsRef.current = ids;
  }, [ids]);
  const isItem = useCallback((id: string) => ids.has(id), [ids]);
  const contextValue = useMemo<ReviewContextValue>(
    () => ({ canComment: allowed, isItem, openCounts, totalCounts, commentOnItem }),
    [allowed, isItem, openCounts, totalCounts, commentOnItem],
  );

  const counts = useMemo(() => commentCounts(project), [project]);
  const openByStep = useMemo(
    () => Object.fromEntries(Object.entries(counts).map(([id, c]) => [id, c.open])) as Record<StepId, number>,
    [counts],
  );

  const panel = open && allowed ? (
    <CommentsPanel
      ref={headingRef}
      project={project}
      step={step}
      review={review}
      onClose={() => {
        setOpen(false);
        setComposer(null);
        window.requestAnimationFrame(() => document.getElementById(TOGGLE_ID)?.focus());
      }}
    />
  ) : null;

  const dialog = review.identityRequest ? (
    <IdentityDialog
      initial={review.identity}
      error={review.identityError}
      onSave={(identity) => void review.saveIdentity(identity)}
      onCancel={review.cancelIdentity}
    />
  ) : null;

  return { contextValue, panel, dialog, openByStep, openTotal: openCount(project), canComment: allowed };
}
