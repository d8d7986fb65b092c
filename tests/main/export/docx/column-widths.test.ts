// Content-aware table column widths: a column is never narrower than its
// longest word (so Word does not print "Uitvoeri|ng"), the widths always fill
// the text width exactly, and extreme content degrades gracefully.

import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../src/shared/report/doc';
import { columnWidths, computeColumnWidths, metricsFor, words, type ColumnContent } from '../../../../src/main/export/docx/column-widths';
import { TEXT_WIDTH } from '../../../../src/main/export/docx/context';

const metrics = metricsFor(9.5, 200);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Whole twips the longest word of these (hyphen-free) texts needs, computed independently of the module. */
const needed = (...texts: string[]) =>
  Math.floor(Math.max(...texts.flatMap((text) => text.split(/\s+/)).map((word) => [...word].length)) * metrics.charWidth + metrics.padding);

const column = (header: string, cells: string[], hint = 1): ColumnContent => ({ header, hint, cells: cells.map((text) => ({ text, indent: 0 })) });

const activities: ColumnContent[] = [
  column('Activiteit', [
    'Bijeenkomsten buiten werktijd en zonder kosten',
    'Minstens de helft van de ouderactiviteiten vindt plaats vroeg in de avond of op zaterdag, op loopafstand, met opvang voor broertjes en zusjes.',
  ], 3),
  column('Niveau', ['Uitvoering', 'Organisatie'], 1),
  column('Segmenten', ['Drukke doeners, Ouders op afstand', 'Zoekende nieuwkomers'], 1),
  column('Prioriteit', ['Hoog', 'Middel'], 1),
  column('Eigenaar', ['Pedagogisch medewerkers', 'Vve-locaties'], 1),
  column('Planning', ['Vanaf schooljaar 2026–2027', 'Direct'], 1),
];

describe('words', () => {
  it('breaks at spaces and after hyphens, never inside a word', () => {
    expect(words('  Vve-locaties en  kosten-baten ')).toEqual(['Vve-', 'locaties', 'en', 'kosten-', 'baten']);
    expect(words('-')).toEqual(['-']);
    expect(words('')).toEqual([]);
  });
});

describe('computeColumnWidths', () => {
  it('gives every column at least its longest word, header included, and fills the text width', () => {
    const widths = computeColumnWidths(activities, TEXT_WIDTH, metrics);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThanOrEqual(needed('Niveau', 'Uitvoering', 'Organisatie'));
    expect(widths[3]).toBeGreaterThanOrEqual(needed('Prioriteit', 'Hoog'));
    expect(widths[4]).toBeGreaterThanOrEqual(needed('Eigenaar', 'Pedagogisch', 'medewerkers', 'locaties'));
    widths.forEach((width) => expect(Number.isInteger(width)).toBe(true));
  });

  it('gives the room that is left to the long-text column, not to short-word columns', () => {
    const widths = computeColumnWidths(activities, TEXT_WIDTH, metrics);
    expect(widths[0]).toBe(Math.max(...widths));
    // "Hoog"/"Middel" under "Prioriteit" needs no more than the header: the column stays near its minimum.
    expect(widths[3]).toBeLessThan(needed('Prioriteit') + 200);
  });

  it('follows the width hints between columns of equal content', () => {
    const text = 'Een zin van gemiddelde lengte die zeker over meerdere regels loopt in een smalle kolom. '.repeat(3);
    const widths = computeColumnWidths([column('A', [text], 3), column('B', [text], 1)], TEXT_WIDTH, metrics);
    expect(widths[0]).toBeGreaterThan(widths[1] * 1.5);
    expect(sum(widths)).toBe(TEXT_WIDTH);
  });

  it('follows the content length between columns with equal hints', () => {
    const widths = computeColumnWidths(
      [column('Kort', ['ja', 'nee']), column('Lang', ['Een toelichting van ruim honderd tekens, zodat deze kolom duidelijk meer ruimte nodig heeft dan de ander.'])],
      TEXT_WIDTH,
      metrics,
    );
    expect(widths[1]).toBeGreaterThan(widths[0] * 3);
  });

  it('keeps a column whose word is a "Hoog" wide enough when another holds a monster word', () => {
    const widths = computeColumnWidths([column('Code', ['x'.repeat(400)]), column('Belang', ['Hoog'])], TEXT_WIDTH, metrics);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThanOrEqual(needed('Belang', 'Hoog'));
    expect(widths[0]).toBeLessThan(TEXT_WIDTH);
  });

  it('gives up the safety margin evenly, not whole words, when the safe minimums just do not fit', () => {
    const crowded = [
      column('Activiteit', ['jeugdverpleegkundige']),
      column('Niveau', ['Organisatie']),
      column('Segmenten', ['nieuwkomers,']),
      column('Prioriteit', ['Gemiddeld']),
      column('Eigenaar', ['sleutelpersonen']),
      column('Planning', ['proeftuinwijken,']),
    ];
    const longest = [20, 11, 12, 10, 15, 16];
    expect(sum(longest.map((length) => length * metrics.charWidth + metrics.padding))).toBeGreaterThan(TEXT_WIDTH);
    const widths = computeColumnWidths(crowded, TEXT_WIDTH, metrics);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    widths.forEach((width, index) => expect(width).toBeGreaterThanOrEqual(Math.floor(longest[index] * metrics.tightCharWidth + metrics.padding)));
  });

  it('shrinks proportionally when the minimums together cannot fit', () => {
    const many = Array.from({ length: 12 }, (_, index) => column(`Kolom${index}`, ['Ouderbetrokkenheidsplan']));
    const widths = computeColumnWidths(many, TEXT_WIDTH, metrics);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    expect(widths[0]).toBeLessThan(needed('Ouderbetrokkenheidsplan'));
  });

  it('fills the width when everything fits on one line, and handles empty and single columns', () => {
    const small = computeColumnWidths([column('Nr', ['1', '2']), column('Ja', ['x'])], TEXT_WIDTH, metrics);
    expect(sum(small)).toBe(TEXT_WIDTH);
    expect(computeColumnWidths([column('', [])], 5000, metrics)).toEqual([5000]);
    expect(computeColumnWidths([], TEXT_WIDTH, metrics)).toEqual([]);
  });

  it('always sums to the total over many generated tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = () => 'abcdefghij'.repeat(5).slice(0, 1 + Math.floor(random() * 30));
    for (let round = 0; round < 200; round += 1) {
      const count = 1 + Math.floor(random() * 9);
      const columns = Array.from({ length: count }, () =>
        column(word(), Array.from({ length: Math.floor(random() * 4) }, () => Array.from({ length: Math.floor(random() * 20) }, word).join(' ')), Math.floor(random() * 4)),
      );
      const widths = computeColumnWidths(columns, TEXT_WIDTH, metrics);
      expect(sum(widths)).toBe(TEXT_WIDTH);
      widths.forEach((width) => expect(width).toBeGreaterThan(0));
    }
  });
});

describe('columnWidths of a report table', () => {
  const paragraph = (text: string) => ({ blocks: [{ type: 'paragraph' as const, id: `p-${text}`, runs: [{ text }] }] });
  const table: TableBlock = {
    type: 'table',
    id: 't',
    columns: [
      { header: 'Organisatie', width: 3 },
      { header: 'Invloed', width: 1 },
      { header: 'Belang', width: 1 },
    ],
    headerRows: [],
    rows: [
      [paragraph('Jeugdgezondheidszorg (consultatiebureaus) ziet vrijwel alle ouders met jonge kinderen.'), paragraph('4'), paragraph('5')],
      [
        { blocks: [{ type: 'list', id: 'l', ordered: false, items: [[{ type: 'paragraph', id: 'li', runs: [{ text: 'Welzijnsorganisatie' }] }]] }] },
        paragraph('Hoog'),
        paragraph('Laag'),
      ],
    ],
    repeatHeader: true,
    caption: 'Stakeholders',
    number: 1,
  };

  it('measures headers, cell text and list indents, and fills the text width', () => {
    const widths = columnWidths(table);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThanOrEqual(needed('Invloed'));
    expect(widths[2]).toBeGreaterThanOrEqual(needed('Belang'));
    // The list item sits one list indent to the right of the cell edge.
    expect(widths[0]).toBeGreaterThanOrEqual(needed('Jeugdgezondheidszorg') + 397);
    expect(widths[0]).toBeGreaterThan(widths[1] + widths[2]);
  });
});
