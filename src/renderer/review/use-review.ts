// The comment workflow of one workspace: who is writing (the author identity
// kept in the preferences, asked for once), the panel's filters, the composer
// and what it is about to comment on, and every comment action as a recipe for
// the document, so each one is an ordinary undoable edit.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../bridge/api';
import type { AuthorIdentity } from '../../shared/ipc';
import type { Project } from '../../shared/model/project';
import type { CommentAuthor, CommentTarget } from '../../shared/model/review';
import type { StepId } from '../../shared/model/steps';
import {
  addComment,
  deleteComment,
  deleteReply,
  editComment,
  editReply,
  reopenComment,
  replyTo,
  resolveComment,
} from '../../shared/review/comments';
import type { ItemLocation } from '../../shared/review/item-index';
import { createItemIndexer } from './cached-item-index';
import { newId } from '../../shared/model/ids';
import { defaultFilter, type PanelFilter } from './comment-view';

export type CommentRecipe = (project: Project) => Project;

export interface Composer {
  target: CommentTarget;
}

export interface ReviewActions {
  add: (target: CommentTarget, body: string) => void;
  reply: (commentId: string, body: string) => void;
  edit: (commentId: string, body: string) => void;
  remove: (commentId: string) => void;
  editReply: (commentId: string, replyId: string, body: string) => void;
  removeReply: (commentId: string, replyId: string) => void;
  resolve: (commentId: string) => void;
  reopen: (commentId: string) => void;
}

export interface IdentityRequest {
  /** Runs after the identity was stored; null when the user only changes it. */
  then: ((identity: AuthorIdentity) => void) | null;
}

export interface ReviewState {
  identity: AuthorIdentity | null;
  identityRequest: IdentityRequest | null;
  /** Asks for the identity (prefilled when known), then runs `then`. */
  askIdentity: (then: IdentityRequest['then']) => void;
  saveIdentity: (identity: AuthorIdentity) => Promise<void>;
  cancelIdentity: () => void;
  /** Runs `action` with the identity, asking for it first when unknown. */
  withIdentity: (action: (identity: AuthorIdentity) => void) => void;
  filter: PanelFilter;
  setFilter: (filter: PanelFilter) => void;
  composer: Composer | null;
  setComposer: (composer: Composer | null) => void;
  index: Map<string, ItemLocation>;
  actions: ReviewActions;
  identityError: unknown;
}

interface Deps {
  project: Project;
  /** Applies a comment-only edit to the document (undoable, allowed in review copies). */
  onChangeComments: (recipe: CommentRecipe, label: string) => void;
  onError: (error: unknown) => void;
}

export function useReview({ project, onChangeComments, onError }: Deps): ReviewState {
  const [identity, setIdentity] = useState<AuthorIdentity | null>(null);
  const [identityRequest, setIdentityRequest] = useState<IdentityRequest | null>(null);
  const [identityError, setIdentityError] = useState<unknown>(null);
  const [filter, setFilter] = useState<PanelFilter>(defaultFilter);
  const [composer, setComposer] = useState<Composer | null>(null);
  const identityRef = useRef(identity);
  identityRef.current = identity;

  useEffect(() => {
    let live = true;
    api.getPreferences()
      .then((prefs) => {
        if (live && prefs.author && prefs.author.name.trim() !== '') setIdentity(prefs.author);
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [onError]);

  // Rebuilt after every edit, but only the changed objects are walked again (see cached-item-index.ts).
  const [indexer] = useState(createItemIndexer);
  const index = useMemo(() => indexer(project), [indexer, project]);

  const askIdentity = useCallback((then: IdentityRequest['then']) => {
    setIdentityError(null);
    setIdentityRequest({ then });
  }, []);

  const withIdentity = useCallback((action: (identity: AuthorIdentity) => void) => {
    const known = identityRef.current;
    if (known) action(known);
    else askIdentity(action);
  }, [askIdentity]);

  const saveIdentity = useCallback(async (next: AuthorIdentity) => {
    const clean = { name: next.name.trim(), role: next.role.trim() };
    try {
      const prefs = await api.setPreferences({ author: clean });
      const stored = prefs.author ?? clean;
      setIdentity(stored);
      identityRef.current = stored;
      const then = identityRequest?.then ?? null;
      setIdentityRequest(null);
      then?.(stored);
    } catch (error) {
      setIdentityError(error);
    }
  }, [identityRequest]);

  const cancelIdentity = useCallback(() => setIdentityRequest(null), []);

  const actions = useMemo<ReviewActions>(() => {
    const as = (run: (author: CommentAuthor) => void) => withIdentity((i) => run({ name: i.name, role: i.role }));
    return {
      add: (target, body) => as((author) => {
        const id = newId();
        onChangeComments((p) => addComment(p, { target, author, body, now: new Date(), id }).project, `review.add:${id}`);
      }),
      reply: (commentId, body) => as((author) => {
        const id = newId();
        onChangeComments((p) => replyTo(p, commentId, { author, body, now: new Date(), id }).project, `review.reply:${id}`);
      }),
      edit: (commentId, body) => as((author) =>
        onChangeComments((p) => editComment(p, commentId, { author, body, now: new Date() }).project, `review.edit:${commentId}`)),
      remove: (commentId) => as((author) =>
        onChangeComments((p) => deleteComment(p, commentId, author).project, `review.delete:${commentId}`)),
      editReply: (commentId, replyId, body) => as((author) =>
        onChangeComments((p) => editReply(p, commentId, replyId, { author, body, now: new Date() }).project, `review.edit:${replyId}`)),
      removeReply: (commentId, replyId) => as((author) =>
        onChangeComments((p) => deleteReply(p, commentId, replyId, author).project, `review.delete:${replyId}`)),
      resolve: (commentId) => as((author) =>
        onChangeComments((p) => resolveComment(p, commentId, { name: author.name, now: new Date() }).project, `review.status:${commentId}`)),
      reopen: (commentId) =>
        onChangeComments((p) => reopenComment(p, commentId, { now: new Date() }).project, `review.status:${commentId}`),
    };
  }, [withIdentity, onChangeComments]);

  return {
    identity,
    identityRequest,
    askIdentity,
    saveIdentity,
    cancelIdentity,
    withIdentity,
    filter,
    setFilter,
    composer,
    setComposer,
    index,
    actions,
    identityError,
  };
}

/** A target on the whole step, for the panel's "comment on this step". */
export function sectionTarget(stepId: StepId): CommentTarget {
  return { kind: 'section', stepId, itemId: null, quote: '' };
}
