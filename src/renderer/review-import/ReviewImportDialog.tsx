// The summary of a Word review import: how many comments were placed on items,
// how many replies joined a thread, and every comment that could not be placed,
// with its text and the step where it now waits, so nothing goes unnoticed.

import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';
import type { ReviewImport } from './use-review-import';

export function ReviewImportDialog({ flow }: { flow: ReviewImport }) {
  const { t } = useTranslation('review-import');
  const { t: tSteps } = useTranslation('app');
  const result = flow.result;
  if (!result) return null;
  const { summary, fileName } = result;
  const added = summary.placed + summary.replies + summary.unplaced.length;
  return (
    <ModalDialog
      title={t('summary.title')}
      message={
        <div data-testid="docx-import-summary">
          <p>{t('summary.file', { fileName })}</p>
          {added === 0 ? (
            <p>{t('summary.nothing')}</p>
          ) : (
            <ul>
              <li data-count="placed">{t('summary.placed', { count: summary.placed })}</li>
              <li data-count="replies">{t('summary.replies', { count: summary.replies })}</li>
              <li data-count="unplaced">{t('summary.unplaced', { count: summary.unplaced.length })}</li>
            </ul>
          )}
          {summary.existing > 0 && <p>{t('summary.existing', { count: summary.existing })}</p>}
          {summary.unplaced.length > 0 && (
            <>
              <p>{t('summary.unplacedIntro')}</p>
              <ul data-testid="docx-import-unplaced">
                {summary.unplaced.map((c, i) => (
                  <li key={i}>
                    <strong>{c.author || t('summary.unknownAuthor')}</strong>: {c.body}
                    {c.quote !== '' && <> {t('summary.quote', { quote: c.quote })}</>}{' '}
                    <span className="muted">{t(`summary.reason.${c.reason}`, { step: tSteps(`stepNames.${c.stepId}`) })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {added > 0 && <p className="muted">{t('summary.undo')}</p>}
        </div>
      }
      cancelValue="close"
      onChoose={() => flow.dismiss()}
      choices={[{ value: 'close', label: t('summary.close'), primary: true }]}
    />
  );
}
