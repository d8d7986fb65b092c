import { describe, expect, it } from 'vitest';
import { addOutline, outlineTree } from '../../../../../src/main/export/pdf/document/outline';
import { A4, type LaidOutHeading } from '../../../../../src/main/export/pdf/layout/types';
import { AppError } from '../../../../../src/shared/errors';
import { pdfjsOutline, qpdfCheck, qpdfObjects, type OutlineNode } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

const h = (level: 1 | 2 | 3, text: string, pageIndex: number, y: number): LaidOutHeading => ({ level, text, anchor: `a-${text}`, pageIndex, y });

const headings: LaidOutHeading[] = [
  h(1, '1 Aanleiding & uitdaging', 0, 72),
  h(2, '1.1 Achtergrond', 0, 300),
  h(2, '1.2 Onderzoeksvragen', 1, 90),
  h(3, '1.2.1 Wie fietst er?', 1, 400),
  h(1, '2 Doelgroep "ouders" <gedrag>', 2, 72),
  h(3, '2.0.1 Direct niveau 3 — één', 2, 500),
  h(1, '3 Advies 🚲', 3, 100),
];

/** What the outline should be: titles, nesting, page and top (PDF y from the bottom). */
const expected = (nodes: ReturnType<typeof outlineTree>): OutlineNode[] =>
  nodes.map((node) => ({
    title: node.heading.text,
    pageIndex: node.heading.pageIndex,
    top: Math.round((A4.height - node.heading.y) * 100) / 100,
    fit: 'XYZ',
    items: expected(node.children),
  }));

describe('outlineTree', () => {
  it('nests by level and attaches a skipped level to the nearest lower heading', () => {
    const tree = outlineTree(headings);
    expect(tree.map((n) => n.heading.text)).toEqual(['1 Aanleiding & uitdaging', '2 Doelgroep "ouders" <gedrag>', '3 Advies 🚲']);
    expect(tree[0].children.map((n) => n.heading.text)).toEqual(['1.1 Achtergrond', '1.2 Onderzoeksvragen']);
    expect(tree[0].children[1].children.map((n) => n.heading.text)).toEqual(['1.2.1 Wie fietst er?']);
    expect(tree[1].children.map((n) => n.heading.text)).toEqual(['2.0.1 Direct niveau 3 — één']);
    // Headings before any level 1 stay at the top.
    expect(outlineTree([h(2, 'x', 0, 0), h(1, 'y', 0, 0)]).map((n) => n.heading.text)).toEqual(['x', 'y']);
  });
});

describe('addOutline', () => {
  it('writes bookmarks that pdf.js reads back as the heading tree, with page and height', async () => {
    const pdf = await tinyPdf(4);
    addOutline(pdf, headings);
    const file = await savePdf(pdf, 'outline.pdf');
    expect((await qpdfCheck(file)).ok).toBe(true);
    const outline = await pdfjsOutline(file);
    expect(outline).toEqual(expected(outlineTree(headings)));
    expect(outline[0].items[1].pageIndex).toBe(1);
    expect(outline[0].items[1].top).toBeCloseTo(A4.height - 90, 1);
  });

  it('opens the top level, closes deeper levels, and opens the viewer on the bookmarks', async () => {
    const pdf = await tinyPdf(4);
    addOutline(pdf, headings);
    const objects = await qpdfObjects(await savePdf(pdf, 'outline-counts.pdf'));
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, string>;
    expect(catalog['/PageMode']).toBe('/UseOutlines');
    const root = objects.get(catalog['/Outlines']) as Record<string, string | number>;
    expect(root['/Type']).toBe('/Outlines');
    // Visible when opening: 3 top-level items + 2 children of the first + 1 child of the second.
    expect(root['/Count']).toBe(6);
    const first = objects.get(root['/First'] as string) as Record<string, string | number>;
    expect(first['/Count']).toBe(2);
    const secondChild = objects.get((objects.get(first['/First'] as string) as Record<string, string>)['/Next']) as Record<string, number>;
    expect(secondChild['/Count']).toBe(-1);
    const last = objects.get(root['/Last'] as string) as Record<string, string | number>;
    expect(last['/Count']).toBeUndefined();
    expect(last['/Next']).toBeUndefined();
    expect(objects.get(last['/Parent'] as string)).toEqual(root);
  });

  it('opens more levels on request', async () => {
    const pdf = await tinyPdf(4);
    addOutline(pdf, headings, { openLevels: 2 });
    const objects = await qpdfObjects(await savePdf(pdf, 'outline-open2.pdf'));
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, string>;
    expect((objects.get(catalog['/Outlines']) as Record<string, number>)['/Count']).toBe(7);
  });

  it('adds nothing without headings', async () => {
    const pdf = await tinyPdf(1);
    addOutline(pdf, []);
    const file = await savePdf(pdf, 'no-outline.pdf');
    expect(await pdfjsOutline(file)).toEqual([]);
  });

  it('refuses a heading on a page that does not exist with a coded error', async () => {
    const pdf = await tinyPdf(2);
    const attempt = () => addOutline(pdf, [h(1, 'Te ver', 5, 10)]);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(/INTERNAL.*page 6 of 2/);
    expect(() => addOutline(pdf, [h(1, 'NaN', 0, Number.NaN)])).toThrow(AppError);
  });
});
