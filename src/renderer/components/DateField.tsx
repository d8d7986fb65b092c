// A calendar date (YYYY-MM-DD, or '' when not known yet), with the browser's
// own date picker, which is keyboard accessible and localised by the system.

import type { JSX } from 'react';
import { FieldFrame, type FieldBaseProps } from './FieldFrame';

export interface DateFieldProps extends FieldBaseProps<string> {
  min?: string;
  max?: string;
}

export function DateField(props: DateFieldProps): JSX.Element {
  return (
    <FieldFrame field={props} className="field field-date">
      {(control) => (
        <input
          {...control}
          type="date"
          value={props.value}
          min={props.min || undefined}
          max={props.max || undefined}
          readOnly={props.readOnly}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
