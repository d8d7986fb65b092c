// A calendar date (YYYY-MM-DD, or '' when not known yet), with the browser's
// own date picker, which is keyboard accessible and localised by the system.

import { useId, type JSX } from 'react';
import { FieldLabel } from './FieldLabel';
import { FieldError, FieldHelp, describedBy } from './FieldNotes';
import './forms.css';

export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  help?: string;
  error?: string | null;
  id?: string;
  min?: string;
  max?: string;
}

export function DateField(props: DateFieldProps): JSX.Element {
  const autoId = useId();
  const id = props.id ?? autoId;
  const notes = { id, help: props.help, error: props.error };
  return (
    <div className="field field-date">
      <FieldLabel htmlFor={id} text={props.label} />
      <FieldHelp {...notes} />
      <input
        id={id}
        type="date"
        value={props.value}
        min={props.min || undefined}
        max={props.max || undefined}
        readOnly={props.readOnly}
        aria-describedby={describedBy(notes)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldError {...notes} />
    </div>
  );
}
