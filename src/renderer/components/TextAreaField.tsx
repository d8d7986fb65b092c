// A multi-line plain-text input (for text that needs no formatting, such as
// notes); narrative report text uses RichTextField instead.

import type { JSX } from 'react';
import { FieldFrame, type FieldBaseProps } from './FieldFrame';

export interface TextAreaFieldProps extends FieldBaseProps<string> {
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps): JSX.Element {
  return (
    <FieldFrame field={props}>
      {(control) => (
        <textarea
          {...control}
          rows={props.rows ?? 4}
          value={props.value}
          readOnly={props.readOnly}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
