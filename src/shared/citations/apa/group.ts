// A name group (engine.ts): the sources whose first author files under the
// same name. Everything APA decides between sources happens inside one group,
// so a group is formatted on its own, in citeproc's order and with citeproc's
// disambiguation:
// - every first author gets initials ("K. Bos") when the first authors of the
//   group, and the first editors of any source in the library with the same
//   family name, do not all have the same initials (the style's
//   "primary-name-with-initials" rule applies to every citation, ambiguous or not);
// - sources that would still cite the same ("Visser, 2015") are told apart by
//   naming more authors ("Dam, Aa, et al."), or, when they have the same
//   authors, by year letters a, b, … in reference-list order.
// Mixed cases are declined.

import type { Language } from '../../language';
import type { PersonName, Source } from '../../model/desk-research';
import { decline } from './decline';
import { type ApaName, apaNames, shortName } from './names';
import { type Segment, prepareReference, yearOf } from './reference';
import { compareLowerKeys, lowerKeys, nameSortKey, sortText } from './sort';
import { apaTerms } from './terms';

export interface CiteForm {
  sourceId: string;
  /** "De Winter", "K. Bos & Smit", "Michie et al." */
  names: string;
  /** "2008", "2015a", "z.d.", "n.d.-b" */
  date: string;
  /** Citation sort keys (first author only for three or more authors), then date. */
  sortNames: string;
  undated: boolean;
  year: number;
}

export interface FormattedGroup {
  /** Reference-list entries of the group, in citeproc's APA order. */
  entries: { sourceId: string; segments: Segment[] }[];
  cites: Map<string, CiteForm>;
}

interface Prepared {
  source: Source;
  authors: ApaName[];
  year: number | null;
  render: (suffix: string) => Segment[];
  /** Lower-cased once (lowerKeys): the keys are compared many times. */
  sortKey: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * `firstEditors` are the first editors of every source in the library: citeproc
 * counts them with the first authors when it decides whether initials are needed.
 */
export function formatGroup(sources: Source[], language: Language, firstEditors: PersonName[] = []): FormattedGroup {
  const terms = apaTerms[language];
  const prepared: Prepared[] = sources.map((source) => {
    const authors = apaNames(source.authors, 'author');
    const editors = apaNames(source.editors, 'editor');
    const year = yearOf(source);
    const render = prepareReference({ source, authors, editors, year }, language);
    const title = source.title.trim();
    return {
      source,
      authors,
      year,
      render,
      // author list, dated after undated, year, title (the style's bibliography sort keys)
      sortKey: lowerKeys([nameSortKey(authors), year === null ? '0' : '1', year === null ? '' : String(year), sortText(title)]),
    };
  });

  // The first authors must be the same kind and the same spelling for the rules below to hold.
  const firsts = prepared.map((p) => p.authors[0]);
  const literal = firsts.some((n) => n.kind === 'literal');
  const display = firsts.map(shortName);
  if (literal && !firsts.every((n, i) => n.kind === 'literal' && display[i] === display[0])) {
    decline('an organisation shares its name group with other first authors');
  }
  if (!literal) {
    const families = new Set(firsts.map((n) => (n.kind === 'person' ? n.family : '')));
    if (families.size > 1) decline(`first authors spelled differently in one name group: ${[...families].join(' / ')}`);
  }

  // Reference-list order within the group.
  const order = prepared
    .map((p, index) => ({ p, index }))
    .sort((a, b) => compareLowerKeys(a.p.sortKey, b.p.sortKey, language) || a.index - b.index)
    .map(({ p }) => p);
  for (let i = 1; i < order.length; i++) {
    if (compareLowerKeys(order[i - 1].sortKey, order[i].sortKey, language) === 0) {
      decline('two sources sort the same (same authors, year and title)');
    }
  }

  // Initials for the first author when they tell the people of the group apart.
  // citeproc then adds them to every first author of the group; when all people
  // share their initials, nobody gets them.
  let withInitials = false;
  if (!literal && firsts[0].kind === 'person') {
    const family = firsts[0].family;
    const editors = apaNames(firstEditors.filter((e) => !(e.literal ?? '').trim() && e.family.trim() === family), 'editor');
    const people = [...firsts, ...editors];
    withInitials = new Set(people.map((n) => (n.kind === 'person' ? n.initials : ''))).size > 1;
  }

  /** Each work's authors as cited: the first with initials when they tell people apart. */
  const citedNames = new Map<Prepared, string[]>();
  for (const p of order) {
    const first = p.authors[0];
    citedNames.set(p, [withInitials && first.kind === 'person' ? `${first.initials} ${first.family}` : shortName(first), ...p.authors.slice(1).map(shortName)]);
  }
  /** The names of a citation showing the first `shown` authors ("et al." for the rest). */
  const nameForm = (p: Prepared, shown = 1): string => {
    const names = citedNames.get(p) as string[];
    if (names.length === 1) return names[0];
    if (names.length === 2) return `${names[0]} & ${names[1]}`;
    if (shown >= names.length) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
    return shown === 1 ? `${names[0]} ${terms.etAl}` : `${names.slice(0, shown).join(', ')}, ${terms.etAl}`;
  };

  // Works that would cite the same ("Visser, 2015", "Dam et al., 2010"):
  // citeproc names more authors where that tells them apart ("Dam, Aa, et al."),
  // each work as few as it needs; works with the very same authors get year
  // letters in reference-list order (also different people with the same initials).
  const suffix = new Map<Prepared, string>();
  const shown = new Map<Prepared, number>();
  const byCite = new Map<string, Prepared[]>();
  for (const p of order) {
    const key = `${nameForm(p)}\u0000${p.year ?? ''}`;
    const same = byCite.get(key);
    if (same) same.push(p);
    else byCite.set(key, [p]);
  }
  for (const same of byCite.values()) {
    if (same.length < 2) continue;
    const full = same.map((p) => nameForm(p, p.authors.length));
    const distinct = new Set(full).size;
    if (distinct === 1) {
      if (same.length > LETTERS.length) decline('more than 26 works of the same authors in one year');
      same.forEach((p, i) => suffix.set(p, LETTERS[i]));
      continue;
    }
    if (distinct < same.length) decline('some works that cite the same need more names and others year letters');
    // Each work names as few authors as make a citation no other work of the set
    // can have: the first form only this work has (counted once per work).
    const forms = same.map((p) => p.authors.map((_, m) => nameForm(p, m + 1)));
    const works = new Map<string, number>();
    for (const list of forms) for (const form of new Set(list)) works.set(form, (works.get(form) ?? 0) + 1);
    same.forEach((p, i) => {
      const k = forms[i].findIndex((form) => works.get(form) === 1);
      if (k < 0) decline('naming more authors does not tell two works apart');
      shown.set(p, k + 1);
    });
  }

  const cites = new Map<string, CiteForm>();
  const entries = order.map((p) => {
    const letter = suffix.get(p) ?? '';
    const date = p.year === null ? `${terms.noDate}${letter ? `-${letter}` : ''}` : `${p.year}${letter}`;
    cites.set(p.source.id, {
      sourceId: p.source.id,
      names: nameForm(p, shown.get(p) ?? 1),
      date,
      sortNames: nameSortKey(p.authors.length >= 3 ? p.authors.slice(0, 1) : p.authors),
      undated: p.year === null,
      year: p.year ?? 0,
    });
    return { sourceId: p.source.id, segments: p.render(letter) };
  });
  return { entries, cites };
}
