// paintPages adds the report's pages after any the document has, in order,
// A4, each with its one content stream and the fonts it uses in its own
// resources; an empty frame still becomes a page, without content.

import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { A4, type PageFrame, type PageItem } from '../../../../../src/main/export/pdf/layout/types';
import { paintPages } from '../../../../../src/main/export/pdf/render-pdf';

const text = (value: string, face: 'regular' | 'bold' = 'regular'): PageItem => ({
  kind: 'text',
  x: 72,
  baseline: 100,
  text: value,
  style: { face, size: 11, color: [0, 0, 0] },
  width: 50,
});

describe('paintPages', () => {
  it('adds the pages after the document\'s own, in order, each with its content and font resources', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([100, 100]);
    const frames: PageFrame[] = [
      { role: 'body', items: [text('Een')] },
      { role: 'body', items: [] },
      { role: 'body', items: [text('Drie', 'bold'), text('vier')] },
    ];
    const seen: number[] = [];
    await paintPages(pdf, { pages: frames, drawings: new Map() }, null, (index) => seen.push(index));
    expect(seen).toEqual([0, 1, 2]);
    const saved = await PDFDocument.load(await pdf.save());
    const pages = saved.getPages();
    expect(pages.map((page) => [page.getWidth(), page.getHeight()])).toEqual([[100, 100], ...frames.map(() => [A4.width, A4.height])]);
    const contents = pages.map((page) => {
      const ref = page.node.get(PDFName.Contents) as PDFRef | undefined;
      const stream = ref ? saved.context.lookup(ref) : undefined;
      return stream instanceof PDFRawStream ? inflateSync(stream.contents).toString('latin1') : null;
    });
    expect(contents[0]).toBeNull();
    expect(contents[2]).toBeNull();
    expect(contents[1]).toMatch(/^BT\n.*\/F1 11 Tf\n.*\] TJ\nET\n$/s);
    expect(contents[3]).toMatch(/\/F3 11 Tf\n[^]*\/F1 11 Tf\n/);
    const fontNames = (index: number) =>
      pages[index].node
        .lookupMaybe(PDFName.Resources, PDFDict)
        ?.lookupMaybe(PDFName.Font, PDFDict)
        ?.keys()
        .map((key) => key.toString());
    expect([fontNames(1), fontNames(2), fontNames(3)]).toEqual([['/F1'], undefined, ['/F3', '/F1']]);
  });
});
