// A choice from a short fixed list (status, language, kind of item). Generic
// over the value type so a step's enum stays typed end to end.

import type { JSX } from 'react';
import { FieldFrame, type FieldBaseProps } from './FieldFrame';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> extends FieldBaseProps<V> {
  options: readonly SelectOption<V>[];
}

export function SelectField<V extends string>(props: SelectFieldProps<V>): JSX.Element {
  const choose = (raw: string) => {
    // Only values we offered are passed on, whatever the DOM claims.
    const option = props.options.find((o) => o.value === raw);
    if (option) props.onChange(option.value);
  };
  return (
    <FieldFrame field={props}>
      {(control) => (
        <select {...control} value={props.value} disabled={props.readOnly} onChange={(event) => choose(event.target.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
