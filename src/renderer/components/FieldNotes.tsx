// The help line and the error line of a form field, and the ids that tie
// them to the input (aria-describedby), so a screen reader reads both when the
// field gets focus. Every shared input uses this, so help and errors look and
// behave the same in every step.

import type { JSX } from 'react';
import './forms.css';

export interface FieldNotesProps {
  id: string;
  help?: string;
  error?: string | null;
}

export function helpIdOf(id: string): string {
  return `${id}-help`;
}

export function errorIdOf(id: string): string {
  return `${id}-error`;
}

/** The value for aria-describedby, or undefined when there is nothing to describe. */
export function describedBy({ id, help, error }: FieldNotesProps): string | undefined {
  const ids = [help ? helpIdOf(id) : null, error ? errorIdOf(id) : null].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The help line, shown between the label and the input so it is read before typing. */
export function FieldHelp({ id, help }: Pick<FieldNotesProps, 'id' | 'help'>): JSX.Element | null {
  return help ? <p id={helpIdOf(id)} className="field-help">{help}</p> : null;
}

/** The error line, shown under the input and announced when it appears. */
export function FieldError({ id, error }: Pick<FieldNotesProps, 'id' | 'error'>): JSX.Element | null {
  return error ? <p id={errorIdOf(id)} className="field-error" role="alert">{error}</p> : null;
}
