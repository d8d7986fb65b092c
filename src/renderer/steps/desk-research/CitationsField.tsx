// The sources a finding cites, each with a page locator ("p. 12"): a source
// select and a locator per row, add and remove. A citation of a source that
// no longer exists stays visible with a warning so it can be fixed.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingCitation } from '../../../shared/model/desk-research';
import type { Project } from '../../../shared/model/project';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { StepWarning } from '../insights/ItemDisclosure';
import { addFindingCitation, removeFindingCitation, updateFindingCitation } from './recipes';

export interface CitationsFieldProps {
  findingId: string;
  citations: readonly FindingCitation[];
  /** Memoised: one option per source, "Auteur (jaar). Titel.". */
  sourceOptions: readonly SelectOption<string>[];
  knownSources: ReadonlySet<string>;
  owner: string;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

export function CitationsField(props: CitationsFieldProps): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const { findingId: id, onChange, readOnly } = props;
  const first = props.sourceOptions[0]?.value;
  return (
    <fieldset className="list-editor citations-field">
      <legend className="field-label">{t('finding.citations')}</legend>
      {props.citations.length === 0 ? <p className="list-editor-empty">{t('finding.noCitations')}</p> : null}
      <ol className="list-editor-items">
        {props.citations.map((citation, index) => {
          const row = t('finding.citationName', { n: index + 1 });
          const suffix = `${row} ${props.owner}`;
          const missing = !props.knownSources.has(citation.sourceId);
          const options = missing
            ? [{ value: citation.sourceId, label: t('finding.deletedSource') }, ...props.sourceOptions]
            : props.sourceOptions;
          return (
            <li key={index} className="list-editor-item">
              <div className="list-editor-fields citation-row">
                <SelectField<string>
                  label={t('finding.source')}
                  srLabelSuffix={suffix}
                  value={citation.sourceId}
                  options={options}
                  readOnly={readOnly}
                  onChange={(sourceId) => onChange((p) => updateFindingCitation(p, id, index, { sourceId }), `desk-research.citation:${id}`)}
                />
                <TextField
                  label={t('finding.locator')}
                  help={t('finding.locatorHelp')}
                  srLabelSuffix={suffix}
                  value={citation.locator}
                  readOnly={readOnly}
                  onChange={(locator) => onChange((p) => updateFindingCitation(p, id, index, { locator }), `desk-research.locator:${id}:${index}`)}
                />
                {missing ? <StepWarning>{t('finding.deletedSourceWarning')}</StepWarning> : null}
              </div>
              {readOnly ? null : (
                <div className="list-editor-actions">
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('finding.removeCitationLabel', { item: suffix })}
                    onClick={() => onChange((p) => removeFindingCitation(p, id, index), `desk-research.citations.remove:${id}`)}
                  >
                    {t('finding.removeCitation')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly || first === undefined ? null : (
        <button
          type="button"
          className="list-editor-add"
          onClick={() => onChange((p) => addFindingCitation(p, id, first), `desk-research.citations.add:${id}`)}
        >
          {t('finding.addCitation')}
        </button>
      )}
      {!readOnly && first === undefined ? <p className="field-help">{t('finding.noSourcesYet')}</p> : null}
    </fieldset>
  );
}
