// LibreOffice (a second, independent reader) converts the sample report's
// DOCX to PDF; the PDF's text holds every heading with its diacritics, the
// filled table of contents and the "Pagina X van Y" footer.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { collapse, pdfText, renderToFile, sampleDoc, sectionTitles, toPdf } from './docx-helpers';

describe('DOCX converted by LibreOffice', () => {
  let doc: ReportDoc;
  let text: string;
  beforeAll(async () => {
    doc = sampleDoc('nl');
    text = collapse(pdfText(toPdf(await renderToFile(doc, 'rapport.docx'))));
  }, 150_000);

  it('holds every heading of the report with Dutch diacritics intact', () => {
    const titles = sectionTitles(doc).map((entry) => collapse(entry.title));
    expect(titles.some((title) => /[ëéèïöüàá’]/.test(title))).toBe(true);
    // Each heading appears twice: once in the table of contents, once as the heading itself.
    for (const title of titles) expect(text.split(title).length - 1, title).toBeGreaterThanOrEqual(2);
  });

  it('has the title page, the table of contents title and page x of y footers', () => {
    expect(text).toContain(collapse(doc.meta.title));
    expect(text).toContain(doc.labels.contents);
    const pages = [...text.matchAll(/Pagina (\d+) van (\d+)/g)];
    expect(pages.length).toBeGreaterThan(10);
    expect(new Set(pages.map((match) => match[2])).size).toBe(1);
  });

  it('has the figure and table captions with their numbers', () => {
    expect(text).toMatch(/Figuur 1\. /);
    expect(text).toMatch(/Tabel 1\. /);
  });
});
