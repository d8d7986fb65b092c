// What each step still misses, so the consultant sees gaps before exporting.
// The same checklist the read-only report view showed.

import { useTranslation } from 'react-i18next';
import type { StepCompleteness } from '../../../shared/model/completeness';
import type { StepId } from '../../../shared/model/steps';
import { orderedSteps } from '../steps';

export function CompletenessList({ completeness }: { completeness: Record<StepId, StepCompleteness> }) {
  const { t } = useTranslation('app');
  return (
    <ul className="checklist">
      {orderedSteps.map((step) => {
        const c = completeness[step];
        const total = c.filled.length + c.missing.length;
        return (
          <li key={step}>
            <span className={`dot dot-${c.status}`} aria-hidden="true" /> <strong>{t(`stepNames.${step}`)}</strong>{' '}
            <span className="muted">
              — {t(`completeness.${c.status}`)}, {t('view.report.filled', { filled: c.filled.length, total })}
            </span>
            {c.missing.length > 0 && (
              <ul className="missing-list">
                {c.missing.map((key) => (
                  <li key={key}>{t(`checks.${key}`, { defaultValue: key })}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
