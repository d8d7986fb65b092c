// Interface translations, one namespace per area — `app` (this shell), `steps`
// (shared form components and steps 1–2), `menu` (shared with the native menu in
// main), and one `step-…` / `report-step` namespace per workflow step — bundled from
// src/shared/i18n/<language>/<namespace>.json at build time: no HTTP loading,
// which the CSP would forbid anyway. Dutch is the default, English the second.

import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from '../shared/language';

export const namespaces = [
  'app',
  'steps',
  'menu',
  'step-target-group',
  'step-partners',
  'step-desk-research',
  'step-insights',
  'step-marketing-mix',
  'step-advice',
  'step-monitoring',
  'report-step',
  'review-flow',
  'review-import',
  'review',
  'checks',
  'search',
] as const;

// A glob rather than static imports: a namespace file that does not exist yet
// simply falls back to the key instead of breaking the build.
const files = import.meta.glob<Record<string, unknown>>('../shared/i18n/*/*.json', {
  eager: true,
  import: 'default',
});

function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/i18n\/([a-z]{2})\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    resources[language] ??= {};
    resources[language][namespace] = content;
  }
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Initialises i18next synchronously with the bundled translations. */
export function setupI18n(language: Language = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
  });
  setDocumentLanguage(language);
  return instance;
}

/** Keeps <html lang> in step with the interface so screen readers pronounce it right. */
export function setDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  setDocumentLanguage(language);
}
