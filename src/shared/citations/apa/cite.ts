// One parenthetical citation from the in-text forms of its sources: sorted
// like the style's citation sort (first author — only the first of three or
// more — then undated before dated, then year), joined by "; ", with the
// page or other locator after the year. Consecutive works by the same authors
// are collapsed ("Visser, z.d., 2001") as the style's collapse="year" does.

import type { Language } from '../../language';
import type { CitationItem } from '../../model/rich-text';
import { parseLocator } from '../locator';
import { decline, plain } from './decline';
import type { CiteForm } from './group';
import { pageRange } from './reference';
import { compareKeys } from './sort';
import { apaTerms } from './terms';

function locatorText(raw: string | undefined, language: Language): string {
  const parsed = parseLocator(raw);
  const terms = apaTerms[language];
  if (parsed.suffix !== undefined) return plain(parsed.suffix.replace(/^, /, ''), 'locator');
  if (parsed.locator === undefined) return '';
  const locator = plain(parsed.locator, 'locator');
  switch (parsed.label) {
    case 'page': {
      const pages = pageRange(locator, 'page locator');
      return `${terms.page[pages.plural ? 1 : 0]} ${pages.text}`;
    }
    case 'paragraph':
      if (!/^[1-9]\d*$/.test(locator)) decline(`paragraph locator ${JSON.stringify(locator)} is not a number`);
      return `${terms.paragraph[0]} ${locator}`;
    case 'chapter':
      if (!/^[1-9]\d*$/.test(locator)) decline(`chapter locator ${JSON.stringify(locator)} is not a number`);
      return `${terms.chapter[0]} ${locator}`;
    default:
      return decline(`locator label ${String(parsed.label)} is not supported`);
  }
}

/** The citation for items whose sources all have a fast in-text form. */
export function formatCluster(items: CitationItem[], forms: Map<string, CiteForm>, language: Language): string {
  const seen = new Set<string>();
  const cited = items.map((item, index) => {
    const form = forms.get(item.sourceId);
    if (!form) return decline(`source ${item.sourceId} has no fast citation form`);
    if (seen.has(item.sourceId)) decline('the same source twice in one citation');
    seen.add(item.sourceId);
    return { form, locator: locatorText(item.locator, language), index };
  });
  const key = (c: (typeof cited)[number]) => [c.form.sortNames, c.form.undated ? '0' : '1', c.form.undated ? '' : String(c.form.year)];
  cited.sort((a, b) => compareKeys(key(a), key(b), language) || a.index - b.index);

  const parts: string[] = [];
  for (let i = 0; i < cited.length; i++) {
    const { form, locator } = cited[i];
    const previous = cited[i - 1];
    if (previous && previous.form.names === form.names) {
      if (locator || previous.locator) decline('collapsed citation of one author with a locator');
      parts[parts.length - 1] += `, ${form.date}`;
      continue;
    }
    parts.push([form.names, form.date, locator].filter(Boolean).join(', '));
  }
  return `(${parts.join('; ')})`;
}
