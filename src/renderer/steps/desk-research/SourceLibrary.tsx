// The source library: import, a search box (quick with 400 sources: the
// search text is prepared once per library and filtering runs on a deferred
// value), and the list of sources, collapsed to one line each.

import { useDeferredValue, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import { TextField } from '../../components/TextField';
import type { StepProps } from '../../components/step-props';
import { ImportSources } from './ImportSources';
import { SourceItem } from './SourceItem';
import { addSource, moveSource, removeSource } from './recipes';
import { filterLibrary, indexSources } from './source-summary';
import { useOpenItem } from './use-open-item';
import { useRevealItem } from '../../search/reveal';

export function SourceLibrary({ project, readOnly, onChange, language }: StepProps & { language: Language }): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const { sources, findings } = project.deskResearch;
  const [open, toggle, setOpen] = useOpenItem();
  useRevealItem((id) => {
    if (sources.some((x) => x.id === id)) {
      setQuery('');
      setOpen(id);
    }
  });
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const index = useMemo(() => indexSources(sources, language), [sources, language]);
  const shown = useMemo(() => filterLibrary(sources, index, deferred), [sources, index, deferred]);
  const citedBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings) for (const id of new Set(f.citations.map((c) => c.sourceId))) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [findings]);
  // Long lists render only the rows in view; the open item stays rendered wherever it is.
  const keepOpen = useMemo(() => [open], [open]);
  const position = useMemo(() => new Map(sources.map((s, i) => [s.id, i])), [sources]);

  return (
    <section className="desk-section" aria-labelledby="desk-sources-heading">
      <h3 id="desk-sources-heading">{t('source.heading')}</h3>
      <p className="field-help">{t('source.intro')}</p>
      <ImportSources project={project} readOnly={readOnly} onChange={onChange} language={language} />
      <TextField label={t('source.search')} help={t('source.searchHelp')} value={query} onChange={setQuery} className="search-field" />
      {deferred.trim() !== '' ? <p className="muted" role="status">{t('source.matches', { count: shown.length })}</p> : null}
      <ListEditor<Source>
        label={t('source.list', { count: shown.length })}
        items={shown}
        keepIds={keepOpen}
        readOnly={readOnly}
        addLabel={t('source.add')}
        emptyText={t(sources.length === 0 ? 'source.empty' : 'source.noMatch')}
        itemLabel={(s) => t('source.itemName', { n: (position.get(s.id) ?? 0) + 1 })}
        onAdd={() => {
          const id = newId();
          setQuery('');
          setOpen(id);
          onChange((p) => addSource(p, id), 'desk-research.sources.add');
        }}
        onRemove={(id) => onChange((p) => removeSource(p, id), `desk-research.sources.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveSource(p, id, direction), `desk-research.sources.move:${id}`)}
        renderItem={(source) => (
          <SourceItem
            source={source}
            index={position.get(source.id) ?? 0}
            open={open === source.id}
            onToggle={toggle}
            readOnly={readOnly}
            onChange={onChange}
            citedBy={citedBy.get(source.id) ?? 0}
            language={language}
          />
        )}
      />
    </section>
  );
}
