// The fields of one opened determinant: kind, COM-B component (with what the
// chosen component means), description, and the findings and quotes it rests
// on, linked with the LinkPicker.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { comBComponents, type ComB, type Determinant } from '../../../shared/model/target-group';
import { LinkPicker, type LinkOption } from '../../components/LinkPicker';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { StepProps } from '../../components/step-props';
import { setDeterminantEvidence, updateDeterminant } from './recipes';

export interface DeterminantDetailsProps {
  determinant: Determinant;
  /** Accessible name of the item, added to every label inside it. */
  name: string;
  detailsId: string;
  findingOptions: readonly LinkOption[];
  quoteOptions: readonly LinkOption[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
}

const kinds = ['barrier', 'driver'] as const;

export function DeterminantDetails(props: DeterminantDetailsProps): JSX.Element {
  const { t } = useTranslation('step-target-group');
  const { determinant: d, name, readOnly, onChange } = props;
  const label = (field: string) => `targetGroup.determinant.${field}:${d.id}`;

  return (
    <div className="item-details" id={props.detailsId}>
      <SelectField<Determinant['kind']>
        label={t('determinants.kind')}
        srLabelSuffix={name}
        value={d.kind}
        readOnly={readOnly}
        options={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        onChange={(kind) => onChange((p) => updateDeterminant(p, d.id, { kind }), label('kind'))}
      />
      <SelectField<ComB>
        label={t('determinants.comB')}
        srLabelSuffix={name}
        value={d.comB}
        readOnly={readOnly}
        help={t(`comBExplain.${d.comB}`)}
        options={comBComponents.map((component) => ({ value: component, label: t(`comB.${component}`) }))}
        onChange={(comB) => onChange((p) => updateDeterminant(p, d.id, { comB }), label('comB'))}
      />
      <TextAreaField
        label={t('determinants.description')}
        srLabelSuffix={name}
        rows={3}
        value={d.description}
        readOnly={readOnly}
        onChange={(description) => onChange((p) => updateDeterminant(p, d.id, { description }), label('description'))}
      />
      <LinkPicker
        label={t('determinants.findings')}
        srLabelSuffix={name}
        options={props.findingOptions}
        value={d.evidence.findingIds}
        readOnly={readOnly}
        emptyText={t('determinants.noFindings')}
        onChange={(ids) => onChange((p) => setDeterminantEvidence(p, d.id, 'findingIds', ids), label('findings'))}
      />
      <LinkPicker
        label={t('determinants.quotes')}
        srLabelSuffix={name}
        options={props.quoteOptions}
        value={d.evidence.quoteIds}
        readOnly={readOnly}
        emptyText={t('determinants.noQuotes')}
        onChange={(ids) => onChange((p) => setDeterminantEvidence(p, d.id, 'quoteIds', ids), label('quotes'))}
      />
    </div>
  );
}
