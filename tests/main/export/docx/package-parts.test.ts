// What no reader shows but Word relies on, checked in the package parts: the
// TOC updates on open, header rows repeat, figures have alt text, the
// language is set, and the document properties are filled in.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { renderToFile, sampleDoc, zipPart } from './docx-helpers';

describe.each([
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const)('DOCX package parts (%s)', (language, tag) => {
  let doc: ReportDoc;
  let file: string;
  let body: string;
  beforeAll(async () => {
    doc = sampleDoc(language);
    file = await renderToFile(doc);
    body = zipPart(file, 'word/document.xml');
  }, 120_000);

  it('asks Word to update the fields (TOC page numbers) on open', () => {
    expect(zipPart(file, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    expect(body).toMatch(/TOC [^<]*\\o/);
  });

  it('repeats every table header row', () => {
    const tables = body.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(0);
    expect(body.split('<w:tblHeader/>').length - 1).toBeGreaterThanOrEqual(tables);
  });

  it('shades header cells in the accent colour and uses real Word numbering for lists', () => {
    const accent = doc.meta.accentColor.slice(1).toUpperCase();
    const headerRows = body.split('<w:tblHeader/>').slice(1).map((rest) => rest.slice(0, rest.indexOf('</w:tr>')));
    for (const row of headerRows) expect(row).toContain(`w:fill="${accent}"`);
    const numbering = zipPart(file, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(body).toContain('<w:numPr>');
  });

  it('gives every figure its alt text', () => {
    const descriptions = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    const figures = JSON.stringify(doc).match(/"type":"figure"/g)?.length ?? 0;
    expect(figures).toBeGreaterThan(0);
    expect(descriptions.filter((descr) => descr.length > 40).length).toBe(figures);
  });

  it('sets the language on the styles and the runs', () => {
    expect(zipPart(file, 'word/styles.xml')).toContain(`<w:lang w:val="${tag}"/>`);
    expect(body).toContain(`<w:lang w:val="${tag}"/>`);
  });

  it('sets Calibri (present with every Office) as the text font, since no font is embedded', () => {
    const styles = zipPart(file, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Calibri"');
    expect(`${styles}${body}`).not.toContain('Source Sans');
  });

  it('writes title, authors, subject and keywords as document properties', () => {
    const core = zipPart(file, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${doc.meta.title}</dc:title>`);
    for (const author of doc.meta.authors) expect(core).toContain(author);
    expect(core).toContain('<dc:subject>');
    expect(core).toContain(doc.meta.keywords[0]);
  });

  it('bookmarks every heading and links the table of contents to them', () => {
    const bookmarks = new Set([...body.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((match) => match[1]));
    const anchors = [...body.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((match) => match[1]);
    expect(anchors.length).toBeGreaterThan(10);
    for (const anchor of anchors) expect(bookmarks.has(anchor)).toBe(true);
    expect([...bookmarks].some((name) => name.startsWith('item_'))).toBe(true);
  });

  it('threads replies under their comment', () => {
    const extended = zipPart(file, 'word/commentsExtended.xml');
    const replies = doc.comments.reduce((sum, comment) => sum + comment.replies.length, 0);
    expect(replies).toBeGreaterThan(0);
    expect(extended.split('w15:paraIdParent=').length - 1).toBe(replies);
  });
});
