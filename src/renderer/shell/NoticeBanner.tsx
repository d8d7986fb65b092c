// Errors and hints above the content. Errors are announced (role="alert") and
// worded by their code in the current language; the user dismisses them.

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors';
import { isLanguage } from '../i18n';
import type { Notice } from './notice';
import type { DeliveryCheckInfo, ReadOnlyReason } from '../../shared/ipc';
import { DeliveredBanner, ReviewCopyBanner } from '../review-flow/FlowBanners';

export function NoticeBanner({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('app');
  if (!notice) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const text =
    notice.kind === 'error'
      ? errorMessage(notice.error.code, language, notice.error.params)
      : t(notice.messageKey, notice.params ?? {});
  return (
    <div className={`banner banner-${notice.kind}`} role="alert">
      <p>{text}</p>
      <button type="button" className="button subtle" onClick={onDismiss}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}

export function ReadOnlyBanner({ reason, delivery }: { reason: ReadOnlyReason; delivery?: DeliveryCheckInfo | null }) {
  const { t } = useTranslation('app');
  if (reason === 'review-copy') return <ReviewCopyBanner />;
  if (reason === 'delivered' && delivery) return <DeliveredBanner delivery={delivery} />;
  return (
    <div className="banner banner-readonly" role="note" aria-label={t('readOnly.label')}>
      <p>
        <strong>{t(`readOnly.${reason}.title`)}</strong> {t(`readOnly.${reason}.body`)}
      </p>
    </div>
  );
}
