// Dates as people read them in the interface language. Stored values stay ISO.
// Formatters are built once per language: constructing an Intl formatter costs
// far more than using one, and tables call these for every row.

const locale = (language: string): string => (language === 'en' ? 'en-GB' : 'nl-NL');

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(language), options);
    cache.set(language, format);
  }
  return format;
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(dateTimeFormats, language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD) without time-zone shifts; '' stays ''. */
export function formatDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(dateFormats, language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A label with each hyphen between two letters made non-breaking (U+2011), so a
 * narrow column wraps "Monitoring & follow-up" before "follow-up", not inside it.
 * For display only: filters and search keep matching the label as written.
 */
export function keepHyphenatedWords(label: string): string {
  return label.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011');
}
