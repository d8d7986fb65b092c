// The findings of the desk research, filterable by topic and by text, each
// collapsed to one line (600 findings stay quick); a count above the list
// warns about findings without a source or citing a deleted one.

import { useDeferredValue, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { findingTopics, type Finding, type FindingTopic } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { newId } from '../../../shared/model/ids';
import { richTextToPlain } from '../../../shared/model/rich-text';
import { ListEditor } from '../../components/ListEditor';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { StepProps } from '../../components/step-props';
import { StepWarning } from '../insights/ItemDisclosure';
import { FindingItem } from './FindingItem';
import { addFinding, moveFinding, removeFinding } from './recipes';
import { fold, shortReference } from './source-summary';
import { useOpenItem } from './use-open-item';
import { useRevealItem } from '../../search/reveal';

type TopicFilter = FindingTopic | 'all';

export function FindingList({ project, readOnly, onChange, language }: StepProps & { language: Language }): JSX.Element {
  const { t } = useTranslation(['step-desk-research', 'app']);
  const { sources, findings } = project.deskResearch;
  const [open, toggle, setOpen] = useOpenItem();
  useRevealItem((id) => {
    if (findings.some((x) => x.id === id)) {
      setTopic('all');
      setQuery('');
      setOpen(id);
    }
  });
  const [topic, setTopic] = useState<TopicFilter>('all');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const sourcesById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const knownSources = useMemo(() => new Set(sourcesById.keys()), [sourcesById]);
  const sourceOptions = useMemo(
    () => sources.map((s) => ({ value: s.id, label: shortReference(s, language) })),
    [sources, language],
  );
  const texts = useMemo(() => new Map(findings.map((f) => [f.id, fold(richTextToPlain(f.text) + ' ' + f.tags.join(' '))])), [findings]);
  const shown = useMemo(() => {
    const terms = fold(deferred).split(/\s+/).filter((x) => x !== '');
    return findings.filter(
      (f) => (topic === 'all' || f.topic === topic) && terms.every((term) => (texts.get(f.id) ?? '').includes(term)),
    );
  }, [findings, texts, topic, deferred]);
  // Long lists render only the rows in view; the open item stays rendered wherever it is.
  const keepOpen = useMemo(() => [open], [open]);
  const position = useMemo(() => new Map(findings.map((f, i) => [f.id, i])), [findings]);
  const withoutSource = useMemo(() => findings.filter((f) => f.citations.length === 0).length, [findings]);
  const citingDeleted = useMemo(
    () => findings.filter((f) => f.citations.some((c) => !knownSources.has(c.sourceId))).length,
    [findings, knownSources],
  );

  return (
    <section className="desk-section" aria-labelledby="desk-findings-heading">
      <h3 id="desk-findings-heading">{t('finding.heading')}</h3>
      {withoutSource + citingDeleted > 0 ? (
        <div className="warning-panel">
          {withoutSource > 0 ? <StepWarning>{t('finding.withoutSource', { count: withoutSource })}</StepWarning> : null}
          {citingDeleted > 0 ? <StepWarning>{t('finding.withDeleted', { count: citingDeleted })}</StepWarning> : null}
        </div>
      ) : null}
      <div className="source-row">
        <SelectField<TopicFilter>
          label={t('finding.filterTopic')}
          value={topic}
          options={[{ value: 'all', label: t('finding.allTopics') }, ...findingTopics.map((value) => ({ value, label: t(`app:enums.topic.${value}`) }))]}
          onChange={setTopic}
        />
        <TextField label={t('finding.search')} value={query} onChange={setQuery} className="search-field" />
      </div>
      <ListEditor<Finding>
        label={t('finding.list', { count: shown.length })}
        items={shown}
        keepIds={keepOpen}
        readOnly={readOnly}
        addLabel={t('finding.add')}
        emptyText={t(findings.length === 0 ? 'finding.empty' : 'finding.noMatch')}
        itemLabel={(f) => t('finding.itemName', { n: (position.get(f.id) ?? 0) + 1 })}
        onAdd={() => {
          const id = newId();
          setTopic('all');
          setQuery('');
          setOpen(id);
          onChange((p) => addFinding(p, id), 'desk-research.findings.add');
        }}
        onRemove={(id) => onChange((p) => removeFinding(p, id), `desk-research.findings.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveFinding(p, id, direction), `desk-research.findings.move:${id}`)}
        renderItem={(finding) => (
          <FindingItem
            finding={finding}
            index={position.get(finding.id) ?? 0}
            open={open === finding.id}
            onToggle={toggle}
            readOnly={readOnly}
            onChange={onChange}
            sources={sources}
            sourcesById={sourcesById}
            knownSources={knownSources}
            sourceOptions={sourceOptions}
            language={language}
          />
        )}
      />
    </section>
  );
}
