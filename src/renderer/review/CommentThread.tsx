// One comment thread in the panel: where it points (a button that jumps there),
// the quote it was made on, who wrote it and when, the text, the replies, and
// the actions — reply, resolve/reopen for everybody, edit and delete only on
// one's own comment or reply (same name and role as the identity).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorIdentity } from '../../shared/ipc';
import type { Comment, CommentAuthor, Reply } from '../../shared/model/review';
import { sameAuthor } from '../../shared/review/comments';
import { absoluteTime, relativeTime } from './comment-view';
import { CommentComposer } from './CommentComposer';
import type { ReviewActions } from './use-review';

interface Props {
  comment: Comment;
  identity: AuthorIdentity | null;
  /** What the comment is about, e.g. "2. Aanleiding & uitdaging — Onderzoeksvraag …". */
  targetLabel: string;
  /** Null for a target that cannot be shown any more (an orphaned comment). */
  onJump: (() => void) | null;
  actions: ReviewActions;
}

function Byline({ author, at, edited }: { author: CommentAuthor; at: string; edited: boolean }) {
  const { t, i18n } = useTranslation('review');
  const relative = relativeTime(at, new Date(), i18n.language);
  const absolute = absoluteTime(at, i18n.language);
  return (
    <p className="comment-byline">
      <strong className="comment-author">{author.name || t('thread.anonymous')}</strong>
      {author.role && <span className="comment-role">, {author.role}</span>}
      {absolute && (
        <>
          {' · '}
          <time dateTime={at} title={absolute}>{relative}</time>
          <span className="comment-absolute"> ({absolute})</span>
        </>
      )}
      {edited && <span className="comment-edited"> · {t('thread.edited')}</span>}
    </p>
  );
}

function isOwn(identity: AuthorIdentity | null, author: CommentAuthor): boolean {
  return identity !== null && sameAuthor({ name: identity.name, role: identity.role }, author);
}

function ReplyView({ comment, reply, identity, actions }: { comment: Comment; reply: Reply; identity: AuthorIdentity | null; actions: ReviewActions }) {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState(false);
  const own = isOwn(identity, reply.author);
  return (
    <li className="comment-reply" data-reply-id={reply.id}>
      <Byline author={reply.author} at={reply.createdAt} edited={reply.updatedAt !== reply.createdAt} />
      {editing ? (
        <CommentComposer
          label={t('thread.editReplyLabel')}
          submitLabel={t('thread.saveEdit')}
          initial={reply.body}
          onSubmit={(body) => {
            actions.editReply(comment.id, reply.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-body">{reply.body}</p>
      )}
      {own && !editing && (
        <div className="comment-actions">
          <button type="button" className="button subtle" onClick={() => setEditing(true)}>{t('thread.editReply')}</button>
          <button type="button" className="button subtle danger" onClick={() => actions.removeReply(comment.id, reply.id)}>
            {t('thread.deleteReply')}
          </button>
        </div>
      )}
    </li>
  );
}

export function CommentThread({ comment, identity, targetLabel, onJump, actions }: Props) {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const own = isOwn(identity, comment.author);
  const resolved = comment.status === 'resolved';
  const headingId = `comment-${comment.id}`;

  return (
    <li className={resolved ? 'comment-thread resolved' : 'comment-thread'} data-comment-id={comment.id}>
      <h3 id={headingId} className="comment-target" tabIndex={-1}>
        {onJump ? (
          <button type="button" className="link-button comment-jump" onClick={onJump}>
            {targetLabel}
            <span className="visually-hidden"> — {t('thread.jump')}</span>
          </button>
        ) : (
          <span>{targetLabel}</span>
        )}
      </h3>
      <p className={resolved ? 'comment-status status-resolved' : 'comment-status status-open'}>
        {resolved ? t('thread.resolvedBy', { name: comment.resolvedBy || t('thread.anonymous') }) : t('thread.open')}
      </p>
      {comment.target.quote && (
        <blockquote className="comment-quote">
          <span className="visually-hidden">{t('thread.quote')}: </span>
          {comment.target.quote}
        </blockquote>
      )}
      <Byline author={comment.author} at={comment.createdAt} edited={comment.updatedAt !== comment.createdAt} />
      {editing ? (
        <CommentComposer
          label={t('thread.editLabel')}
          submitLabel={t('thread.saveEdit')}
          initial={comment.body}
          onSubmit={(body) => {
            actions.edit(comment.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {comment.replies.length > 0 && (
        <ul className="comment-replies" aria-label={t('thread.replies', { count: comment.replies.length })}>
          {comment.replies.map((reply) => (
            <ReplyView key={reply.id} comment={comment} reply={reply} identity={identity} actions={actions} />
          ))}
        </ul>
      )}
      {replying ? (
        <CommentComposer
          label={t('thread.replyLabel')}
          submitLabel={t('thread.sendReply')}
          onSubmit={(body) => {
            actions.reply(comment.id, body);
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        !editing && (
          <div className="comment-actions">
            <button type="button" className="button" onClick={() => setReplying(true)}>{t('thread.reply')}</button>
            {resolved ? (
              <button type="button" className="button" onClick={() => actions.reopen(comment.id)}>{t('thread.reopen')}</button>
            ) : (
              <button type="button" className="button" onClick={() => actions.resolve(comment.id)}>{t('thread.resolve')}</button>
            )}
            {own && (
              <>
                <button type="button" className="button subtle" onClick={() => setEditing(true)}>{t('thread.edit')}</button>
                <button type="button" className="button subtle danger" onClick={() => actions.remove(comment.id)}>{t('thread.delete')}</button>
              </>
            )}
          </div>
        )
      )}
    </li>
  );
}
