// Text that has broken DOCX writers before: XML-special characters, emoji,
// control characters, lone surrogates and a very long word, in every place
// text can appear (title, headings, runs, links, tables, lists, quotes,
// figure labels, comments). pandoc and LibreOffice must still open the file.

import { describe, expect, it } from 'vitest';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import { allNodes, collapse, inlineText, pandocJson, pdfText, renderToFile, sampleDoc, toPdf } from './docx-helpers';

const nasty = 'A <b>&amp; "x" \'y\' ]]> é 👩‍👧 \u0001\u000b\u001f\ud800 end\uffff';
const longWord = 'Ouderbetrokkenheids'.repeat(300);

/** All words of the AST, comment bodies included. */
function allText(ast: unknown): string {
  return collapse(allNodes(ast).map((node) => (node.t === 'Str' ? (node.c as string) : node.t === 'Space' ? ' ' : '')).join(''));
}

function oddDoc(): ReportDoc {
  const doc = sampleDoc('nl');
  doc.meta = { ...doc.meta, title: `Titel ${nasty}`, subtitle: nasty, authors: [nasty], keywords: [nasty] };
  const first = doc.sections[0];
  first.title = `Kop ${nasty}`;
  first.blocks.unshift(
    { type: 'heading', id: 'h-odd', level: 2, text: `Sub ${nasty}`, anchor: 'odd <anchor> & ☃ with a name longer than forty characters' },
    {
      type: 'paragraph',
      id: 'p-odd',
      runs: [
        { text: `Begin ${nasty}\nnieuwe regel ` },
        { text: longWord, bold: true },
        { text: ' link ', href: 'https://example.org/?a=1&b=<2>' },
        { text: ' intern ', href: '#sec-references' },
      ],
      itemId: 'odd-item',
    },
    { type: 'list', id: 'l-odd', ordered: true, items: [[{ type: 'paragraph', id: 'p-odd-l', runs: [{ text: nasty }] }], []] },
    { type: 'quote', id: 'q-odd', runs: [{ text: nasty }], attribution: nasty },
    {
      type: 'table',
      id: 't-odd',
      columns: [
        { header: nasty, width: 0 },
        { header: longWord, width: 3 },
      ],
      headerRows: [],
      rows: [[{ blocks: [{ type: 'paragraph', id: 'p-odd-c', runs: [{ text: longWord }] }] }, { blocks: [] }]],
      repeatHeader: true,
      caption: nasty,
      number: 99,
    },
    {
      type: 'figure',
      id: 'f-odd',
      figure: { kind: 'bar-chart', categories: [nasty, longWord], series: [{ name: nasty, values: [1, Number.NaN] }], valueLabel: nasty },
      alt: nasty,
      caption: nasty,
      number: 9,
    },
  );
  doc.comments.push({
    id: 'c-odd',
    itemId: 'odd-item',
    anchorBlockId: 'p-odd',
    author: { name: nasty, role: '' },
    initials: '👩',
    date: 'not a date',
    body: `Opmerking ${nasty}`,
    quote: '',
    replies: [{ id: 'r-odd', author: { name: 'Reply <author>', role: '' }, initials: 'R', date: '', body: `Antwoord ${nasty}` }],
  });
  const paragraph = first.blocks[1];
  if (paragraph.type === 'paragraph') paragraph.runs[0].commentIds = ['c-odd'];
  return doc;
}

describe('DOCX with odd text', () => {
  it('is read by pandoc with the text intact (minus what XML cannot hold)', async () => {
    const ast = pandocJson(await renderToFile(oddDoc()));
    const text = collapse(inlineText(ast.blocks));
    expect(text).toContain('Kop A <b>&amp; "x" \'y\' ]]> é 👩‍👧');
    expect(text).toContain(longWord);
    expect(allText(ast)).toContain('Antwoord A <b>');
    expect(JSON.stringify(ast)).toContain('Reply <author>');
  }, 60_000);

  it('is converted to PDF by LibreOffice', async () => {
    const text = collapse(pdfText(toPdf(await renderToFile(oddDoc(), 'odd.docx'))));
    expect(text).toContain('Kop A <b>&amp; "x"');
    expect(text).toContain('Ouderbetrokkenheids');
  }, 150_000);

  it('renders an empty report (no title page, no TOC, no sections) to a valid file', async () => {
    const doc = sampleDoc('en');
    const empty: ReportDoc = { ...doc, titlePage: false, toc: false, sections: [], comments: [] };
    const bytes = await renderDocx(empty);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
