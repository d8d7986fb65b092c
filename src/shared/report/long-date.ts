// The report date as a title page prints it, shared by the DOCX and PDF
// title pages (and free of either exporter's packages).

/** "12 juni 2026" / "12 June 2026" for an ISO date; the raw text when it is not one. */
export function longDate(date: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}
