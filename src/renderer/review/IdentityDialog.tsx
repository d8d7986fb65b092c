// Who is commenting: name and role, asked the first time someone comments and
// changeable from the comments panel. Kept in the user's preferences on this
// machine, never in the project. A native modal <dialog>, like ModalDialog, so
// focus stays inside and Escape cancels.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, serializeError } from '../../shared/errors';
import type { AuthorIdentity } from '../../shared/ipc';
import { isLanguage } from '../i18n';

interface Props {
  initial: AuthorIdentity | null;
  error: unknown;
  onSave: (identity: AuthorIdentity) => void;
  onCancel: () => void;
}

export function IdentityDialog({ initial, error, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation('review');
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const nameId = useId();
  const roleId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [missingName, setMissingName] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissingName(true);
      document.getElementById(nameId)?.focus();
      return;
    }
    onSave({ name: name.trim(), role: role.trim() });
  };
  const failure = error ? serializeError(error) : null;

  return (
    <dialog
      ref={ref}
      className="modal identity-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{t('identity.title')}</h2>
        <p id={introId} className="modal-message">{t('identity.intro')}</p>
        <div className="identity-field">
          <label htmlFor={nameId}>{t('identity.name')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            autoFocus
            maxLength={200}
            aria-invalid={missingName || undefined}
            aria-describedby={missingName ? `${nameId}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim() !== '') setMissingName(false);
            }}
          />
          {missingName && <p id={`${nameId}-error`} className="field-error">{t('identity.nameRequired')}</p>}
        </div>
        <div className="identity-field">
          <label htmlFor={roleId}>{t('identity.role')}</label>
          <input
            id={roleId}
            type="text"
            value={role}
            maxLength={200}
            placeholder={t('identity.rolePlaceholder')}
            onChange={(event) => setRole(event.target.value)}
          />
        </div>
        {failure && <p role="alert" className="field-error">{errorMessage(failure.code, language, failure.params)}</p>}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>{t('identity.cancel')}</button>
          <button type="submit" className="button primary">{t('identity.save')}</button>
        </div>
      </form>
    </dialog>
  );
}
