// "Toon APA-referentie": the full APA 7 reference of one source, as the report
// will print it. The CSL engine (citeproc with the APA style and locales) is
// large, so it is loaded only when the user asks, never with the step itself.

import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';

type Preview = { state: 'idle' } | { state: 'loading' } | { state: 'done'; text: string; of: Source } | { state: 'failed' };

export function SourcePreview({ source, language }: { source: Source; language: Language }): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const [preview, setPreview] = useState<Preview>({ state: 'idle' });

  const show = async () => {
    setPreview({ state: 'loading' });
    try {
      const { createCitationEngine } = await import('../../../shared/citations/engine');
      const entry = createCitationEngine([source], language).bibliography([source.id])[0];
      setPreview(entry ? { state: 'done', text: entry.text, of: source } : { state: 'failed' });
    } catch {
      setPreview({ state: 'failed' });
    }
  };

  // A preview of an older version of the source is not shown as if it were current.
  const current = preview.state === 'done' && preview.of === source ? preview.text : null;
  return (
    <div className="source-preview">
      <button type="button" onClick={() => void show()} disabled={preview.state === 'loading'}>
        {t('source.showApa')}
      </button>
      <p role="status" className="source-preview-text">
        {preview.state === 'loading' ? t('source.apaLoading') : null}
        {preview.state === 'failed' ? t('source.apaFailed') : null}
        {current}
      </p>
    </div>
  );
}
