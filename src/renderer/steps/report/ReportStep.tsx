// Step 10, the report: which chapters it has and in what order, how the
// marketing mix is laid out, whether open comments go along, a live preview
// of the heading structure beside the real PDF (on request), the export itself,
// and what the steps still miss.
// Every settings change is a recipe through onChange, so undo covers it.

import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { StepCompleteness } from '../../../shared/model/completeness';
import type { StepId } from '../../../shared/model/steps';
import { withAllSections, type ReportSettings } from '../../../shared/model/report-settings';
import { buildReport } from '../../../shared/report/build-report';
import { isLanguage } from '../../i18n';
import { SelectField } from '../../components/SelectField';
import type { StepProps } from '../../components/step-props';
import { Section } from '../../components/panels';
import { ChecksPanel } from './ChecksPanel';
import { CompletenessList } from './CompletenessList';
import { ExportPanel } from './ExportPanel';
import { ReviewDeliveryPanel } from '../../review-flow/ReviewDeliveryPanel';
import { PdfPreview } from './PdfPreview';
import { PreviewTabs } from './PreviewTabs';
import { ReportPreview } from './ReportPreview';
import { SectionOrder } from './SectionOrder';
import { chooseExportLanguage, exportLanguageFor, openDocumentId } from './export-instance';
import { previewCitations } from './preview-citations';
import { moveSection, setIncludeOpenComments, setMixLayout, setSectionIncluded } from './recipes';
import './report-step.css';

interface Props extends StepProps {
  completeness: Record<StepId, StepCompleteness>;
}

/** The report language last chosen for this document (the project's own until one is picked). */
function useReportLanguage(project: Project): [Language, (language: Language) => void] {
  const docId = openDocumentId();
  const [picked, setPicked] = useState<Language | null>(null);
  const language = picked ?? (docId ? exportLanguageFor(docId, project) : project.assignment.reportLanguage);
  const choose = (next: Language) => {
    setPicked(next);
    if (docId) chooseExportLanguage(docId, next);
  };
  return [language, choose];
}

export function ReportStep({ project, readOnly, onChange, completeness }: Props) {
  const { t, i18n } = useTranslation('report-step');
  const { t: tApp } = useTranslation('app');
  const { t: tReviewFlow } = useTranslation('review-flow');
  const { t: tChecks } = useTranslation('checks');
  const uiLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const [language, setLanguage] = useReportLanguage(project);
  const sections = useMemo(() => withAllSections(project.report.sections), [project.report.sections]);
  // Building the outline of a large project takes a few hundred milliseconds: the step is
  // painted first and the outline follows in a background render.
  const previewProject = useDeferredValue<Project | null>(project, null);
  const doc = useMemo(
    () => (previewProject ? buildReport(previewProject, { language, citations: previewCitations }) : null),
    [previewProject, language],
  );

  const mixOptions = (['per-p', 'matrix'] as const).map((value) => ({ value, label: tApp(`enums.mixLayout.${value}`) }));
  const languageOptions = (['nl', 'en'] as const).map((value) => ({ value, label: t(`layout.languages.${value}`) }));

  return (
    <>
      <Section title={t('sections.title')} count={sections.filter((s) => s.included).length}>
        <p className="muted">{t('sections.help')}</p>
        <SectionOrder
          sections={sections}
          readOnly={readOnly}
          onToggle={(key, included) => onChange(setSectionIncluded(key, included), `report.sections.${key}.included`)}
          onMove={(key, direction) => onChange(moveSection(key, direction), `report.sections.move:${key}:${direction}`)}
        />
      </Section>

      <Section title={t('layout.title')}>
        <SelectField<ReportSettings['mixLayout']>
          label={t('layout.mixLayout')}
          value={project.report.mixLayout}
          options={mixOptions}
          readOnly={readOnly}
          onChange={(value) => onChange(setMixLayout(value), 'report.mixLayout')}
        />
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              checked={project.report.includeOpenCommentsInExports}
              disabled={readOnly}
              onChange={(event) => onChange(setIncludeOpenComments(event.target.checked), 'report.includeOpenComments')}
            />{' '}
            {t('layout.openComments')}
          </label>
        </div>
        <SelectField<Language> label={t('layout.language')} value={language} options={languageOptions} onChange={setLanguage} />
      </Section>

      <Section title={t('pdf.sectionTitle')}>
        <PreviewTabs
          structure={
            <>
              <p className="muted">{t('preview.help')}</p>
              {doc ? <ReportPreview doc={doc} /> : null}
            </>
          }
          pdf={<PdfPreview project={project} language={language} uiLanguage={uiLanguage} />}
        />
      </Section>

      <Section title={t('export.title')}>
        <ExportPanel uiLanguage={uiLanguage} />
      </Section>

      <Section title={tReviewFlow('panel.title')}>
        <ReviewDeliveryPanel readOnly={readOnly} />
      </Section>

      <Section title={tApp('view.report.completeness')}>
        <CompletenessList completeness={completeness} />
      </Section>

      <Section title={tChecks('title')}>
        <ChecksPanel project={project} />
      </Section>
    </>
  );
}
