// The PDF export under hostile content: a 5,000-character word, a 300-character
// link, a 400-row table with long cells, and text with emoji, control
// characters, right-to-left scripts, combining marks and XML-special
// characters. The text goes in through a project field (so the report builder
// cleans it as it would a user's), the table is added to the ReportDoc. One
// render; qpdf must find the file sound, pdftotext every word inside the page's
// margins, and the table's header must repeat on every page it spans.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { faceShaper } from '../../../../src/main/export/pdf/layout/fonts';
import { layoutReport, renderPdf } from '../../../../src/main/export/pdf/render-pdf';
import { A4, type PageFrame } from '../../../../src/main/export/pdf/layout/types';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Project } from '../../../../src/shared/model/project';
import type { RichText } from '../../../../src/shared/model/rich-text';
import type { ReportDoc, TableBlock, TableCell } from '../../../../src/shared/report/doc';
import { pdfinfo, pdfjsAllAnnotations, pdftotextBbox, pdftotextPages, qpdfCheck, type BboxResult, type BboxWord } from './pdf-tools';
import { inkOutside, normalise, withoutFurniture } from './report-reading';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const NOW = new Date('2026-06-12T09:30:00Z');

const LONG_WORD = 'ouderbetrokkenheidsbevorderingsprogramma'.repeat(125);
const LONG_URL = `https://www.voorbeeld.nl/${Array.from({ length: 39 }, (_, i) => `deel${String(i).padStart(2, '0')}/`).join('')}`.padEnd(300, 'x');
const ODD_TEXT =
  'Stuur\u0007tekens\u0001weg\u001b. Combinerend: Ame\u0301lie, na\u0308ive. XML: <tag attr="1"> & \'apos\' ]]> &amp; \u2028einde.';
/** Scripts and symbols the report font has no glyphs for, in a paragraph of their own. */
const SCRIPT_TEXT = 'Schriften: emoji 👩‍👧‍👦 🎉 ✔️, Hebreeuws שלום עולם, Arabisch مرحبا بالعالم, Zalgo Z\u0351\u0357a\u030dl\u034ago. Schrifteinde.';
const HEADERS = ['Kolom Alfa', 'Kolom Beta', 'Kolom Gamma'];
const ROWS = 400;

const cellText = (row: number, column: number): string =>
  `Cel ${row}.${column}: ouders en medewerkers spreken elkaar bij het halen en brengen, en de voorschool deelt elke week een concrete thuistip in eenvoudige taal.`;

function paragraph(text: string, href?: string): RichText['content'][number] {
  return { type: 'paragraph', content: [{ type: 'text', text, ...(href ? { marks: [{ type: 'link' as const, href }] } : {}) }] };
}

function hostileProject(project: Project): Project {
  const copy = structuredClone(project);
  copy.context.background = {
    type: 'doc',
    content: [paragraph(`Woord: ${LONG_WORD} einde.`), paragraph('Zie de lange koppeling: '), paragraph(LONG_URL, LONG_URL), paragraph(ODD_TEXT), paragraph(SCRIPT_TEXT), ...copy.context.background.content],
  };
  return copy;
}

function longTable(): TableBlock {
  const cell = (text: string): TableCell => ({ blocks: [{ type: 'paragraph', id: `c-${text.slice(0, 12)}`, runs: [{ text }] }] });
  return {
    type: 'table',
    id: 'lange-tabel',
    columns: HEADERS.map((header, i) => ({ header, width: i === 0 ? 1 : 2 })),
    headerRows: [],
    rows: Array.from({ length: ROWS }, (_, r) => [cell(`Rij ${r + 1}`), cell(cellText(r + 1, 2)), cell(cellText(r + 1, 3))]),
    repeatHeader: true,
    caption: 'Een tabel van vierhonderd rijen',
    number: 99,
  };
}

/** The sample's title page, contents, first two chapters (the context one with the odd text) and a chapter with the long table. */
function hostileDoc(doc: ReportDoc): ReportDoc {
  const kept = doc.sections.filter((section) => section.key === 'management-summary' || section.key === 'context');
  return {
    ...doc,
    sections: [
      ...kept,
      { id: 'sec-lange-tabel', key: 'appendix-codebook', anchor: 'lange-tabel', title: 'Bijlage: lange tabel', level: 1, blocks: [longTable()], children: [] },
    ],
  };
}

let dir: string;
let file: string;
let doc: ReportDoc;
let frames: PageFrame[];
let bytes: Uint8Array;
let bbox: BboxResult;
let pages: string[];
let ink: Map<number, number>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-render-hostile-'));
  const project = (await readProjectFile(join(repoRoot, 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
  doc = hostileDoc(reportDocFor(hostileProject(project), 'nl'));
  bytes = await renderPdf(doc, { now: NOW });
  file = join(dir, 'hostile.pdf');
  await writeFile(file, bytes);
  frames = layoutReport(doc, null).pages;
  bbox = await pdftotextBbox(file);
  pages = await pdftotextPages(file);
  ink = await inkOutside(file, dir, Math.floor(A4.marginLeft) - 2, Math.ceil(A4.width - A4.marginRight) + 2);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PAGE = { left: A4.marginLeft, right: A4.width - A4.marginRight, top: A4.marginTop, bottom: A4.height - A4.marginBottom };
const TOLERANCE = 1;

/** The vertical extent of the paragraph with the unsupported scripts: from "Schriften:" to "Schrifteinde.". */
function scriptLines(): { page: number; yMin: number; yMax: number } | null {
  const start = bbox.words.find((word) => word.text === 'Schriften:');
  const end = bbox.words.find((word) => word.text === 'Schrifteinde.');
  if (!start || !end || start.page !== end.page) return null;
  return { page: start.page, yMin: start.yMin, yMax: end.yMax };
}

const onLines = (word: BboxWord, lines: { page: number; yMin: number; yMax: number }): boolean =>
  word.page === lines.page && word.yMin >= lines.yMin - TOLERANCE && word.yMax <= lines.yMax + TOLERANCE;

/**
 * Words outside the page's left and right margins, or outside the text area
 * vertically; the running header (title, client, possibly shortened with "…")
 * may stand in the top margin and the folio ("Pagina 3 van 9") in the bottom one.
 */
function wordsOutside(words: readonly BboxWord[]): string[] {
  const head = `${doc.meta.title} ${doc.meta.client}`.split(/\s+/);
  const foot = [doc.labels.page, doc.labels.of];
  const outside: string[] = [];
  for (const word of words) {
    const where = `p${word.page + 1} "${word.text.slice(0, 30)}" x ${word.xMin.toFixed(1)}–${word.xMax.toFixed(1)} y ${word.yMin.toFixed(1)}–${word.yMax.toFixed(1)}`;
    if (word.xMin < PAGE.left - TOLERANCE || word.xMax > PAGE.right + TOLERANCE) outside.push(where);
    else if (word.yMax <= PAGE.top) {
      const text = word.text.replace(/…$/, '');
      if (!head.some((part) => part.startsWith(text))) outside.push(`${where} (in the top margin)`);
    } else if (word.yMin >= PAGE.bottom) {
      if (!foot.includes(word.text) && !/^\d+$/.test(word.text)) outside.push(`${where} (in the bottom margin)`);
    } else if (word.yMin < PAGE.top - TOLERANCE || word.yMax > PAGE.bottom + TOLERANCE) outside.push(`${where} (across a margin)`);
  }
  return outside;
}

describe('hostile content in the PDF', () => {
  it('passes qpdf --check, with one page per laid-out frame', async () => {
    const result = await qpdfCheck(file);
    expect(result.output).toMatch(/No syntax or stream encoding errors found/);
    expect(result.ok).toBe(true);
    expect(Number((await pdfinfo(file)).Pages)).toBe(frames.length);
  });

  it('keeps every word inside the page\'s left and right margins, and body words inside the text area', () => {
    const script = scriptLines();
    expect(script).not.toBeNull();
    const words = bbox.words.filter((word) => !script || !onLines(word, script));
    expect(words.length).toBeGreaterThan(1000);
    expect(wordsOutside(words)).toEqual([]);
  });

  it('keeps the 5,000-character word, the link text and the odd characters as text', () => {
    // The long word runs on to the next page, past the running header and footer.
    const text = normalise(pages.map((page) => withoutFurniture(page, doc)).join('\n'));
    // Booleans, not toContain: a failure would print the whole document.
    expect(text.includes(normalise(`Woord: ${LONG_WORD} einde.`))).toBe(true);
    expect(text.includes(normalise(LONG_URL))).toBe(true);
    // The report builder drops control characters; the words around them stay.
    expect(text.includes(normalise('Stuurtekensweg.'))).toBe(true);
    expect(text.includes(normalise('XML: <tag attr="1"> & \'apos\' ]]> &amp;'))).toBe(true);
    expect(text.includes(normalise('Ame\u0301lie, na\u0308ive'))).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text)).toBe(false);
  });

  // Characters Source Sans 3 has no glyph for are set in DejaVu Sans, in the
  // order they were typed (no bidi reordering: right-to-left words extract in
  // logical order). An emoji neither font has is one replacement character.
  it('keeps Hebrew, Arabic, symbols and rare combining marks as text, and emoji neither font has as U+FFFD', () => {
    const text = normalise(pages.join('\n'));
    for (const part of ['שלום', 'עולם', 'مرحبا', 'بالعالم', 'Z\u0351\u0357a\u030dl\u034ago', 'emoji\ufffd\ufffd\u2714']) expect(text.includes(normalise(part)), part).toBe(true);
    // Never another character in place of a missing one.
    expect(/[\u{1F300}-\u{1FAFF}]/u.test(text)).toBe(false);
  });

  it('keeps a line of right-to-left text and missing glyphs inside the margins', () => {
    const script = scriptLines();
    expect(script).not.toBeNull();
    expect(wordsOutside(bbox.words.filter((word) => onLines(word, script!)))).toEqual([]);
    expect(ink.get(script!.page + 1)).toBe(0);
  });

  // fontkit keeps one glyph object per id: glyph 0 must not carry the text of the first missing character met.
  it('shapes each character the font lacks with its own text', () => {
    const shaper = faceShaper('regular');
    for (const word of ['تفاح', 'תפוז', 'xyzגזר']) expect(shaper.shape(word).map((glyph) => glyph.text).join(''), word).toBe(word);
  });

  it('paints nothing outside the left and right margins on the other pages', () => {
    const script = scriptLines();
    expect(ink.size).toBe(frames.length);
    const inked = [...ink].filter(([page, dark]) => page !== script!.page + 1 && dark > 0);
    expect(inked).toEqual([]);
  });

  it('makes the 300-character URL a link on every line it spans, inside the page', async () => {
    expect(LONG_URL).toHaveLength(300);
    const annotations = await pdfjsAllAnnotations(file);
    const links = annotations.flat().filter((annotation) => annotation.url === LONG_URL);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.rect[0]).toBeGreaterThanOrEqual(A4.marginLeft - 1);
      expect(link.rect[2]).toBeLessThanOrEqual(A4.width - A4.marginRight + 1);
    }
  });

  it('shows all 400 rows, and the header row on every page the table spans, above the rows', () => {
    const rowPages = new Map<number, number>();
    const spanned = new Set<number>();
    bbox.words.forEach((word, i) => {
      const next = bbox.words[i + 1];
      if (word.text === 'Rij' && next && /^\d+$/.test(next.text) && next.page === word.page) {
        rowPages.set(Number(next.text), word.page);
        spanned.add(word.page);
      }
      if (word.text.startsWith('Cel') || /^\d+\.[23]:$/.test(word.text)) spanned.add(word.page);
    });
    expect([...rowPages.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(spanned.size).toBeGreaterThan(10);
    const missing: number[] = [];
    for (const page of spanned) {
      const words = bbox.words.filter((word) => word.page === page);
      const headerWords = words.filter((word) => ['Alfa', 'Beta', 'Gamma'].includes(word.text));
      const rowTop = Math.min(...words.filter((word) => word.text === 'Rij' || word.text === 'Cel').map((word) => word.yMin));
      const ok = headerWords.length === 3 && headerWords.every((word) => word.yMax <= rowTop);
      if (!ok) missing.push(page + 1);
    }
    expect(missing).toEqual([]);
  });
});
