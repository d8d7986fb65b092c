// The first screen: start a project, open one, try the sample, pick up a
// recent file, or restore work that a crash left behind.

import { useTranslation } from 'react-i18next';
import type { RecentFile, RecoveryEntry } from '../../shared/ipc';
import { formatDateTime } from './format';

interface Props {
  recentFiles: RecentFile[];
  recoveries: RecoveryEntry[];
  onNew: () => void;
  onOpen: () => void;
  onOpenSample: () => void;
  onOpenRecent: (path: string) => void;
  onRemoveRecent: (path: string) => void;
  onRestore: (id: string) => void;
  onDiscardRecovery: (id: string) => void;
}

export function Welcome(props: Props) {
  const { t, i18n } = useTranslation('app');
  const { recentFiles, recoveries } = props;

  return (
    <main id="main" className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>

      <div className="welcome-actions">
        <button type="button" className="button primary" onClick={props.onNew}>
          {t('actions.new')}
        </button>
        <button type="button" className="button" onClick={props.onOpen}>
          {t('actions.open')}
        </button>
        <button type="button" className="button" onClick={props.onOpenSample}>
          {t('actions.openSample')}
        </button>
      </div>
      <p className="hint">{t('welcome.dropHint')}</p>

      {recoveries.length > 0 && (
        <section className="welcome-section recoveries" aria-labelledby="recoveries-title">
          <h2 id="recoveries-title">{t('welcome.recoveries.title')}</h2>
          <p>{t('welcome.recoveries.explain')}</p>
          <ul className="plain-list">
            {recoveries.map((entry) => (
              <li key={entry.id} className="list-row">
                <div className="list-row-text">
                  <strong>{entry.title || t('untitled')}</strong>
                  <span className="muted">
                    {t('welcome.recoveries.savedAt', { time: formatDateTime(entry.savedAt, i18n.language) })}
                    {entry.path ? ` · ${entry.path}` : ` · ${t('welcome.recoveries.neverSaved')}`}
                  </span>
                </div>
                <button
                  type="button"
                  className="button primary"
                  aria-label={t('welcome.recoveries.restoreNamed', { title: entry.title || t('untitled') })}
                  onClick={() => props.onRestore(entry.id)}
                >
                  {t('welcome.recoveries.restore')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('welcome.recoveries.discardNamed', { title: entry.title || t('untitled') })}
                  onClick={() => props.onDiscardRecovery(entry.id)}
                >
                  {t('welcome.recoveries.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="welcome-section" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('welcome.recent.title')}</h2>
        {recentFiles.length === 0 ? (
          <p className="muted">{t('welcome.recent.empty')}</p>
        ) : (
          <ul className="plain-list">
            {recentFiles.map((file) => (
              <li key={file.path} className={file.exists ? 'list-row' : 'list-row missing'}>
                <button
                  type="button"
                  className="link-button list-row-text"
                  disabled={!file.exists}
                  onClick={() => props.onOpenRecent(file.path)}
                  title={file.path}
                >
                  <strong>{file.title || file.fileName}</strong>
                  <span className="muted">
                    {file.fileName}
                    {!file.exists && ` · ${t('welcome.recent.missing')}`}
                  </span>
                </button>
                <button
                  type="button"
                  className="button subtle"
                  aria-label={t('welcome.recent.removeNamed', { name: file.title || file.fileName })}
                  onClick={() => props.onRemoveRecent(file.path)}
                >
                  {t('welcome.recent.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
