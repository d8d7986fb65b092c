// Tables and lists: fitted column widths, the header on every page a table
// continues on, rows split between lines (two lines at least on either side),
// hanging indents and labels of nested lists.

import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../../../src/main/export/pdf/layout/table-widths';
import { reportStyles } from '../../../../../src/main/export/pdf/layout/styles';
import { A4, textWidthOf } from '../../../../../src/main/export/pdf/layout/types';
import type { Block, ListBlock } from '../../../../../src/shared/report/doc';
import { doc, expectInsideMargins, layoutFake, linesPara, para, section, table, texts } from './layout-helpers';

const styles = reportStyles('#1f6f8b');

describe('fitColumns', () => {
  it('gives every column its min-content width and shares the rest by the hints', () => {
    const widths = fitColumns(
      [
        { min: 40, max: 400, hint: 1 },
        { min: 120, max: 900, hint: 3 },
      ],
      400,
    );
    expect(widths[0] + widths[1]).toBeCloseTo(400, 6);
    expect(widths[0]).toBeCloseTo(100, 6);
    expect(widths[1]).toBeCloseTo(300, 6);
    // A hint that would squeeze a column below its longest word yields to the content.
    const pinned = fitColumns(
      [
        { min: 150, max: 400, hint: 1 },
        { min: 20, max: 900, hint: 9 },
      ],
      400,
    );
    expect(pinned[0]).toBeCloseTo(150, 6);
    expect(pinned[1]).toBeCloseTo(250, 6);
  });

  it('without hints, grows with the content like a browser, and stops short columns at max-content', () => {
    const widths = fitColumns(
      [
        { min: 30, max: 60, hint: 1 },
        { min: 50, max: 1000, hint: 1 },
      ],
      400,
    );
    expect(widths[0] + widths[1]).toBeCloseTo(400, 6);
    expect(widths[0]).toBeLessThan(60 + 1e-6);
    expect(widths[0]).toBeGreaterThanOrEqual(30);
    const roomy = fitColumns(
      [
        { min: 10, max: 50, hint: 1 },
        { min: 10, max: 150, hint: 1 },
      ],
      400,
    );
    expect(roomy[0]).toBeCloseTo(100, 6);
    expect(roomy[1]).toBeCloseTo(300, 6);
  });

  it('caps only the widest columns when the longest words cannot fit side by side', () => {
    const widths = fitColumns(
      [
        { min: 60, max: 80, hint: 1 },
        { min: 26000, max: 26000, hint: 1 },
        { min: 70, max: 90, hint: 1 },
      ],
      450,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(450, 6);
    expect(widths[0]).toBeCloseTo(60, 6);
    expect(widths[2]).toBeCloseTo(70, 6);
    expect(widths[1]).toBeCloseTo(320, 6);
  });
});

describe('tables', () => {
  const rows = Array.from({ length: 150 }, (_, i) => [`r${i}`, `cel ${i} met wat tekst`]);

  it('repeat the header rows at the top of every page the table continues on, with the caption above', () => {
    const { pages } = layoutFake(doc([section('T', [para('voor'), table(['Kolom A', 'Kolom B'], rows, { number: 2, caption: 'Lange tabel' })])]));
    const withRows = pages.filter((page) => texts(page).some((t) => /^r\d+$/.test(t.text)));
    expect(withRows.length).toBeGreaterThanOrEqual(3);
    for (const page of withRows) {
      const items = texts(page);
      const header = items.find((t) => t.text === 'Kolom A');
      const firstRow = items.find((t) => /^r\d+$/.test(t.text));
      expect(header, 'header on every page').toBeDefined();
      expect(header!.baseline).toBeLessThan(firstRow!.baseline);
      expect(header!.style.color).toEqual([1, 1, 1]);
      expect(page.items.some((item) => item.kind === 'rect' && item.fill !== undefined && item.y < firstRow!.baseline)).toBe(true);
    }
    const caption = texts(pages[0]).find((t) => t.text.startsWith('Tabel 2.'));
    expect(caption).toBeDefined();
    expect(caption!.baseline).toBeLessThan(texts(pages[0]).find((t) => t.text === 'Kolom A')!.baseline);
    // Every row appears exactly once.
    const seen = pages.flatMap(texts).filter((t) => /^r\d+$/.test(t.text)).map((t) => t.text);
    expect(seen).toEqual(rows.map((row) => row[0]));
    expectInsideMargins(pages);
  });

  it('splits a row taller than a page between lines, the rest under a repeated header, two lines at least each side', () => {
    const tall: Block[] = Array.from({ length: 120 }, (_, i) => para(`regel${i}`));
    const report = doc([
      section('T', [
        linesPara(20, 'f'),
        table(['Kop 1', 'Kop 2'], [['a', 'b']], {}),
      ]),
    ]);
    const tableBlock = report.sections[0].blocks[1] as Extract<Block, { type: 'table' }>;
    tableBlock.rows.push([{ blocks: [para('lang')] }, { blocks: tall }]);
    const { pages } = layoutFake(report);
    const pagesWithLines = pages.map((page) => texts(page).filter((t) => t.text.startsWith('regel')).length).filter((n) => n > 0);
    expect(pagesWithLines.length).toBeGreaterThanOrEqual(2);
    expect(pagesWithLines.reduce((a, b) => a + b, 0)).toBe(120);
    for (const count of pagesWithLines) expect(count).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(1)) if (texts(page).some((t) => t.text.startsWith('regel'))) expect(texts(page).some((t) => t.text === 'Kop 1')).toBe(true);
    expectInsideMargins(pages);
  });

  it('moves a short row whole rather than splitting it', () => {
    for (const filler of [40, 41, 42, 43, 44, 45]) {
      const report = doc([section('T', [linesPara(filler, 'f'), table(['K'], [['x'], ['y']])])]);
      const tableBlock = report.sections[0].blocks[1] as Extract<Block, { type: 'table' }>;
      tableBlock.rows.push([{ blocks: [para('drie1'), para('drie2'), para('drie3')] }]);
      const { pages } = layoutFake(report);
      const where = pages.flatMap((page, index) => texts(page).filter((t) => t.text.startsWith('drie')).map(() => index));
      expect(new Set(where).size, `filler ${filler}`).toBe(1);
    }
  });

  it('keeps a cell with a 5,000-character word inside its column', () => {
    const word = 'w'.repeat(5000);
    const { pages } = layoutFake(doc([section('T', [table(['Kort', 'Lang', 'Ook'], [['a', word, 'c']])])]));
    expectInsideMargins(pages);
    const a = texts(pages[0]).find((t) => t.text === 'a')!;
    const c = texts(pages[0]).find((t) => t.text === 'c')!;
    for (const piece of pages.flatMap(texts).filter((t) => t.text.startsWith('w'))) {
      expect(piece.x).toBeGreaterThan(a.x);
      expect(piece.x + piece.width).toBeLessThan(c.x);
    }
  });
});

describe('lists', () => {
  const list = (ordered: boolean, items: Block[][]): ListBlock => ({ type: 'list', id: `l-${Math.random()}`, ordered, items });

  it('hang the text one indent in, labels in the hang, nested lists one indent deeper with "–"', () => {
    const long = 'lang '.repeat(60);
    const nested = list(false, [[para('binnen een')], [para('binnen twee')]]);
    const report = doc([section('L', [list(false, [[para(`buiten ${long}`), nested], [para('tweede')]])])]);
    const { pages } = layoutFake(report);
    const items = texts(pages[0]);
    const left = A4.marginLeft;
    const hang = styles.listHang;
    const outer = items.find((t) => t.text.startsWith('buiten'))!;
    expect(outer.x).toBeCloseTo(left + hang, 6);
    // The wrapped lines of the item align with its first line (hanging indent).
    const continuation = items.filter((t) => t.text.startsWith('lang'));
    expect(continuation.length).toBeGreaterThan(0);
    for (const line of continuation) expect(line.x).toBeCloseTo(left + hang, 6);
    const inner = items.find((t) => t.text.startsWith('binnen een'))!;
    expect(inner.x).toBeCloseTo(left + 2 * hang, 6);
    const bullets = items.filter((t) => t.text === '•');
    const dashes = items.filter((t) => t.text === '–');
    expect(bullets).toHaveLength(2);
    expect(dashes).toHaveLength(2);
    for (const bullet of bullets) expect(bullet.x + bullet.width).toBeCloseTo(left + hang - styles.listLabelGap, 6);
    for (const dash of dashes) expect(dash.x).toBeGreaterThanOrEqual(left + hang);
    expect(bullets[0].baseline).toBeCloseTo(outer.baseline, 6);
  });

  it('right-align numbers in the hang, widened for two-digit labels', () => {
    const items = Array.from({ length: 12 }, (_, i) => [para(`punt ${i + 1}`)]);
    const { pages } = layoutFake(doc([section('L', [list(true, items)])]));
    const labels = texts(pages[0]).filter((t) => /^\d+\.$/.test(t.text));
    expect(labels.map((t) => t.text)).toEqual(items.map((_, i) => `${i + 1}.`));
    const rights = labels.map((t) => t.x + t.width);
    for (const right of rights) expect(right).toBeCloseTo(rights[0], 6);
    const text = texts(pages[0]).find((t) => t.text === 'punt 10')!;
    expect(text.x - rights[0]).toBeCloseTo(styles.listLabelGap, 6);
    expect(labels[0].x).toBeGreaterThanOrEqual(A4.marginLeft);
    expect(textWidthOf(A4)).toBeGreaterThan(0);
  });
});
