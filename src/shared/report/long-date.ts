// The report date as a title page prints it, shared by the DOCX and PDF
// title pages (and free of either exporter's packages). The report languages
// (Dutch, British English) are spelled from month names here: creating an
// Intl.DateTimeFormat first loads ICU's date data, about 10 ms of a one-shot
// export. Any other locale goes through Intl as before.

const MONTHS: Readonly<Record<'nl' | 'en-GB', readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  'en-GB': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function monthNames(lang: string): readonly string[] | null {
  const tag = lang.toLowerCase();
  if (tag === 'nl' || tag.startsWith('nl-')) return MONTHS.nl;
  if (tag === 'en-gb') return MONTHS['en-GB'];
  return null;
}

/** "12 juni 2026" / "12 June 2026" for an ISO date; the raw text when it is not one. */
export function longDate(date: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const months = monthNames(lang);
  // Day, month name and year, as Intl writes these locales ("d MMMM y"), from the same parsed date.
  if (months) return `${parsed.getUTCDate()} ${months[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}
