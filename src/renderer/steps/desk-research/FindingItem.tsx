// One finding: a summary line (topic, strength, the start of its text, its
// citations in APA in-text form) with warnings when it cites no source or a
// deleted one; opened, its editor: text, citations with page, topic,
// strength of evidence and tags.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceStrength, Finding, FindingTopic, Source } from '../../../shared/model/desk-research';
import { evidenceStrengths, findingTopics } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { richTextToPlain } from '../../../shared/model/rich-text';
import type { SelectOption } from '../../components/SelectField';
import { SelectField } from '../../components/SelectField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { authorPart } from '../../components/rich-text/format-citation';
import { ItemDisclosure, StepWarning } from '../insights/ItemDisclosure';
import { StringListField } from '../insights/StringListField';
import { shorten } from '../insights/link-options';
import { CitationsField } from './CitationsField';
import { updateFinding, type FindingPatch } from './recipes';

export interface FindingItemProps {
  finding: Finding;
  index: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  sources: readonly Source[];
  /** The library by id, built once per library so 600 summary lines stay cheap. */
  sourcesById: ReadonlyMap<string, Source>;
  knownSources: ReadonlySet<string>;
  sourceOptions: readonly SelectOption<string>[];
  language: Language;
}

/** "(Bakker & Sanders, 2019, p. 14; …)", as the citation will read in the report. */
function citationLine(finding: Finding, byId: ReadonlyMap<string, Source>, language: Language, deleted: string): string {
  const noDate = language === 'nl' ? 'z.d.' : 'n.d.';
  const parts = finding.citations.map((c) => {
    const source = byId.get(c.sourceId);
    if (!source) return deleted;
    const locator = c.locator.trim();
    return `${authorPart(source, language)}, ${source.year.trim() || noDate}${locator ? `, ${locator}` : ''}`;
  });
  return `(${parts.join('; ')})`;
}

export const FindingItem = memo(function FindingItem(props: FindingItemProps): JSX.Element {
  const { t } = useTranslation(['step-desk-research', 'app']);
  const { finding, readOnly, onChange, knownSources } = props;
  const id = finding.id;
  const name = t('finding.itemName', { n: props.index + 1 });
  const text = shorten(richTextToPlain(finding.text), 140) || t('untitled');
  const deleted = finding.citations.some((c) => !knownSources.has(c.sourceId));
  const edit = (patch: FindingPatch, field: string) => onChange((p) => updateFinding(p, id, patch), `desk-research.finding.${field}:${id}`);

  return (
    <ItemDisclosure
      open={props.open}
      onToggle={() => props.onToggle(id)}
      name={t(props.open ? 'collapse' : 'expand', { item: `${name}: ${text}` })}
      summary={
        <>
          <span className="inline-tag">{t(`app:enums.topic.${finding.topic}`)}</span>
          <span className="inline-tag">{t(`app:enums.strength.${finding.strength}`)}</span>
          {text}
          {finding.citations.length > 0 ? (
            <span className="muted"> {citationLine(finding, props.sourcesById, props.language, t('finding.deletedSource'))}</span>
          ) : null}
          {finding.citations.length === 0 ? <StepWarning>{t('finding.noSource')}</StepWarning> : null}
          {deleted ? <StepWarning>{t('finding.citesDeleted')}</StepWarning> : null}
        </>
      }
    >
      <RichTextField
        id={`finding-text-${id}`}
        label={t('finding.text')}
        value={finding.text}
        readOnly={readOnly}
        sources={props.sources}
        citationLanguage={props.language}
        onChange={(value) => edit({ text: value }, 'text')}
      />
      <CitationsField
        findingId={id}
        citations={finding.citations}
        sourceOptions={props.sourceOptions}
        knownSources={knownSources}
        owner={name}
        readOnly={readOnly}
        onChange={onChange}
      />
      <div className="source-row">
        <SelectField<FindingTopic>
          label={t('finding.topic')}
          srLabelSuffix={name}
          value={finding.topic}
          readOnly={readOnly}
          options={findingTopics.map((value) => ({ value, label: t(`app:enums.topic.${value}`) }))}
          onChange={(topic) => edit({ topic }, 'topic')}
        />
        <SelectField<EvidenceStrength>
          label={t('finding.strength')}
          srLabelSuffix={name}
          value={finding.strength}
          readOnly={readOnly}
          options={evidenceStrengths.map((value) => ({ value, label: t(`app:enums.strength.${value}`) }))}
          onChange={(strength) => edit({ strength }, 'strength')}
        />
      </div>
      <StringListField
        label={t('finding.tags')}
        help={t('finding.tagsHelp')}
        srLabelSuffix={name}
        value={finding.tags}
        readOnly={readOnly}
        onChange={(tags) => edit({ tags }, 'tags')}
      />
    </ItemDisclosure>
  );
});
