// The report body written as WordprocessingML text must be the very body the
// docx library writes from the same ReportDoc: compared part by part (ids
// that are only unique numbers renumbered, relationship ids replaced by what
// they point at), read back by pandoc, and checked as a package — every XML
// part well-formed for a strict XML parser (Chromium's), every relationship,
// list numbering, bookmark, comment and drawing id it uses defined once.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReportDoc, Run } from '../../../../src/shared/report/doc';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import { sampleDoc, tempDir } from './docx-helpers';
import { mainRelationships, normalisedBody, packageParts, partText } from './package-reading';
import { renderDocxWithReferenceBody } from './reference/render-reference';

const nasty = 'A <b>&amp; "x" \'y\' ]]> é 👩‍👧 \u0001\u000b\ud800 end\uffff';
const para = (id: string, runs: Run[], extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({ type: 'paragraph', id, runs, ...extra });

/** The sample report plus every construct the body writer has a branch for. */
function variedDoc(): ReportDoc {
  const doc = sampleDoc('nl');
  const first = doc.sections[0];
  const nested = (depth: number): Block => ({
    type: 'list',
    id: `l-deep-${depth}`,
    ordered: depth % 2 === 0,
    items: [[para(`p-deep-${depth}`, [{ text: `niveau ${depth}` }]), ...(depth < 4 ? [nested(depth + 1)] : [])]],
  });
  first.blocks.unshift(
    { type: 'heading', id: 'h-v', level: 3, text: `Kop\n${nasty}`, anchor: 'varied heading', commentIds: [doc.comments[0].id], itemId: 'varied-item' },
    para('p-v', [
      { text: 'vet uit ', bold: false, italic: false },
      { text: 'regel een\nregel twee\n', commentIds: [doc.comments[0].id] },
      { text: 'windows\r\nregel\rmac\ttab' },
      { text: 'nog steeds', commentIds: [doc.comments[0].id], italic: true },
      { text: 'met anker', href: 'https://example.org/pad?q=1#deel-2' },
      { text: 'lang anker', href: `https://example.org/#${'x'.repeat(300)}` },
      { text: 'spatie', href: 'https://example.org/a b' },
      { text: 'onbekend', href: '#no such anchor' },
      { text: nasty, bold: true },
    ]),
    { type: 'quote', id: 'q-v', runs: [{ text: 'zonder bron', bold: false }], attribution: '' },
    { type: 'quote', id: 'q-v2', runs: [{ text: 'met spaties' }], attribution: '   ' },
    { type: 'pageBreak', id: 'pb-v' },
    nested(0),
    {
      type: 'list',
      id: 'l-v',
      ordered: true,
      items: [
        [para('p-v-1', [{ text: 'eerste' }], { itemId: 'varied-item-2' }), para('p-v-1b', [{ text: 'vervolg' }]), { type: 'quote', id: 'q-v-1', runs: [{ text: 'citaat' }], attribution: 'R01' }],
        [],
        [nested(1)],
      ],
    },
    {
      type: 'table',
      id: 't-v',
      columns: [
        { header: 'Een', width: 1 },
        { header: 'Twee', width: 2 },
        { header: nasty, width: 0 },
      ],
      headerRows: [[{ blocks: [para('p-v-h', [{ text: 'groep' }])] }, { blocks: [] }, { blocks: [] }]],
      rows: [
        [
          { blocks: [para('p-v-c', [{ text: 'hangend' }], { hangingIndent: true })] },
          { blocks: [nested(2), { type: 'heading', id: 'h-v-c', level: 2, text: 'in cel', anchor: 'in cel' }] },
          { blocks: [] },
        ],
        [{ blocks: [] }],
      ],
      repeatHeader: true,
      caption: `Bijschrift ${nasty}`,
      number: 42,
    },
  );
  return doc;
}

async function bothWriters(doc: ReportDoc): Promise<{ library: Uint8Array; xml: Uint8Array }> {
  return { library: await renderDocxWithReferenceBody(doc), xml: await renderDocx(doc) };
}

describe.each([
  ['sample nl', () => sampleDoc('nl')],
  ['sample en', () => sampleDoc('en')],
  ['varied', variedDoc],
])('DOCX body as XML text, %s', (_name, makeDoc) => {
  let files: { library: Uint8Array; xml: Uint8Array };
  beforeAll(async () => {
    files = await bothWriters(makeDoc());
  }, 120_000);

  it('writes the same body as the docx library', () => {
    const library = normalisedBody(files.library);
    const xml = normalisedBody(files.xml);
    expect(xml.length).toBeGreaterThan(10_000);
    expect(xml).toBe(library);
  });

  it('leaves the parts the library writes alike (numbering, comments, styles, content types)', () => {
    const library = packageParts(files.library);
    const xml = packageParts(files.xml);
    for (const part of ['word/numbering.xml', 'word/comments.xml', 'word/styles.xml', 'word/settings.xml', '[Content_Types].xml']) {
      expect(partText(xml, part), part).toBe(partText(library, part));
    }
    expect([...xml.keys()].filter((name) => !name.startsWith('word/media/'))).toEqual([...library.keys()].filter((name) => !name.startsWith('word/media/')));
  });

  it('uses only ids that are defined, and each bookmark, drawing and relationship once', () => {
    const parts = packageParts(files.xml);
    const document = partText(parts, 'word/document.xml');
    const rels = mainRelationships(parts);
    for (const [, kind, id] of document.matchAll(/r:(id|embed)="([^"]+)"/g)) {
      const rel = rels.get(id);
      expect(rels.has(id), id).toBe(true);
      if (kind === 'embed') {
        expect(rel?.type).toBe('image');
        expect(parts.has(`word/${rel?.target}`), rel?.target).toBe(true);
      }
    }
    const relIds = [...partText(parts, 'word/_rels/document.xml.rels').matchAll(/ Id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(relIds).size).toBe(relIds.length);

    const numbering = partText(parts, 'word/numbering.xml');
    const defined = new Set([...numbering.matchAll(/<w:num w:numId="(\d+)">/g)].map((match) => match[1]));
    const used = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(defined.has(id), `numId ${id}`).toBe(true);

    const starts = [...document.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    const ends = [...document.matchAll(/<w:bookmarkEnd w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(starts).size).toBe(starts.length);
    expect([...ends].sort()).toEqual([...starts].sort());
    const names = [...document.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(names).size).toBe(names.length);

    const comments = new Set([...partText(parts, 'word/comments.xml').matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((match) => match[1]));
    for (const [, id] of document.matchAll(/<w:comment(?:RangeStart|RangeEnd|Reference) w:id="(\d+)"/g)) expect(comments.has(id), `comment ${id}`).toBe(true);

    const drawings = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(drawings).size).toBe(drawings.length);
  });
});

describe('DOCX body as XML text, malformed tables', () => {
  it('writes a header row with more cells than columns with only the columns’ cells, never an undefined width', async () => {
    const doc = sampleDoc('nl');
    doc.sections[0].blocks.unshift({
      type: 'table',
      id: 't-wide',
      columns: [{ header: 'Enige kolom', width: 1 }],
      headerRows: [[{ blocks: [para('p-w1', [{ text: 'een' }])] }, { blocks: [para('p-w2', [{ text: 'twee' }])] }]],
      rows: [[{ blocks: [] }, { blocks: [] }]],
      repeatHeader: true,
      caption: 'Te breed',
      number: 1,
    });
    const document = partText(packageParts(await renderDocx(doc)), 'word/document.xml');
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(table).toContain('Enige kolom');
    expect(table).toContain('een');
    expect(table).not.toContain('twee');
    expect(document).not.toMatch(/="(undefined|NaN)"/);
    for (const row of table.split('<w:tr>').slice(1)) expect(row.split('<w:tc>').length - 1).toBe(1);
  }, 60_000);
});

describe('DOCX body as XML text, read by others', () => {
  let browser: Browser;
  beforeAll(async () => {
    // Playwright gives the browser a fresh temporary profile of its own.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Parse errors of each XML text by Chromium's strict XML parser ('' when well-formed). */
  async function xmlErrors(texts: string[]): Promise<string[]> {
    const page = await browser.newPage();
    try {
      return await page.evaluate((all) => all.map((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? ''), texts);
    } finally {
      await page.close();
    }
  }

  it('has every XML part well-formed (and the parser does reject broken XML)', async () => {
    const broken = await xmlErrors(['<a>x & y</a>', '<a>\u0001</a>', '<a><b></a>', '<a b="<"/>']);
    for (const error of broken) expect(error).not.toBe('');
    const parts = packageParts(await renderDocx(variedDoc()));
    const names = [...parts.keys()].filter((name) => /\.(xml|rels)$/.test(name));
    expect(names).toContain('word/document.xml');
    const errors = await xmlErrors(names.map((name) => partText(parts, name)));
    expect(Object.fromEntries(names.map((name, index) => [name, errors[index]]).filter(([, error]) => error !== ''))).toEqual({});
  }, 120_000);

  it('reads the same in pandoc as the library writer’s file', async () => {
    const doc = sampleDoc('nl');
    const dir = tempDir();
    const { library, xml } = await bothWriters(doc);
    const read = (bytes: Uint8Array, name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const json = execFileSync('pandoc', ['-f', 'docx', '-t', 'json', '--track-changes=all', file], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
      // Pictures are media/<name> in the package: only their names differ.
      return json.replace(/"media\/[^"]+"/g, '"media/picture"');
    };
    const fromLibrary = read(library, 'library.docx');
    const fromXml = read(xml, 'xml.docx');
    expect(fromXml.length).toBeGreaterThan(50_000);
    expect(JSON.parse(fromXml)).toEqual(JSON.parse(fromLibrary));
  }, 120_000);
});
