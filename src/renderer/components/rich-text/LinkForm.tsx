// The small inline form for a link address (Electron has no window.prompt).
// The address is checked before it reaches the document: only http(s) and
// mailto links are accepted, with a message saying so.

import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from '../FieldLabel';
import { FieldError, FieldHelp, describedBy } from '../FieldNotes';
import { parseLinkInput } from './link-input';

export interface LinkFormProps {
  initialHref: string;
  /** Offer "remove link" (the selection is inside a link). */
  canRemove: boolean;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function LinkForm({ initialHref, canRemove, onApply, onRemove, onCancel }: LinkFormProps): JSX.Element {
  const { t } = useTranslation('steps');
  const id = useId();
  const [draft, setDraft] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const notes = { id, help: t('components.richText.linkForm.help'), error };
  const apply = () => {
    const result = parseLinkInput(draft);
    if (result.ok) onApply(result.href);
    else setError(t(`components.richText.linkForm.${result.reason}`));
  };
  return (
    <div
      className="rt-popover"
      role="group"
      aria-label={t('components.richText.link')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="field">
        <FieldLabel htmlFor={id} text={t('components.richText.linkForm.label')} />
        <FieldHelp {...notes} />
        <input
          id={id}
          type="text"
          inputMode="url"
          autoFocus
          value={draft}
          aria-describedby={describedBy(notes)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
        />
        <FieldError {...notes} />
      </div>
      <div className="rt-popover-actions">
        <button type="button" onClick={apply}>{t('components.richText.linkForm.apply')}</button>
        {canRemove ? (
          <button type="button" onClick={onRemove}>{t('components.richText.linkForm.remove')}</button>
        ) : null}
        <button type="button" onClick={onCancel}>{t('components.richText.linkForm.cancel')}</button>
      </div>
    </div>
  );
}
