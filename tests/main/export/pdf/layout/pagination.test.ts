// The pagination rules, with the deterministic fake text tools so the lines
// per page are known: every case is tried at every filler length around a
// page's end, so whichever line lands last on a page, the rule must hold.

import { describe, expect, it } from 'vitest';
import { itemAnchor } from '../../../../../src/main/export/pdf/layout/blocks';
import { layoutBody } from '../../../../../src/main/export/pdf/layout/layout-body';
import { paginate } from '../../../../../src/main/export/pdf/layout/paginate';
import { moveItem, shiftItem } from '../../../../../src/main/export/pdf/layout/slices';
import { A4, type PageFrame, type PageItem } from '../../../../../src/main/export/pdf/layout/types';
import { AppError } from '../../../../../src/shared/errors';
import type { Block } from '../../../../../src/shared/report/doc';
import { doc, expectInsideMargins, fakeDeps, heading, layoutFake, linesPara, para, section, texts } from './layout-helpers';

/** Page index of every text item starting with `prefix`, in order. */
function pagesOf(pages: readonly PageFrame[], prefix: string): number[] {
  return pages.flatMap((page, index) => texts(page).filter((item) => item.text.startsWith(prefix)).map(() => index));
}

/** How many of the items starting with `prefix` each page holds (pages without any left out). */
function perPage(pages: readonly PageFrame[], prefix: string): number[] {
  const counts = new Map<number, number>();
  for (const index of pagesOf(pages, prefix)) counts.set(index, (counts.get(index) ?? 0) + 1);
  return [...counts.values()];
}

const FILLERS = Array.from({ length: 12 }, (_, index) => 38 + index);

describe('widows and orphans', () => {
  it('never leaves a single line of a paragraph at the bottom or top of a page', () => {
    for (const filler of FILLERS) {
      for (const size of [4, 5, 7]) {
        const { pages } = layoutFake(doc([section('H', [linesPara(filler, 'f'), linesPara(size, 'w'), linesPara(3, 'z')])]));
        const split = perPage(pages, 'w');
        expect(split.reduce((a, b) => a + b, 0)).toBe(size);
        for (const count of split) expect(count, `filler ${filler}, ${size} lines: ${split.join('+')}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('moves paragraphs of two and three lines whole, and does split longer ones when needed', () => {
    let splits = 0;
    for (const filler of FILLERS) {
      for (const size of [2, 3]) {
        const { pages } = layoutFake(doc([section('H', [linesPara(filler, 'f'), linesPara(size, 'w')])]));
        expect(perPage(pages, 'w')).toEqual([size]);
      }
      const { pages } = layoutFake(doc([section('H', [linesPara(filler, 'f'), linesPara(6, 'w')])]));
      if (perPage(pages, 'w').length > 1) splits += 1;
    }
    // The rule does not just move everything: long paragraphs still fill pages.
    expect(splits).toBeGreaterThan(0);
  });
});

describe('headings', () => {
  it('keep with at least two lines of what follows and never end a page', () => {
    for (const filler of FILLERS) {
      for (const next of [1, 2, 5]) {
        const blocks: Block[] = [linesPara(filler, 'f'), heading('Kopje'), linesPara(next, 'n'), linesPara(4, 'm')];
        const { pages, headings } = layoutFake(doc([section('Hoofdstuk', blocks)]));
        const entry = headings.find((h) => h.text === 'Kopje');
        expect(entry).toBeDefined();
        const following = [...pagesOf(pages, 'n'), ...pagesOf(pages, 'm')].slice(0, 2);
        expect(following, `filler ${filler}, next ${next}`).toEqual([entry!.pageIndex, entry!.pageIndex]);
        // The heading is never the last text on its page.
        const lastText = texts(pages[entry!.pageIndex]).at(-1);
        expect(lastText?.text).not.toBe('Kopje');
      }
    }
  });

  it('start every chapter on a new page and honour explicit page breaks', () => {
    const report = doc([
      section('Een', [para('eerste'), { type: 'pageBreak', id: 'pb' }, para('na de pagina-einde')]),
      section('Twee', [para('tweede')]),
    ]);
    const { pages, headings } = layoutFake(report);
    expect(pages.map((page) => texts(page).map((item) => item.text))).toEqual([['Een', 'eerste'], ['na de pagina-einde'], ['Twee', 'tweede']]);
    expect(headings.map((h) => [h.text, h.pageIndex, h.level])).toEqual([
      ['Een', 0, 1],
      ['Twee', 2, 1],
    ]);
    expect(headings[0].y).toBeCloseTo(A4.marginTop, 6);
  });
});

describe('anchors', () => {
  it('places one anchor for every section, heading block and shown item, on the heading’s page', () => {
    const child = section('Sub', [heading('Diep', 3), para('tekst', { itemId: 'item-7' } as Partial<Block>)], { level: 2, itemId: 'seg-1' });
    const report = doc([section('Een', [linesPara(45, 'f'), heading('Kop')], { children: [child] }), section('Twee', [para('x', { itemId: 'item-7' } as Partial<Block>), { type: 'list', id: 'l1', itemId: 'lst', ordered: false, items: [[para('punt')]] }])]);
    const { pages, headings } = layoutFake(report);
    const anchors = pages.flatMap((page, index) => page.items.flatMap((item) => (item.kind === 'anchor' ? [{ anchor: item.anchor, index, y: item.y }] : [])));
    const names = anchors.map((a) => a.anchor);
    const expected = [report.sections[0].anchor, (report.sections[0].blocks[1] as { anchor: string }).anchor, child.anchor, 'item-seg-1', (child.blocks[0] as { anchor: string }).anchor, 'item-item-7', report.sections[1].anchor, 'item-lst'];
    expect([...names].sort()).toEqual([...expected].sort());
    for (const h of headings) {
      const anchor = anchors.find((a) => a.anchor === h.anchor);
      expect(anchor?.index).toBe(h.pageIndex);
      expect(anchor?.y).toBeCloseTo(h.y, 6);
    }
    expect(headings.map((h) => [h.text, h.level])).toEqual([['Een', 1], ['Kop', 2], ['Sub', 2], ['Diep', 3], ['Twee', 1]]);
  });
});

describe('links and comments', () => {
  it('links each line piece of linked text and marks each comment once, only when comments are included', () => {
    const runs = [{ text: 'Lees ' }, { text: 'het rapport over ouderbetrokkenheid '.repeat(6), href: 'https://example.org/r', commentIds: ['c1'] }, { text: 'en', href: '#sec-x' }];
    const comment = { id: 'c2', itemId: null, anchorBlockId: 'pc', author: { name: 'A', role: 'B' }, initials: 'A', date: '2026-01-01', body: 'x', quote: '', replies: [] };
    const c1 = { ...comment, id: 'c1' };
    const block = { type: 'paragraph', id: 'pc', runs } as Block;
    const withComments = layoutFake(doc([section('L', [block])], { comments: [comment, c1], includeComments: true }));
    const items = withComments.pages[0].items;
    const links = items.filter((item) => item.kind === 'link');
    expect(links.filter((l) => l.kind === 'link' && l.target.kind === 'uri').length).toBeGreaterThanOrEqual(2);
    expect(links.some((l) => l.kind === 'link' && l.target.kind === 'anchor' && l.target.anchor === 'sec-x')).toBe(true);
    const linkedTexts = texts(withComments.pages[0]).filter((t) => t.text.includes('rapport'));
    for (const t of linkedTexts) expect(t.style.underline).toBe(true);
    expect(items.filter((item) => item.kind === 'comment').map((item) => item.kind === 'comment' && item.commentId).sort()).toEqual(['c1', 'c2']);
    const without = layoutFake(doc([section('L', [block])], { comments: [comment, c1], includeComments: false }));
    expect(without.pages[0].items.some((item) => item.kind === 'comment')).toBe(false);
  });
});

describe('figures', () => {
  it('keep the caption with the figure, move to the next page when needed, and scale down when taller than a page', () => {
    const figure = (id: string): Block => ({ type: 'figure', id, figure: { kind: 'scale', name: 's', levels: [] }, alt: 'alt', caption: `Onderschrift ${id}`, number: 3 });
    for (const filler of [20, 35, 44]) {
      const { pages } = layoutBody(doc([section('F', [linesPara(filler, 'f'), figure('a')])]), { ...fakeDeps(), figureSize: () => ({ width: 900, height: 3000 }) });
      expectInsideMargins(pages);
      const box = pages.flatMap((page, index) => page.items.filter((i) => i.kind === 'figure').map(() => index));
      expect(box).toHaveLength(1);
      expect(pagesOf(pages, 'Figuur 3.')).toEqual(box);
    }
  });
});

describe('page geometry', () => {
  it('refuses a page without room for text with a coded error', () => {
    const geometry = { ...A4, marginLeft: 400, marginRight: 400 };
    const error = (() => {
      try {
        layoutFake(doc([section('X', [para('x')])]), geometry);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('EXPORT_LAYOUT_PAGE');
  });
});

describe('placing slices', () => {
  const item = (kind: PageItem['kind']): PageItem => {
    switch (kind) {
      case 'text':
        return { kind, x: 10, baseline: 12.5, text: 'a', style: { face: 'regular', size: 11, color: [0, 0, 0] }, width: 5 };
      case 'line':
        return { kind, x1: 1, y1: 2.25, x2: 3, y2: 4.75, color: [0, 0, 0], width: 0.5 };
      case 'anchor':
        return { kind, anchor: 'x', y: 3.5 };
      case 'comment':
        return { kind, commentId: 'c', x: 4, y: 0.1 };
      case 'link':
        return { kind, x: 1, y: 0.3, width: 2, height: 3, target: { kind: 'uri', uri: 'https://example.org' } };
      default:
        return { kind: 'rect', x: 1, y: 0.7, width: 2, height: 3 };
    }
  };

  it('moves an item in place exactly as shiftItem copies it', () => {
    for (const kind of ['text', 'line', 'anchor', 'comment', 'link', 'rect'] as const) {
      const original = item(kind);
      const copied = shiftItem(original, 101.3);
      const moved = moveItem(original, 101.3);
      expect(moved).toBe(original);
      expect(moved).toEqual(copied);
    }
  });

  it('copies the items of table header rows, which pages place again, and moves all others', () => {
    const header = { height: 20, spaceBefore: 0, spaceAfter: 0, keepWithNext: true, items: [item('text')] };
    const rows = Array.from({ length: 60 }, () => ({ height: 20, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, items: [item('text')], repeat: [header] }));
    const { pages } = paginate([header, ...rows], A4);
    expect(pages.length).toBeGreaterThan(1);
    // The header slice keeps its own coordinates (relative to its top) for each page that repeats it.
    expect(header.items[0]).toEqual(item('text'));
    const headerBaselines = pages.map((page) => (page.items[0] as Extract<PageItem, { kind: 'text' }>).baseline);
    expect(new Set(headerBaselines).size).toBe(1);
    expect(headerBaselines[0]).toBe(A4.marginTop + 12.5);
    // A row's item is the one the page holds, moved to its place.
    expect(pages[0].items[1]).toBe(rows[0].items[0]);
    expect((rows[0].items[0] as Extract<PageItem, { kind: 'text' }>).baseline).toBe(A4.marginTop + 20 + 12.5);
  });
});

describe('item anchors', () => {
  it('are named after the item, one string per item however often it is asked for', () => {
    const first = itemAnchor(['int', 'erview-7'].join(''));
    expect(first).toBe('item-interview-7');
    expect(itemAnchor('interview-7')).toBe(first);
    expect(itemAnchor('interview-8')).toBe('item-interview-8');
  });
});
