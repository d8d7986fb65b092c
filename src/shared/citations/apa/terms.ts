// The words the APA 7 formatter writes, per report language. They are the
// terms of citeproc's bundled nl-NL / en-US locales as the APA CSL style uses
// them, including our Dutch locale patches (locale-patches.ts): en dash in
// page ranges, "Geraadpleegd op … van", editions as "2e dr.". The style
// overrides "et-al" to "et al." for Dutch and always uses "&" between names.

import type { Language } from '../../language';

export interface ApaTerms {
  noDate: string;
  etAl: string;
  /** Capitalised "in" before the editors and book of a chapter. */
  in: string;
  /** Editor label after the names, singular and plural. */
  editor: [string, string];
  /** "2e dr." / "2nd ed." for a numeric edition. */
  edition(n: number): string;
  /** "Geraadpleegd op" / "Retrieved" and "van" / "from" around an access date. */
  retrieved: string;
  from: string;
  accessDate(year: number, month: number, day: number): string;
  /** Label before a book's volume number; citeproc writes "Vol." in both languages. */
  volume: string;
  /** Short locator labels. */
  page: [string, string];
  paragraph: [string, string];
  /** Long chapter label, capitalised as the style does for a numeric locator. */
  chapter: [string, string];
}

const nlMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English ordinal suffix as the en-US locale defines it (11–13 → "th", else by last digit). */
function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const last = n % 10;
  return `${n}${last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
}

export const apaTerms: Record<Language, ApaTerms> = {
  nl: {
    noDate: 'z.d.',
    etAl: 'et al.',
    in: 'In',
    editor: ['Red.', 'Red.'],
    edition: (n) => `${n}e dr.`,
    retrieved: 'Geraadpleegd op',
    from: 'van',
    accessDate: (year, month, day) => `${day} ${nlMonths[month - 1]} ${year}`,
    volume: 'Vol.',
    page: ['p.', 'pp.'],
    paragraph: ['par.', 'par.'],
    chapter: ['Hoofdstuk', 'Hoofdstukken'],
  },
  en: {
    noDate: 'n.d.',
    etAl: 'et al.',
    in: 'In',
    editor: ['Ed.', 'Eds.'],
    edition: (n) => `${englishOrdinal(n)} ed.`,
    retrieved: 'Retrieved',
    from: 'from',
    accessDate: (year, month, day) => `${enMonths[month - 1]} ${day}, ${year}`,
    volume: 'Vol.',
    page: ['p.', 'pp.'],
    paragraph: ['para.', 'paras.'],
    chapter: ['Chapter', 'Chapters'],
  },
};
