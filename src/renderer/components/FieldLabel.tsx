// A field's visible label. `srSuffix` is read by screen readers (and matched by
// label queries) but not shown: "Naam" looks right inside the block of author 2,
// yet its accessible name must say which author, "Naam auteur 2".

import type { JSX } from 'react';
import './forms.css';

export interface FieldLabelProps {
  htmlFor?: string;
  id?: string;
  text: string;
  srSuffix?: string;
  onClick?: () => void;
}

export function FieldLabel({ htmlFor, id, text, srSuffix, onClick }: FieldLabelProps): JSX.Element {
  return (
    <label className="field-label" htmlFor={htmlFor} id={id} onClick={onClick}>
      {text}
      {srSuffix ? <span className="visually-hidden"> {srSuffix}</span> : null}
    </label>
  );
}
