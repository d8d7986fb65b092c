// Which reference fields a source type asks for (what APA 7 prints for it).
// A field that already holds a value is always shown, so changing the type
// never hides data the user typed or imported.

import type { Source, SourceType } from '../../../shared/model/desk-research';

export const textFields = [
  'containerTitle', 'edition', 'volume', 'issue', 'pages', 'publisher', 'place', 'url', 'doi',
] as const;
export type SourceTextField = (typeof textFields)[number] | 'editors' | 'accessed';

const byType: Record<SourceType, readonly SourceTextField[]> = {
  article: ['containerTitle', 'volume', 'issue', 'pages', 'doi', 'url'],
  book: ['editors', 'edition', 'publisher', 'place', 'doi', 'url'],
  chapter: ['editors', 'containerTitle', 'edition', 'pages', 'publisher', 'place', 'doi', 'url'],
  report: ['containerTitle', 'volume', 'publisher', 'place', 'doi', 'url', 'accessed'],
  webpage: ['containerTitle', 'publisher', 'url', 'accessed'],
  policy: ['containerTitle', 'volume', 'publisher', 'place', 'url', 'accessed'],
  other: ['editors', 'containerTitle', 'edition', 'volume', 'issue', 'pages', 'publisher', 'place', 'url', 'doi', 'accessed'],
};

export function visibleFields(source: Source): Set<SourceTextField> {
  const shown = new Set<SourceTextField>(byType[source.type]);
  for (const field of textFields) if (source[field].trim() !== '') shown.add(field);
  if (source.editors.length > 0) shown.add('editors');
  if (source.accessed.trim() !== '') shown.add('accessed');
  return shown;
}

/** The label key of the "appeared in" field: a journal, a book, a website, a series. */
export function containerLabelKey(type: SourceType): string {
  switch (type) {
    case 'article':
      return 'source.containerTitle.article';
    case 'chapter':
      return 'source.containerTitle.chapter';
    case 'webpage':
      return 'source.containerTitle.webpage';
    case 'report':
    case 'policy':
      return 'source.containerTitle.series';
    default:
      return 'source.containerTitle.other';
  }
}
