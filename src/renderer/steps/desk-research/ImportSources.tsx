// Import a BibTeX, RIS or CSL-JSON file (a Zotero or Mendeley export) into the
// library: new sources are added in one edit (one undo step), sources already
// present are skipped, and a summary says what happened — including the
// entries that could not be read, by their key or title, so they can be fixed.

import { useId, useState, type ChangeEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/language';
import { planImport, type ImportPlan } from './import-plan';
import { addImportedSources } from './recipes';
import { shortReference } from './source-summary';

export interface ImportSourcesProps {
  project: Project;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  language: Language;
}

export function ImportSources({ project, readOnly, onChange, language }: ImportSourcesProps): JSX.Element | null {
  const { t } = useTranslation('step-desk-research');
  const inputId = useId();
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [failed, setFailed] = useState(false);
  if (readOnly) return null;

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const next = planImport(project.deskResearch.sources, await file.text(), file.name);
      const added = next.added;
      if (added.length > 0) onChange((p) => addImportedSources(p, added), `desk-research.import:${added[0].id}`);
      setFailed(false);
      setPlan(next);
    } catch {
      setFailed(true);
      setPlan(null);
    } finally {
      // The same file may be chosen again after fixing it.
      input.value = '';
    }
  };

  return (
    <div className="source-import">
      <div className="field">
        <label className="field-label" htmlFor={inputId}>{t('import.label')}</label>
        <p className="field-help" id={`${inputId}-help`}>{t('import.help')}</p>
        <input
          id={inputId}
          type="file"
          accept=".bib,.bibtex,.ris,.json,.txt"
          aria-describedby={`${inputId}-help`}
          onChange={(event) => void read(event)}
        />
      </div>
      <div role="status" aria-live="polite">
        {failed ? <p className="step-warning">{t('import.failed')}</p> : null}
        {plan ? (
          <section className="import-summary" aria-label={t('import.summaryTitle', { file: plan.fileName })}>
            <p>
              <strong>{t('import.summaryTitle', { file: plan.fileName })}</strong>
            </p>
            <ul>
              <li>{t('import.added', { count: plan.added.length })}</li>
              <li>
                {t('import.duplicates', { count: plan.duplicates.length })}
                {plan.duplicates.length > 0 ? (
                  <ul>
                    {plan.duplicates.map((d, i) => (
                      <li key={i}>{shortReference(d.existing, language)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
              <li>
                {t('import.errors', { count: plan.errors.length })}
                {plan.errors.length > 0 ? (
                  <ul>
                    {plan.errors.map((e, i) => (
                      <li key={i}>
                        {e.label ? <code>{e.label}</code> : t('import.wholeFile')}
                        {e.entry > 0 ? ` (${t('import.entry', { n: e.entry })})` : ''}: {e.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            </ul>
            <button type="button" onClick={() => setPlan(null)}>
              {t('import.close')}
            </button>
          </section>
        ) : null}
      </div>
    </div>
  );
}
