// A one-line text input with a visible label, optional help and error lines.
// Controlled: the value comes from the project and every keystroke goes back
// through onChange (the app's history coalesces typing into one undo step).

import type { JSX, Ref } from 'react';
import { FieldFrame, type FieldBaseProps } from './FieldFrame';

export interface TextFieldProps extends FieldBaseProps<string> {
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  spellCheck?: boolean;
}

export function TextField(props: TextFieldProps): JSX.Element {
  return (
    <FieldFrame field={props} className={`field${props.className ? ` ${props.className}` : ''}`}>
      {(control) => (
        <input
          {...control}
          ref={props.inputRef}
          type={props.type ?? 'text'}
          value={props.value}
          readOnly={props.readOnly}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.spellCheck}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
