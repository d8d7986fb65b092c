// The fast APA formatter only formats what it is sure citeproc would format
// the same way. Anything else is *declined* with a reason, and the caller
// lets citeproc format it. Declining is never an error: it only costs time.

export class Declined extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Declined';
  }
}

export function decline(reason: string): never {
  throw new Declined(reason);
}

// citeproc reads some characters in field values as markup: straight and
// curly quotes (it swaps them for typographic quotes and nests them), angle
// brackets (<i>, <b>, <span class="nocase"> …) and braces. Control characters
// and runs of spaces are collapsed or dropped. Text with any of these is left
// to citeproc.
const SPECIAL = /["'<>{}\u2018\u201a\u201b\u201c\u201d\u201e\u201f`\\]|\p{Cc}|\s\s|[\u00a0\u2000-\u200f\u2028\u2029\u202f\ufeff]/u;

/** The text as it is, or a decline when citeproc might change it. */
export function plain(text: string, field: string): string {
  if (SPECIAL.test(text)) decline(`${field} contains characters citeproc treats as markup: ${JSON.stringify(text)}`);
  if (text !== text.trim()) decline(`${field} has surrounding white space`);
  return text;
}
