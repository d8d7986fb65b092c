// The Report step's buttons for review and delivery: the same flows as the
// File menu, and the only way to reach them in the browser host.

import { useTranslation } from 'react-i18next';
import { runReviewFlow } from './flow-instance';
import { runReviewImport } from '../review-import/flow-instance';

export function ReviewDeliveryPanel({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review-flow');
  const { t: tImport } = useTranslation('review-import');
  return (
    <div className="review-delivery">
      <p className="muted">{t('panel.help')}</p>
      <div className="export-buttons">
        <button type="button" className="button" onClick={() => runReviewFlow('send-for-review')}>
          {t('panel.send')}
        </button>
        <button type="button" className="button" disabled={readOnly} onClick={() => runReviewFlow('merge-review')}>
          {t('panel.merge')}
        </button>
        <button type="button" className="button" disabled={readOnly} onClick={() => runReviewFlow('deliver')}>
          {t('panel.deliver')}
        </button>
        <button type="button" className="button" onClick={() => runReviewImport()}>
          {tImport('button')}
        </button>
      </div>
      {readOnly && <p className="muted">{t('panel.readOnly')}</p>}
    </div>
  );
}
