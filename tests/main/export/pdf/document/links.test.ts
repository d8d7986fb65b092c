import { describe, expect, it } from 'vitest';
import { addLinks, anchorsOf, linksOf, pdfRect, safeUri, type LinkPlacement } from '../../../../../src/main/export/pdf/document/links';
import { A4, type PageFrame } from '../../../../../src/main/export/pdf/layout/types';
import { pdfjsAllAnnotations, pdfjsAnnotations, qpdfCheck, qpdfObjects } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

const area = (y: number, uri: string): LinkPlacement => ({ pageIndex: 0, x: 72, y, width: 120, height: 14, target: { kind: 'uri', uri } });

const allowed = [
  'https://www.rotterdam.nl/fietsen',
  'http://example.org/wiki/Fiets_(vervoermiddel)',
  'https://example.org/a)b(c\\d',
  'mailto:info@gemeente.nl?subject=Fietsen%20naar%20school',
];
const forbidden = ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'JaVaScRiPt:alert(1)', '/relatief/pad', 'ftp://example.org/x'];

describe('safeUri', () => {
  it('keeps http, https and mailto as ASCII and drops everything else', () => {
    expect(safeUri('https://www.rotterdam.nl/fietsen')).toBe('https://www.rotterdam.nl/fietsen');
    expect(safeUri('https://bücher.example/straße?q=één')).toBe('https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A9%C3%A9n');
    expect(safeUri('mailto:jan@gemeente.nl?subject=Één vraag')).toBe('mailto:jan@gemeente.nl?subject=%C3%89%C3%A9n%20vraag');
    for (const uri of forbidden) expect(safeUri(uri), uri).toBeNull();
    expect(safeUri(' \u0000https://x.nl')).toBe('https://x.nl/');
  });

  it('turns a top-left rectangle into a PDF rectangle', () => {
    expect(pdfRect(10, 20, 100, 15, 800)).toEqual([10, 765, 110, 780]);
    expect(pdfRect(10, 20, 0, 15, 800)).toBeNull();
    expect(pdfRect(Number.NaN, 20, 5, 15, 800)).toBeNull();
  });
});

describe('addLinks', () => {
  it('writes the allowed web links that pdf.js reads back, and no forbidden scheme', async () => {
    const pdf = await tinyPdf(2);
    const links = [...allowed, ...forbidden].map((uri, i) => area(100 + i * 20, uri));
    const result = addLinks(pdf, links, new Map());
    expect(result).toEqual({ added: allowed.length, dropped: forbidden.length });
    const file = await savePdf(pdf, 'links.pdf');
    expect((await qpdfCheck(file)).ok).toBe(true);

    const annotations = await pdfjsAnnotations(file, 0);
    expect(annotations.every((a) => a.subtype === 'Link')).toBe(true);
    const urls = annotations.map((a) => a.url);
    expect(urls).toEqual([
      'https://www.rotterdam.nl/fietsen',
      'http://example.org/wiki/Fiets_(vervoermiddel)',
      'https://example.org/a)b(c/d',
      'mailto:info@gemeente.nl?subject=Fietsen%20naar%20school',
    ]);
    for (const url of urls) expect(url).not.toMatch(/^(javascript|file|data|vbscript|ftp):/i);
    // The first link's area, flipped to PDF coordinates.
    expect(annotations[0].rect).toEqual([72, Math.round((A4.height - 114) * 100) / 100, 192, Math.round((A4.height - 100) * 100) / 100]);
  });

  it('links to a named anchor\'s page and height, without a visible border', async () => {
    const pdf = await tinyPdf(3);
    const anchors = new Map([['sec-advies', { pageIndex: 2, y: 150 }]]);
    const result = addLinks(
      pdf,
      [
        { pageIndex: 0, x: 72, y: 200, width: 80, height: 12, target: { kind: 'anchor', anchor: 'sec-advies' } },
        { pageIndex: 0, x: 72, y: 220, width: 80, height: 12, target: { kind: 'anchor', anchor: 'bestaat-niet' } },
        { pageIndex: 7, x: 72, y: 220, width: 80, height: 12, target: { kind: 'anchor', anchor: 'sec-advies' } },
      ],
      anchors,
    );
    expect(result).toEqual({ added: 1, dropped: 2 });
    const file = await savePdf(pdf, 'internal.pdf');
    const [link] = await pdfjsAnnotations(file, 0);
    expect((await pdfjsAllAnnotations(file)).map((page) => page.length)).toEqual([1, 0, 0]);
    expect(link.url).toBeUndefined();
    expect(link.destPageIndex).toBe(2);
    expect(link.destTop).toBeCloseTo(A4.height - 150, 1);

    const objects = await qpdfObjects(file);
    const firstPage = objects.get(objects.pages[0]) as Record<string, string[]>;
    const annot = objects.get(firstPage['/Annots'][0]) as Record<string, unknown>;
    expect(annot['/Border']).toEqual([0, 0, 0]);
    expect(annot['/F']).toBe(4);
  });

  it('collects link areas and anchors from laid-out pages', () => {
    const frames: PageFrame[] = [
      { role: 'body', items: [{ kind: 'anchor', anchor: 'a', y: 10 }, { kind: 'link', x: 1, y: 2, width: 3, height: 4, target: { kind: 'anchor', anchor: 'b' } }] },
      { role: 'body', items: [{ kind: 'anchor', anchor: 'b', y: 20 }, { kind: 'anchor', anchor: 'a', y: 99 }] },
    ];
    expect([...anchorsOf(frames)]).toEqual([['a', { pageIndex: 0, y: 10 }], ['b', { pageIndex: 1, y: 20 }]]);
    expect(linksOf(frames)).toEqual([{ pageIndex: 0, x: 1, y: 2, width: 3, height: 4, target: { kind: 'anchor', anchor: 'b' } }]);
  });
});
