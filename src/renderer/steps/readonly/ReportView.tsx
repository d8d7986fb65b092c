// Step 10 read-only: which sections the report will contain, the layout
// choices, and a checklist of what each step still misses.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { StepCompleteness } from '../../../shared/model/completeness';
import type { StepId } from '../../../shared/model/steps';
import { orderedSteps } from '../steps';
import { Fields, Section } from './parts';

interface Props {
  project: Project;
  completeness: Record<StepId, StepCompleteness>;
}

export function ReportView({ project, completeness }: Props) {
  const { t } = useTranslation('app');
  const { sections, mixLayout, includeOpenCommentsInExports } = project.report;

  return (
    <>
      <Section title={t('view.report.sections')} count={sections.filter((s) => s.included).length}>
        <ol className="section-list">
          {sections.map((section) => (
            <li key={section.key} className={section.included ? '' : 'excluded'}>
              {t(`enums.section.${section.key}`)}{' '}
              <span className="muted">({section.included ? t('view.report.included') : t('view.report.excluded')})</span>
            </li>
          ))}
        </ol>
        <Fields
          rows={[
            [t('view.report.mixLayout'), t(`enums.mixLayout.${mixLayout}`)],
            [t('view.report.openComments'), includeOpenCommentsInExports ? t('view.yes') : t('view.no')],
          ]}
        />
      </Section>

      <Section title={t('view.report.completeness')}>
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
      </Section>
    </>
  );
}
