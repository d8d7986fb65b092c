// The interface language, switchable at any time. Each option is written in
// its own language so a user who cannot read the current one still finds theirs.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/language';
import { isLanguage } from '../i18n';

export function LanguageSwitch({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation('app');
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {languages.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
