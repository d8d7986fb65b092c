// One finding: a summary line (topic, strength, the start of its text, its
// citations in APA in-text form) with warnings when it cites no source or a
// deleted one; opened, its editor: text, citations with page, topic,
// strength of evidence and tags.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Source } from '../../../shared/model/desk-research';
import { evidenceStrengths, findingTopics } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { richTextToPlain } from '../../../shared/model/rich-text';
import type { SelectOption } from '../../components/SelectField';
import { ItemEnumField, ItemRichTextField } from '../../components/ItemFields';
import { authorPart } from '../../components/rich-text/format-citation';
import { StepWarning } from '../insights/ItemDisclosure';
import { ListItemEditor, type ListItemProps } from '../insights/ListItemEditor';
import { ItemStringListField } from '../insights/StringListField';
import { shorten } from '../insights/link-options';
import { CitationsField } from './CitationsField';
import { updateFinding, type FindingPatch } from './recipes';

export interface FindingItemProps extends ListItemProps {
  finding: Finding;
  /** The library by id, built once per library so 600 summary lines stay cheap. */
  sourcesById: ReadonlyMap<string, Source>;
  knownSources: ReadonlySet<string>;
  sourceOptions: readonly SelectOption<string>[];
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

  const summary = (
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
  );

  return (
    <ListItemEditor item={props} id={id} name={name} title={text} ns="step-desk-research" summary={summary}>
      <ItemRichTextField id={`finding-text-${id}`} label={t('finding.text')} value={finding.text} onChange={(value) => edit({ text: value }, 'text')} />
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
        <ItemEnumField label={t('finding.topic')} value={finding.topic} values={findingTopics} enumName="topic" onChange={(topic) => edit({ topic }, 'topic')} />
        <ItemEnumField
          label={t('finding.strength')}
          value={finding.strength}
          values={evidenceStrengths}
          enumName="strength"
          onChange={(strength) => edit({ strength }, 'strength')}
        />
      </div>
      <ItemStringListField label={t('finding.tags')} help={t('finding.tagsHelp')} value={finding.tags} onChange={(tags) => edit({ tags }, 'tags')} />
    </ListItemEditor>
  );
});
