// A citation's locator as the user typed it ("p. 12", "pp. 3-5", "blz. 7",
// "12", "hfdst. 3", "tabel 2") → citeproc's locator + label. Page and chapter
// forms are recognised; anything else is kept verbatim after a comma.

import type { CiteprocCiteItem } from './citeproc';

const LABELS: [RegExp, string][] = [
  [/^(?:pp?|blz|bl|pag|page|pages|pagina|pagina's)\.?\s*/i, 'page'],
  [/^(?:hfdst|hoofdstuk|ch|chap|chapter)\.?\s*/i, 'chapter'],
  [/^(?:par|para|paragraph|paragraaf)\.?\s*/i, 'paragraph'],
];

export function parseLocator(raw: string | undefined): Pick<CiteprocCiteItem, 'locator' | 'label' | 'suffix'> {
  const text = (raw ?? '').trim().slice(0, 200);
  if (!text) return {};
  if (/^(?:\d+|[ivxl]+)(?:\s*[-–—,]\s*(?:\d+|[ivxl]+))*$/i.test(text)) return { locator: text, label: 'page' };
  for (const [pattern, label] of LABELS) {
    const match = pattern.exec(text);
    if (match) {
      const rest = text.slice(match[0].length).trim();
      if (rest && /\d/.test(rest)) return { locator: rest, label };
    }
  }
  return { suffix: `, ${text}` };
}
