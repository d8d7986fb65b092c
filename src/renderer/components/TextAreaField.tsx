// A multi-line plain-text input (for text that needs no formatting, such as
// notes); narrative report text uses RichTextField instead.

import { useId, type JSX } from 'react';
import { FieldLabel } from './FieldLabel';
import { FieldError, FieldHelp, describedBy } from './FieldNotes';
import './forms.css';

export interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  help?: string;
  error?: string | null;
  id?: string;
  srLabelSuffix?: string;
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps): JSX.Element {
  const autoId = useId();
  const id = props.id ?? autoId;
  const notes = { id, help: props.help, error: props.error };
  return (
    <div className="field">
      <FieldLabel htmlFor={id} text={props.label} srSuffix={props.srLabelSuffix} />
      <FieldHelp {...notes} />
      <textarea
        id={id}
        rows={props.rows ?? 4}
        value={props.value}
        readOnly={props.readOnly}
        aria-describedby={describedBy(notes)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldError {...notes} />
    </div>
  );
}
