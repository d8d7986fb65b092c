// The table of contents as WordprocessingML text: the same TOC field (levels
// 1–3, hyperlinked, marked dirty so Word updates it on open) in the same
// content control, pre-filled with every heading and its estimated page
// (toc.ts), as the docx library's TableOfContents writes it — which cost as
// much time as the rest of the library's part of the package for a large report.

import type { ReportDoc } from '../../../../shared/report/doc';
import type { TocEntry } from '../toc';
import type { BodyXmlContext } from './body-context';
import { paragraphXml } from './paragraph';
import { textRunsXml } from './runs';
import { xmlEscape } from './xml-text';

/** Right tab for the page numbers, in twips, as Word's own TOC styles have it. */
const PAGE_TAB = 9025;
const FIELD_BEGIN =
  '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

function entryXml(entry: TocEntry): string {
  return (
    `<w:hyperlink w:history="1" w:anchor="${xmlEscape(entry.href)}"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr>` +
    `<w:t xml:space="default">${xmlEscape(entry.title)}</w:t><w:tab/><w:t xml:space="default">${entry.page}</w:t></w:r></w:hyperlink>`
  );
}

function entryParagraph(entry: TocEntry, content: string): string {
  const tabs = `<w:tabs><w:tab w:val="clear" w:pos="${PAGE_TAB + 1 - (entry.level - 1) * 240}"/><w:tab w:val="right" w:pos="${PAGE_TAB}" w:leader="dot"/></w:tabs>`;
  return `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/>${tabs}</w:pPr>${content}</w:p>`;
}

/** The contents title and the pre-filled field; `entries` must not be empty (an empty TOC is left to the library). */
export function tocXml(doc: ReportDoc, entries: readonly TocEntry[], ctx: BodyXmlContext): string {
  let paragraphs = '';
  entries.forEach((entry, index) => {
    const content = index === 0 ? FIELD_BEGIN + entryXml(entry) : index === entries.length - 1 ? entryXml(entry) + FIELD_END : entryXml(entry);
    paragraphs += entryParagraph(entry, content);
  });
  if (entries.length === 1) paragraphs += `<w:p>${FIELD_END}</w:p>`;
  const control =
    `<w:sdt><w:sdtPr><w:alias w:val="${xmlEscape(doc.labels.contents)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
    `<w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`;
  return paragraphXml({ style: 'TOCHeading', pageBreakBefore: doc.titlePage }, textRunsXml(doc.labels.contents, { lang: ctx.lang })) + control;
}
