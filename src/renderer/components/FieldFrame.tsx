// The frame every shared form input sits in: the label (with its screen-reader
// suffix), the help line, the input, the error line, and the ids that tie them
// together (aria-describedby, aria-invalid). TextField, TextAreaField,
// DateField and SelectField differ only in the control they put inside, so
// help and errors look and behave the same in every field.

import { useId, type JSX, type ReactNode } from 'react';
import { FieldLabel } from './FieldLabel';
import { FieldError, FieldHelp, describedBy } from './FieldNotes';
import './forms.css';

/** What every shared field takes, whatever its value. */
export interface FieldBaseProps<V> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  readOnly?: boolean;
  help?: string;
  error?: string | null;
  id?: string;
  /** Read by screen readers after the label, e.g. which list item this field belongs to. */
  srLabelSuffix?: string;
}

/** The attributes the control inside the frame must carry. */
export interface FieldControlAttributes {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldFrameProps {
  field: Pick<FieldBaseProps<unknown>, 'label' | 'help' | 'error' | 'id' | 'srLabelSuffix'>;
  className?: string;
  /** Renders the control; spread the attributes onto it. */
  children: (control: FieldControlAttributes) => ReactNode;
}

export function FieldFrame({ field, className = 'field', children }: FieldFrameProps): JSX.Element {
  const autoId = useId();
  const id = field.id ?? autoId;
  const notes = { id, help: field.help, error: field.error };
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} text={field.label} srSuffix={field.srLabelSuffix} />
      <FieldHelp {...notes} />
      {children({ id, 'aria-describedby': describedBy(notes), 'aria-invalid': field.error ? true : undefined })}
      <FieldError {...notes} />
    </div>
  );
}
