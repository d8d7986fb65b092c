// layoutBody with the real fonts and line breaker on the documents most likely
// to push something off the page: the sample report, a 5,000-character word,
// a 300-character URL and a 400-row table with long cells.

import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocFor } from '../../../../../src/main/export/export-report';
import { createMeasurer } from '../../../../../src/main/export/pdf/layout/fonts';
import { layoutBody } from '../../../../../src/main/export/pdf/layout/layout-body';
import { breakLines } from '../../../../../src/main/export/pdf/layout/line-break';
import { A4, type PageFrame } from '../../../../../src/main/export/pdf/layout/types';
import type { LayoutDeps } from '../../../../../src/main/export/pdf/layout/context';
import { readProjectFile } from '../../../../../src/main/store/read-project-file';
import type { Block, ReportDoc } from '../../../../../src/shared/report/doc';
import { docBlocks, visitSections } from '../../../../../src/shared/report/walk';
import { doc, expectInsideMargins, heading, para, section, table, texts } from './layout-helpers';

const samples = resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'samples');
const realDeps = (): LayoutDeps => ({ measurer: createMeasurer(), breakLines, geometry: A4, figureSize: () => ({ width: 480, height: 320 }) });
const anchorsOf = (pages: PageFrame[]) => new Set(pages.flatMap((page) => page.items.flatMap((item) => (item.kind === 'anchor' ? [item.anchor] : []))));

describe('layoutBody with the real text tools', () => {
  let sample: ReportDoc;
  beforeAll(async () => {
    const project = (await readProjectFile(join(samples, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
    sample = reportDocFor(project, 'nl');
  }, 120_000);

  it('keeps everything of the sample report inside the margins and anchors every heading and section', () => {
    const { pages, headings } = layoutBody(sample, realDeps());
    expect(pages.length).toBeGreaterThan(10);
    expect(expectInsideMargins(pages)).toBeGreaterThan(1000);
    const anchors = anchorsOf(pages);
    visitSections(sample.sections, (s) => expect(anchors.has(s.anchor), s.anchor).toBe(true));
    for (const block of docBlocks(sample)) if (block.type === 'heading') expect(anchors.has(block.anchor), block.anchor).toBe(true);
    // Every section title is a heading entry, in reading order, with non-decreasing pages.
    let sectionCount = 0;
    visitSections(sample.sections, () => (sectionCount += 1));
    expect(headings.length).toBeGreaterThanOrEqual(sectionCount);
    for (let i = 1; i < headings.length; i += 1) expect(headings[i].pageIndex).toBeGreaterThanOrEqual(headings[i - 1].pageIndex);
    // No text of the report is lost: every word of every body paragraph appears on some page.
    const all = pages.flatMap(texts).map((item) => item.text).join(' ');
    const firstParagraph = docBlocks(sample).find((block) => block.type === 'paragraph');
    if (firstParagraph?.type !== 'paragraph') throw new Error('sample has no paragraph');
    for (const word of firstParagraph.runs.map((run) => run.text).join('').split(/\s+/).slice(0, 5)) expect(all).toContain(word.replace(/[^\p{L}]/gu, '').slice(0, 4));
  });

  it('breaks a 5,000-character word inside the margins, also in a table cell', () => {
    const word = 'a'.repeat(2500) + 'b'.repeat(2500);
    const report = doc([section('Lang', [para(`Voor ${word} na`), table(['Kort', 'Lang'], [['x', word]])])]);
    const { pages } = layoutBody(report, realDeps());
    expect(pages.length).toBeGreaterThan(1);
    expectInsideMargins(pages);
    const setText = pages.flatMap(texts).map((item) => item.text).join('');
    expect(setText.replace(/[^ab]/g, '').length).toBeGreaterThanOrEqual(2 * 5000);
  });

  it('keeps absurdly long headings, captions and table headers inside the margins', () => {
    const word = 'kop'.repeat(1700);
    const figure: Block = { type: 'figure', id: 'fig', figure: { kind: 'scale', name: 's', levels: [] }, alt: 'a', caption: word, number: 1 };
    const report = doc([
      section(word, [heading(word), para('tekst'), figure, table([word, 'B'], [['a', 'b']], { caption: word, headerRows: [[{ blocks: [para(word)] }, { blocks: [para('x')] }]] })]),
    ]);
    const { pages, headings } = layoutBody(report, realDeps());
    expectInsideMargins(pages);
    expect(headings).toHaveLength(2);
    expect(pages.flatMap((page) => page.items).filter((item) => item.kind === 'figure')).toHaveLength(1);
  });

  it('keeps a 300-character URL link inside the margins with link areas over each line piece', () => {
    const url = `https://www.example.org/${'pad/'.repeat(69)}x`;
    expect(url.length).toBeGreaterThanOrEqual(300);
    const report = doc([section('Link', [para([{ text: 'Zie ' }, { text: url, href: url }, { text: ' voor meer.' }])])]);
    const { pages } = layoutBody(report, realDeps());
    expectInsideMargins(pages);
    const links = pages[0].items.filter((item) => item.kind === 'link');
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.kind === 'link' && link.target).toEqual({ kind: 'uri', uri: url });
  });

  it('sets a 400-row table with long cells inside the margins', () => {
    const long = 'Ouders worden betrokken bij de voorschool door huisbezoeken, koffieochtenden en thuisactiviteiten. ';
    const rows = Array.from({ length: 400 }, (_, i) => [`Rij ${i + 1}`, long.repeat(1 + (i % 4)), `Veld-${i}-${'x'.repeat(i % 40)}`]);
    const report = doc([section('Tabel', [table(['Nr', 'Omschrijving', 'Code'], rows)])]);
    const { pages } = layoutBody(report, realDeps());
    expect(pages.length).toBeGreaterThan(20);
    expectInsideMargins(pages);
  });
});
