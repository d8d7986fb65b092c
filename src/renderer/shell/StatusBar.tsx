// The bottom line: save state in words (never colour alone), the file, and
// what Drijfveer did to the file format.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors';
import { saveStatus, type DocumentState } from '../state/document-reducer';
import { isLanguage } from '../i18n';

export function StatusBar({ state, commentsToggle }: { state: DocumentState; /** The comments panel button. */ commentsToggle?: ReactNode }) {
  const { t, i18n } = useTranslation('app');
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const status = saveStatus(state);
  const { doc } = state;
  const error = state.saveError;

  return (
    <footer className="status-bar">
      <p role="status" className={`save-status save-${status}`}>
        <span className="save-status-label">{t(`status.${status}`)}</span>
        {status === 'error' && error && <span className="save-error">: {errorMessage(error.code, language, error.params)}</span>}
      </p>
      <p className="status-file">{doc.fileName ?? t('status.notSavedYet')}</p>
      <p className="status-format">
        {doc.migratedFrom !== null
          ? t('status.migrated', { from: doc.migratedFrom })
          : t('status.formatVersion', { version: doc.fileFormatVersion })}
        {doc.readOnly && ` · ${t('status.readOnly')}`}
      </p>
      {commentsToggle}
    </footer>
  );
}
