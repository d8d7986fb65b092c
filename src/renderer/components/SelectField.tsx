// A choice from a short fixed list (status, language, kind of item). Generic
// over the value type so a step's enum stays typed end to end.

import { useId, type JSX } from 'react';
import { FieldLabel } from './FieldLabel';
import { FieldError, FieldHelp, describedBy } from './FieldNotes';
import './forms.css';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  readOnly?: boolean;
  help?: string;
  error?: string | null;
  id?: string;
  srLabelSuffix?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>): JSX.Element {
  const autoId = useId();
  const id = props.id ?? autoId;
  const notes = { id, help: props.help, error: props.error };
  const choose = (raw: string) => {
    // Only values we offered are passed on, whatever the DOM claims.
    const option = props.options.find((o) => o.value === raw);
    if (option) props.onChange(option.value);
  };
  return (
    <div className="field">
      <FieldLabel htmlFor={id} text={props.label} srSuffix={props.srLabelSuffix} />
      <FieldHelp {...notes} />
      <select
        id={id}
        value={props.value}
        disabled={props.readOnly}
        aria-describedby={describedBy(notes)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => choose(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError {...notes} />
    </div>
  );
}
