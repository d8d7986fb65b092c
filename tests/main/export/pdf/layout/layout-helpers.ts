// Shared pieces for the layout tests: small ReportDocs built by hand, the
// dependencies of layoutBody (fake or real text tools), and the check that
// nothing on a page lies outside the margins.

import { expect } from 'vitest';
import type { Block, ReportDoc, Run, Section, TableBlock } from '../../../../../src/shared/report/doc';
import { layoutBody } from '../../../../../src/main/export/pdf/layout/layout-body';
import { A4, type PageFrame, type PageGeometry, type PageItem } from '../../../../../src/main/export/pdf/layout/types';
import type { LayoutDeps } from '../../../../../src/main/export/pdf/layout/context';
import { fakeBreakLines, fakeMeasurer } from './fake-text';

export function doc(sections: Section[], extra: Partial<ReportDoc> = {}): ReportDoc {
  return {
    meta: {
      title: 'Rapport',
      subtitle: '',
      client: 'Gemeente Test',
      organisation: 'Bureau',
      authors: ['A. Auteur'],
      date: '2026-11-22',
      status: 'draft',
      statusLabel: 'Concept',
      language: 'nl',
      accentColor: '#1f6f8b',
      logo: null,
      keywords: [],
      subject: '',
    },
    titlePage: false,
    toc: false,
    labels: { page: 'Pagina', of: 'van', contents: 'Inhoudsopgave', figure: 'Figuur', table: 'Tabel', comments: 'Opmerkingen' },
    sections,
    comments: [],
    includeComments: false,
    ...extra,
  } as ReportDoc;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(counter += 1)}`;

export function section(title: string, blocks: Block[], options: Partial<Section> = {}): Section {
  const id = nextId('s');
  return { id, key: 'context', anchor: `sec-${id}`, title, level: 1, blocks, children: [], ...options } as Section;
}

export function para(text: string | Run[], options: Partial<Block> = {}): Block {
  return { type: 'paragraph', id: nextId('p'), runs: typeof text === 'string' ? [{ text }] : text, ...options } as Block;
}

export function heading(text: string, level: 2 | 3 = 2): Block {
  const id = nextId('h');
  return { type: 'heading', id, level, text, anchor: `head-${id}` };
}

/** A paragraph of exactly `lines` lines with the fake tools in the A4 text width: one 70-character word per line. */
export function linesPara(lines: number, tag = 'x'): Block {
  const words = Array.from({ length: lines }, (_, index) => `${tag}${index}`.padEnd(70, 'a'));
  return para(words.join(' '));
}

export function table(columns: string[], rows: string[][], options: Partial<TableBlock> = {}): TableBlock {
  return {
    type: 'table',
    id: nextId('t'),
    columns: columns.map((header) => ({ header, width: 1 })),
    headerRows: [],
    rows: rows.map((row) => row.map((text) => ({ blocks: [para(text)] }))),
    repeatHeader: true,
    caption: 'Een tabel',
    number: 1,
    ...options,
  };
}

export const fakeDeps = (geometry: PageGeometry = A4): LayoutDeps => ({
  measurer: fakeMeasurer,
  breakLines: fakeBreakLines,
  geometry,
  figureSize: () => ({ width: 400, height: 300 }),
});

export const layoutFake = (report: ReportDoc, geometry: PageGeometry = A4) => layoutBody(report, fakeDeps(geometry));

/** Every text item of a page. */
export const texts = (page: PageFrame) => page.items.filter((item): item is Extract<PageItem, { kind: 'text' }> => item.kind === 'text');

/** The page's text in reading order, one string. */
export const pageText = (page: PageFrame) => texts(page).map((item) => item.text).join(' ');

const EPS = 0.01;

/**
 * Nothing outside the margins: every text item's [x, x + width], every box and
 * rule inside [marginLeft, width - marginRight], baselines and boxes inside
 * [marginTop, height - marginBottom]. Returns how many items were checked.
 */
export function expectInsideMargins(pages: readonly PageFrame[], geometry: PageGeometry = A4): number {
  const left = geometry.marginLeft - EPS;
  const right = geometry.width - geometry.marginRight + EPS;
  const top = geometry.marginTop - EPS;
  const bottom = geometry.height - geometry.marginBottom + EPS;
  const problems: string[] = [];
  let checked = 0;
  const check = (ok: boolean, pageIndex: number, item: PageItem) => {
    checked += 1;
    if (!ok && problems.length < 5) problems.push(`page ${pageIndex + 1}: ${JSON.stringify(item).slice(0, 200)}`);
  };
  pages.forEach((page, pageIndex) => {
    for (const item of page.items) {
      switch (item.kind) {
        case 'text':
          check(item.x >= left && item.x + item.width <= right && item.baseline >= top && item.baseline <= bottom && item.width >= 0, pageIndex, item);
          break;
        case 'line':
          check(Math.min(item.x1, item.x2) >= left && Math.max(item.x1, item.x2) <= right && Math.min(item.y1, item.y2) >= top && Math.max(item.y1, item.y2) <= bottom, pageIndex, item);
          break;
        case 'anchor':
          check(item.y >= top && item.y <= bottom, pageIndex, item);
          break;
        case 'comment':
          check(item.x >= left && item.x <= right && item.y >= top && item.y <= bottom, pageIndex, item);
          break;
        default:
          check(item.x >= left && item.x + item.width <= right && item.y >= top && item.y + item.height <= bottom, pageIndex, item);
      }
    }
  });
  expect(problems).toEqual([]);
  return checked;
}
