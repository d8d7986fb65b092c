// One text box with a submit and a cancel button: a new comment, a reply, or an
// edit of one's own text. Ctrl/Cmd+Enter submits; Escape cancels. An empty text
// is never posted.

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Shown above the text box (what the comment is about, the quote). */
  children?: ReactNode;
  autoFocus?: boolean;
  onSubmit: (body: string) => void;
  onCancel?: () => void;
  className?: string;
}

export function CommentComposer({ label, submitLabel, initial = '', children, autoFocus = true, onSubmit, onCancel, className }: Props) {
  const { t } = useTranslation('review');
  const [body, setBody] = useState(initial);
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (body.trim() === '') {
      ref.current?.focus();
      return;
    }
    onSubmit(body.trim());
    setBody('');
  };

  return (
    <form className={className ? `comment-composer ${className}` : 'comment-composer'} onSubmit={submit}>
      {children}
      <label htmlFor={id} className="comment-composer-label">{label}</label>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-composer-actions">
        <button type="submit" className="button primary" disabled={body.trim() === ''}>{submitLabel}</button>
        {onCancel && <button type="button" className="button" onClick={onCancel}>{t('composer.cancel')}</button>}
      </div>
    </form>
  );
}
