// The banners of the two special kinds of file this feature makes: a review
// copy (content read-only, comments welcome) and a delivered file, which says
// who delivered it and when, and whether the content is still exactly what
// was delivered. An altered delivered file gets a warning that is announced
// (role="alert"), since the reader must not take its content as delivered.

import { useTranslation } from 'react-i18next';
import type { DeliveryCheckInfo } from '../../shared/ipc';

/** A delivery date as people read it ("22 november 2026"); the ISO text when it is not a date. */
export function formatDeliveryDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(date);
}

export function ReviewCopyBanner() {
  const { t } = useTranslation('review-flow');
  return (
    <div className="banner banner-readonly" role="note" aria-label={t('banner.reviewCopyLabel')} data-testid="review-copy-banner">
      <p>{t('banner.reviewCopy')}</p>
    </div>
  );
}

export function DeliveredBanner({ delivery }: { delivery: DeliveryCheckInfo }) {
  const { t, i18n } = useTranslation('review-flow');
  const params = {
    date: formatDeliveryDate(delivery.deliveredAt, i18n.language),
    name: delivery.deliveredBy || t('banner.unknownDeliverer'),
  };
  if (!delivery.verified) {
    return (
      <div className="banner banner-error" role="alert" data-testid="delivered-banner" data-verified="false">
        <p>
          <strong>{t('banner.alteredTitle')}</strong> {t('banner.altered', params)}
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner-readonly" role="note" aria-label={t('banner.deliveredLabel')} data-testid="delivered-banner" data-verified="true">
      <p>
        <strong>{t('banner.delivered', params)}</strong> {t('banner.deliveredBody')}
      </p>
    </div>
  );
}
