// Finds respondents' names (and their e-mail addresses and phone numbers) in
// free text and replaces them by their pseudonym, reporting every replacement
// so that character offsets into the text (quotes) can be moved along.
//
// What counts as a mention of respondent "Samira Bouzid":
// - the full name, with any run of white space between its parts;
// - a courtesy title plus the family part ("mevrouw Bouzid", "dhr. van Dam");
// - the first name alone when it has at least three letters ("Samira");
// - the e-mail address and the phone number, literally.
// Matching ignores case and accents (a name typed without its accent, "Yilmaz"
// for "Yılmaz", is still found) and only matches whole words: "Ana" is replaced,
// "Analyse" is not. The family name alone is NOT replaced: Dutch surnames are
// often plain words ("de Groot", "Smit", "van Dam") and replacing "groot"
// everywhere would damage the report. A first name shared by respondents with
// different pseudonyms cannot be attributed, so it becomes the bare label.

export interface NameRespondent {
  name: string;
  email: string;
  phone: string;
  pseudonym: string;
}

/** One replacement in the old text: [start, end) became `length` characters. */
export interface TextEdit {
  start: number;
  end: number;
  length: number;
}

export interface NameReplacer {
  replace(text: string): { text: string; edits: TextEdit[] };
}

const COURTESY_TITLES = ['mevrouw', 'mevr\\.?', 'mw\\.?', 'meneer', 'mnr\\.?', 'dhr\\.?', 'de heer', 'juf', 'juffrouw',
  'meester', 'mrs\\.?', 'mr\\.?', 'ms\\.?', 'miss'];

// Only syntax characters may be escaped in a unicode-mode pattern ('-' may not).
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A pattern for one character that also accepts the character without accents. */
function loosePattern(ch: string): string {
  const base = ch === 'ı' ? 'i' : ch === 'İ' ? 'I' : ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (/\s/.test(ch)) return '\\s+';
  if (base === ch || base.length !== 1) return escapeRegExp(ch);
  return `(?:${escapeRegExp(ch)}|${escapeRegExp(base)})`;
}

function namePattern(name: string): string {
  return [...name.trim().replace(/\s+/g, ' ')].map(loosePattern).join('').replace(/(?:\\s\+)+/g, '\\s+');
}

const letters = (s: string) => [...s].filter((ch) => /\p{L}/u.test(ch)).length;

interface Term {
  pattern: string;
  pseudonym: string;
  /** Length of the plain text the term was made from, to try longer terms first. */
  weight: number;
}

export function buildNameReplacer(respondents: readonly NameRespondent[], ambiguousLabel: string): NameReplacer {
  const terms: Term[] = [];
  const firstNames = new Map<string, Set<string>>();
  for (const r of respondents) {
    const name = r.name.trim().replace(/\s+/g, ' ');
    if (name !== '') {
      terms.push({ pattern: namePattern(name), pseudonym: r.pseudonym, weight: name.length });
      const parts = name.split(' ');
      if (parts.length >= 2) {
        const family = parts.slice(1).join(' ');
        terms.push({
          pattern: `(?:${COURTESY_TITLES.join('|')})\\s+${namePattern(family)}`,
          pseudonym: r.pseudonym,
          weight: family.length + 4,
        });
        const first = parts[0];
        if (letters(first) >= 3) {
          const key = first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          const pseudonyms = firstNames.get(key) ?? new Set<string>();
          pseudonyms.add(r.pseudonym);
          firstNames.set(key, pseudonyms);
          terms.push({ pattern: namePattern(first), pseudonym: `first:${key}`, weight: first.length });
        }
      }
    }
    for (const contact of [r.email.trim(), r.phone.trim()]) {
      if (contact.length >= 3) terms.push({ pattern: escapeRegExp(contact), pseudonym: r.pseudonym, weight: contact.length });
    }
  }
  // Resolve first names now that every respondent is known.
  const resolved = terms.map((t) => {
    if (!t.pseudonym.startsWith('first:')) return t;
    const owners = firstNames.get(t.pseudonym.slice('first:'.length)) ?? new Set<string>();
    return { ...t, pseudonym: owners.size === 1 ? [...owners][0] : ambiguousLabel };
  });
  if (resolved.length === 0) return { replace: (text) => ({ text, edits: [] }) };

  resolved.sort((a, b) => b.weight - a.weight);
  const alternatives = resolved.map((t) => `(${t.pattern})`).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_@.])(?:${alternatives})(?![\\p{L}\\p{N}_@])`, 'giu');

  return {
    replace(text: string) {
      const edits: TextEdit[] = [];
      const out = text.replace(regex, (match: string, ...groups: unknown[]) => {
        const offset = groups[resolved.length] as number;
        const index = groups.findIndex((g, i) => i < resolved.length && g !== undefined);
        const pseudonym = resolved[index].pseudonym;
        edits.push({ start: offset, end: offset + match.length, length: pseudonym.length });
        return pseudonym;
      });
      return { text: out, edits };
    },
  };
}

/**
 * Where a position of the old text is in the new one. A position inside a
 * replaced name moves to the start of the pseudonym (for a range start) or to
 * its end (for a range end), so a quote never holds half a pseudonym.
 */
export function mapOffset(edits: readonly TextEdit[], position: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const edit of edits) {
    if (position <= edit.start) break;
    if (position >= edit.end) {
      delta += edit.length - (edit.end - edit.start);
      continue;
    }
    return edit.start + delta + (side === 'end' ? edit.length : 0);
  }
  return position + delta;
}
