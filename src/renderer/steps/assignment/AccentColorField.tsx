// The report's accent colour: a colour picker and the same colour as a hex
// code, kept in step. A half-typed code stays in the text box (with a message)
// and only a complete #rrggbb reaches the project.

import { useEffect, useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from '../../components/FieldLabel';
import { FieldError, FieldHelp, describedBy } from '../../components/FieldNotes';
import { parseHexColor } from './validation';

export interface AccentColorFieldProps {
  value: string;
  onChange: (color: string) => void;
  readOnly: boolean;
}

export function AccentColorField({ value, onChange, readOnly }: AccentColorFieldProps): JSX.Element {
  const { t } = useTranslation('steps');
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A new value from outside (undo, the picker) replaces the draft, unless the
  // draft already says the same (e.g. typed in capitals).
  useEffect(() => setDraft((draft) => (parseHexColor(draft) === value ? draft : value)), [value]);
  const invalid = parseHexColor(draft) === null;
  const error = invalid ? t('assignment.validation.invalidColor') : null;
  const notes = { id: `${id}-hex`, help: t('assignment.fields.accentColor.help'), error };

  return (
    <div className="field-row accent-color">
      <div className="field field-color">
        <FieldLabel htmlFor={`${id}-picker`} text={t('assignment.fields.accentColor.label')} />
        <input
          id={`${id}-picker`}
          type="color"
          value={parseHexColor(value) ?? '#000000'}
          disabled={readOnly}
          aria-describedby={describedBy({ id: notes.id, help: notes.help })}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div className="field">
        <FieldLabel htmlFor={`${id}-hex`} text={t('assignment.fields.accentColor.hexLabel')} />
        <FieldHelp {...notes} />
        <input
          id={`${id}-hex`}
          type="text"
          value={draft}
          readOnly={readOnly}
          maxLength={9}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={describedBy(notes)}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            const color = parseHexColor(event.target.value);
            if (color !== null) onChange(color);
          }}
          onBlur={() => {
            const color = parseHexColor(draft);
            if (color !== null) setDraft(color);
          }}
        />
        <FieldError {...notes} />
      </div>
    </div>
  );
}
