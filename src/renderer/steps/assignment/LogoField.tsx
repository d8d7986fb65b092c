// The report's logo: choose a PNG, JPEG or SVG (max 2 MB), see a preview,
// remove it. The file is read in the renderer and stored in the project as
// base64, so the project file carries it wherever it goes.

import { useId, useRef, useState, type ChangeEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Logo } from '../../../shared/model/assignment';
import { FieldLabel } from '../../components/FieldLabel';
import { FieldError, FieldHelp, describedBy } from '../../components/FieldNotes';
import { LOGO_ACCEPT, checkLogoFile, formatFileSize, logoDataUrl, logoFromDataUrl, type LogoProblem } from './logo-file';

export interface LogoFieldProps {
  logo: Logo | null;
  onChange: (logo: Logo | null) => void;
  readOnly: boolean;
}

type Problem = { key: LogoProblem; size?: number };

export function LogoField({ logo, onChange, readOnly }: LogoFieldProps): JSX.Element {
  const { t, i18n } = useTranslation('steps');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reading, setReading] = useState(false);

  const error = problem
    ? t(`assignment.validation.${problem.key}`, { size: formatFileSize(problem.size ?? 0, i18n.language) })
    : null;
  const notes = { id, help: t('assignment.fields.logo.help'), error };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so choosing the same file again still fires a change.
    event.target.value = '';
    if (!file) return;
    const check = checkLogoFile(file);
    if (!check.ok) {
      setProblem({ key: check.problem, size: file.size });
      return;
    }
    setProblem(null);
    setReading(true);
    const reader = new FileReader();
    reader.onerror = () => {
      setReading(false);
      setProblem({ key: 'logoUnreadable' });
    };
    reader.onload = () => {
      setReading(false);
      const result = typeof reader.result === 'string' ? logoFromDataUrl(reader.result, file.name, check.mediaType) : null;
      if (result?.ok) onChange(result.logo);
      else setProblem({ key: result ? result.problem : 'logoUnreadable' });
    };
    reader.readAsDataURL(file);
  };

  return (
    <div className="field logo-field">
      <FieldLabel htmlFor={id} text={t('assignment.fields.logo.label')} />
      <FieldHelp {...notes} />
      {logo ? (
        <img
          className="logo-preview"
          src={logoDataUrl(logo)}
          alt={t('components.logo.preview', { fileName: logo.fileName })}
        />
      ) : (
        <p className="field-help">{t('components.logo.none')}</p>
      )}
      {reading ? <p role="status">{t('components.logo.reading')}</p> : null}
      <input
        id={id}
        ref={input}
        type="file"
        accept={LOGO_ACCEPT}
        disabled={readOnly || reading}
        aria-describedby={describedBy(notes)}
        aria-invalid={error ? true : undefined}
        onChange={onFile}
      />
      {logo && !readOnly ? (
        <div>
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              onChange(null);
              input.current?.focus();
            }}
          >
            {t('components.logo.remove')}
          </button>
        </div>
      ) : null}
      <FieldError {...notes} />
    </div>
  );
}
