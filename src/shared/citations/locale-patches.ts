// Small corrections to citeproc's bundled Dutch locale so the output follows
// the Dutch APA 7 conventions (and the English APA rule for ranges):
// - page ranges use an en dash ("pp. 45–67"), as APA 7 requires; nl-NL has a hyphen;
// - "Geraadpleegd op 5 maart 2024, van https://…" instead of "Geraadpleegd 5 maart 2024";
// - editions as "2e dr." (Dutch ordinal "e") instead of "2de dr.".
// The locale XML lives in citation-js's shared register, so it is patched once, in place.

import { cslPlugin } from './csl-plugin';

let patched = false;

export function patchDutchLocale(xml: string): string {
  return xml
    .replace(/(<term name="page-range-delimiter">)-(<\/term>)/, '$1\u2013$2')
    .replace(/(<term name="retrieved">)geraadpleegd(<\/term>)/, '$1geraadpleegd op$2')
    .replace(/(<term name="ordinal(?:-\d+)?"[^>]*>)[^<]*(<\/term>)/g, '$1e$2');
}

export function ensureLocalePatches(): void {
  if (patched) return;
  patched = true;
  const locales = cslPlugin().locales;
  const xml = locales.get('nl-NL');
  if (typeof xml === 'string') locales.set('nl-NL', patchDutchLocale(xml));
}
