// Export buttons, the progress bar while the file is made, then either a
// success notice with "Open" / "Show in folder" or the error, worded by its code.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../bridge/api';
import { errorMessage, serializeError, type SerializedError } from '../../../shared/errors';
import type { ExportFormat } from '../../../shared/ipc';
import type { Language } from '../../../shared/language';
import { exportController, exportOpenProject } from './export-instance';
import { useExportStatus } from './export-controller';
import { ProgressBar } from '../../components/ProgressBar';

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function formatBytes(bytes: number, language: Language): string {
  const number = (value: number) => value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

function ErrorNotice({ error, language }: { error: SerializedError; language: Language }) {
  return (
    <p className="export-error" role="alert" data-error-code={error.code}>
      {errorMessage(error.code, language, error.params)}
    </p>
  );
}

export function ExportPanel({ uiLanguage }: { uiLanguage: Language }) {
  const { t } = useTranslation('report-step');
  const status = useExportStatus(exportController);
  const [actionError, setActionError] = useState<SerializedError | null>(null);
  const running = status.phase === 'running';

  const start = (format: ExportFormat) => {
    setActionError(null);
    void exportOpenProject(format);
  };
  const act = (action: (args: { path: string }) => Promise<void>, path: string) => {
    setActionError(null);
    action({ path }).catch((error: unknown) => setActionError(serializeError(error)));
  };

  return (
    <div className="export-panel">
      <p className="muted">{t('export.note')}</p>
      <div className="export-buttons">
        {(['docx', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={`button${format === 'docx' ? ' primary' : ''}`}
            disabled={running}
            onClick={() => start(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
      </div>

      {status.phase === 'running' && (
        <ProgressBar caption={t('export.running')} label={t('export.progressLabel')} fraction={status.fraction} />
      )}

      {status.phase === 'done' && (
        <div className="export-done" role="status">
          <p>{t('export.done', { name: fileNameOf(status.outcome.path), size: formatBytes(status.outcome.bytes, uiLanguage) })}</p>
          <div className="export-buttons">
            <button type="button" className="button" onClick={() => act(api.openExportedFile, status.outcome.path)}>
              {t('export.open')}
            </button>
            <button type="button" className="button" onClick={() => act(api.showInFolder, status.outcome.path)}>
              {t('export.showInFolder')}
            </button>
            <button type="button" className="button subtle" onClick={() => exportController.reset()}>
              {t('export.dismiss')}
            </button>
          </div>
        </div>
      )}

      {status.phase === 'failed' && <ErrorNotice error={status.error} language={uiLanguage} />}
      {actionError && <ErrorNotice error={actionError} language={uiLanguage} />}
    </div>
  );
}
