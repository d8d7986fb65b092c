// The comparisons the PDF export tests rely on must themselves be right: known
// pdftotext-like text in, known answers out, and wrong text must be caught.

import { describe, expect, it } from 'vitest';
import { headingPages, inFlow, nestHeadings, normalise, parseToc, withoutFurniture } from './report-reading';
import type { ReportDoc } from '../../../../src/shared/report/doc';

const doc = {
  meta: { title: 'Ouders aan zet', client: 'Gemeente Rotterdam, Afdeling Onderwijs' },
  labels: { page: 'Pagina', of: 'van' },
  sections: [
    {
      id: 's', key: 'context', anchor: 'a', title: 'Aanleiding', level: 1, children: [],
      blocks: [{ type: 'table', id: 't', columns: [{ header: 'Organisatie', width: 1 }, { header: 'Rol', width: 1 }], headerRows: [], rows: [], repeatHeader: true, caption: '', number: 1 }],
    },
  ],
} as unknown as ReportDoc;

describe('report-reading', () => {
  it('normalises whitespace, hyphens and composition away', () => {
    expect(normalise('co-o\u0308r-\ndi na\u00adtie\u2010  e\u0301')).toBe('coördinatieé');
  });

  it('strips the running header, repeated table header and folio, but not the same words in the text', () => {
    const page = 'Ouders aan zet\n\nGemeente Rotterdam, Afdeling Onderw…\n\nOrganisatie\nRol\nmet ouders\nOrganisatie\n\nPagina 3 van 9\n';
    expect(withoutFurniture(page, doc)).toBe('met ouders\nOrganisatie');
  });

  it('finds a paragraph whole, across pages, or split over a page break with other cells between', () => {
    const pages = ['Intro\nPer thema één\nUitvoering\nHoog', 'vast bericht in de app.\nVolgende'];
    expect(inFlow(pages, normalise('Per thema één vast bericht in de app.'))).toBe(true);
    expect(inFlow(pages, normalise('Intro Per thema'))).toBe(true);
    // The first part must end a line and the rest start one.
    expect(inFlow(pages, normalise('Per thema vast bericht in de app.'))).toBe(false);
    expect(inFlow(pages, normalise('Hoog bericht in de app.'))).toBe(false);
  });

  it('finds headings in order, also wrapped over two lines, and reports those it cannot find', () => {
    const pages = ['Inhoud\nDoelgroep\n', 'Doelgroep en gedrag\nTekst over de Doelgroep\nDoelgroep\n', 'Een heel lange\nkop\n'];
    const found = headingPages(pages, [
      { level: 1, text: 'Doelgroep en gedrag' },
      { level: 2, text: 'Doelgroep' },
      { level: 2, text: 'Een heel lange kop' },
      { level: 2, text: 'Ontbreekt' },
    ], 1);
    expect(found).toEqual([1, 1, 2, -1]);
  });

  it('reads contents entries with dot leaders, joining wrapped titles', () => {
    const text = 'Kop\n\nInhoudsopgave\n\nAanleiding . . . . . . 5\n   Een heel lange\n   titel . . . . 12\nLiteratuur ........ 31\n\nPagina 2 van 9\n';
    expect(parseToc([{ index: 1, text }])).toEqual([
      { title: 'Aanleiding', page: 5, tocPage: 1 },
      { title: 'Een heel lange titel', page: 12, tocPage: 1 },
      { title: 'Literatuur', page: 31, tocPage: 1 },
    ]);
  });

  it('nests headings by level', () => {
    const tree = nestHeadings([{ level: 1, text: 'A' }, { level: 3, text: 'a1' }, { level: 2, text: 'b' }, { level: 1, text: 'B' }], (i) => i);
    expect(tree).toEqual([
      { title: 'A', pageIndex: 0, items: [{ title: 'a1', pageIndex: 1, items: [] }, { title: 'b', pageIndex: 2, items: [] }] },
      { title: 'B', pageIndex: 3, items: [] },
    ]);
  });
});
