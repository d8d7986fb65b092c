// A one-line text input with a visible label, optional help and error lines.
// Controlled: the value comes from the project and every keystroke goes back
// through onChange (the app's history coalesces typing into one undo step).

import { useId, type JSX, type Ref } from 'react';
import { FieldLabel } from './FieldLabel';
import { FieldError, FieldHelp, describedBy } from './FieldNotes';
import './forms.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  help?: string;
  error?: string | null;
  id?: string;
  /** Read by screen readers after the label, e.g. which list item this field belongs to. */
  srLabelSuffix?: string;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  spellCheck?: boolean;
}

export function TextField(props: TextFieldProps): JSX.Element {
  const autoId = useId();
  const id = props.id ?? autoId;
  const notes = { id, help: props.help, error: props.error };
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <FieldLabel htmlFor={id} text={props.label} srSuffix={props.srLabelSuffix} />
      <FieldHelp {...notes} />
      <input
        id={id}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        readOnly={props.readOnly}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy(notes)}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldError {...notes} />
    </div>
  );
}
