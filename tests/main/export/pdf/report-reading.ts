// Comparing a ReportDoc with what independent readers find in its PDF: the
// texts the document must show, its heading tree, the heading pages found in
// pdftotext's output, and the table of contents as printed. Both sides are
// normalised the same way (no whitespace, no hyphens, NFC), so line breaks
// and hyphenation never decide a comparison.

import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block, ReportDoc, Run, Section } from '../../../../src/shared/report/doc';
import { visitBlocks } from '../../../../src/shared/report/walk';

/** Drops whitespace (also no-break and zero-width spaces) and every kind of hyphen; NFC. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '').replace(/[-\u00ad\u2010\u2011]/g, '');
}

const runsText = (runs: readonly Run[]): string => runs.map((run) => run.text).join('');

/** Every paragraph and quote text of the doc (also inside lists and tables), in reading order. */
export function paragraphTexts(doc: ReportDoc): string[] {
  const texts: string[] = [];
  const visit = (block: Block) => {
    if (block.type === 'paragraph' || block.type === 'quote') {
      const text = runsText(block.runs);
      if (text.trim()) texts.push(text);
    }
  };
  const walk = (sections: readonly Section[]) => {
    for (const section of sections) {
      visitBlocks(section.blocks, visit);
      walk(section.children);
    }
  };
  walk(doc.sections);
  return texts;
}

/**
 * A page's text without what repeats on every page: the running header
 * (title, client, possibly shortened with "…") and repeated table header rows
 * at its top, the folio at its bottom.
 */
export function withoutFurniture(pageText: string, doc: ReportDoc): string {
  const headers = new Set<string>();
  const collect = (sections: readonly Section[]) => {
    for (const section of sections) {
      visitBlocks(section.blocks, (block) => {
        if (block.type !== 'table') return;
        block.columns.forEach((column) => headers.add(normalise(column.header)));
        headers.add(normalise(block.columns.map((column) => column.header).join('')));
      });
      collect(section.children);
    }
  };
  collect(doc.sections);
  const title = normalise(doc.meta.title);
  const client = normalise(doc.meta.client);
  // A client too long for the header shows as its municipality alone (the part before the first comma).
  const municipality = normalise(doc.meta.client.split(',')[0]);
  const folio = new RegExp(`^${normalise(doc.labels.page)}\\d+${normalise(doc.labels.of)}\\d+$`);
  const shortened = (line: string, full: string) => line.endsWith('…') && full.startsWith(line.slice(0, -1));
  const head = (text: string) => text === '' || text === title || text === client || text === municipality || headers.has(text) || shortened(text, title) || shortened(text, client);
  const lines = pageText.split('\n');
  let first = 0;
  while (first < lines.length && head(normalise(lines[first]))) first += 1;
  let last = lines.length;
  while (last > first && (normalise(lines[last - 1]) === '' || folio.test(normalise(lines[last - 1])))) last -= 1;
  return lines.slice(first, last).join('\n');
}

/**
 * Whether `text` (normalised) stands in the pages' text flow: whole on one
 * page or across pages, or — for a table row broken over a page, where the
 * row's other cells come between — as the end of a line on one page and the
 * start of a line on the next.
 */
export function inFlow(pages: readonly string[], text: string): boolean {
  const flows = pages.map((page) => {
    const lines = page.split('\n').map(normalise);
    const starts = new Set<number>();
    const ends = new Set<number>();
    let at = 0;
    for (const line of lines) {
      starts.add(at);
      at += line.length;
      ends.add(at);
    }
    return { text: lines.join(''), starts, ends };
  });
  if (flows.map((flow) => flow.text).join('').includes(text)) return true;
  for (let i = 0; i + 1 < flows.length; i += 1) {
    for (let k = 1; k < text.length; k += 1) {
      const before = text.slice(0, k);
      const after = text.slice(k);
      for (let from = flows[i].text.indexOf(before); from >= 0; from = flows[i].text.indexOf(before, from + 1)) {
        if (!flows[i].ends.has(from + k)) continue;
        for (let next = flows[i + 1].text.indexOf(after); next >= 0; next = flows[i + 1].text.indexOf(after, next + 1)) {
          if (flows[i + 1].starts.has(next)) return true;
        }
      }
    }
  }
  return false;
}

/** Every link target of the doc's runs. */
export function linkHrefs(doc: ReportDoc): string[] {
  const hrefs: string[] = [];
  const collect = (runs: readonly Run[]) => runs.forEach((run) => run.href && hrefs.push(run.href));
  const walk = (sections: readonly Section[]) => {
    for (const section of sections) {
      visitBlocks(section.blocks, (block) => {
        if (block.type === 'paragraph' || block.type === 'quote') collect(block.runs);
      });
      walk(section.children);
    }
  };
  walk(doc.sections);
  return hrefs;
}

export interface DocHeading {
  level: 1 | 2 | 3;
  text: string;
}

/** Section titles and heading blocks in reading order, as the reader of the report meets them. */
export function docHeadings(doc: ReportDoc): DocHeading[] {
  const headings: DocHeading[] = [];
  const walk = (sections: readonly Section[]) => {
    for (const section of sections) {
      headings.push({ level: section.level, text: section.title });
      for (const block of section.blocks) if (block.type === 'heading') headings.push({ level: block.level, text: block.text });
      walk(section.children);
    }
  };
  walk(doc.sections);
  return headings;
}

export interface TreeNode {
  title: string;
  pageIndex: number | null;
  items: TreeNode[];
}

/** Nests headings by level: each belongs to the nearest earlier heading of a lower level. */
export function nestHeadings(headings: readonly DocHeading[], pageOf: (index: number) => number | null): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: { level: number; node: TreeNode }[] = [];
  headings.forEach((heading, index) => {
    const node: TreeNode = { title: heading.text, pageIndex: pageOf(index), items: [] };
    while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].node.items : roots).push(node);
    stack.push({ level: heading.level, node });
  });
  return roots;
}

/**
 * The 0-based page on which each heading stands in pdftotext's output: each is
 * looked for after the previous one, as a line (or up to three wrapped lines)
 * holding exactly the heading's text, starting at page `from`. -1 when not found.
 */
export function headingPages(pages: readonly string[], headings: readonly DocHeading[], from: number): number[] {
  const lines = pages.flatMap((page, pageIndex) => page.split('\n').map((line) => ({ pageIndex, text: normalise(line) })));
  let cursor = lines.findIndex((line) => line.pageIndex >= from);
  if (cursor < 0) return headings.map(() => -1);
  return headings.map((heading) => {
    const wanted = normalise(heading.text);
    for (let i = cursor; i < lines.length; i += 1) {
      if (lines[i].text === '') continue;
      let joined = '';
      for (let k = 0; k < 3 && i + k < lines.length; k += 1) {
        joined += lines[i + k].text;
        if (joined === wanted) {
          cursor = i + k + 1;
          return lines[i].pageIndex;
        }
        if (!wanted.startsWith(joined)) break;
      }
    }
    return -1;
  });
}

export interface TocEntry {
  title: string;
  page: number;
  /** 0-based index of the contents page that prints it. */
  tocPage: number;
}

/**
 * The entries of the contents pages (`pdftotext -layout` text): lines ending
 * in dot leaders and a number; a title wrapped over several lines is joined.
 */
export function parseToc(tocPages: readonly { index: number; text: string }[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const { index, text } of tocPages) {
    let pending = '';
    for (const line of text.split('\n')) {
      const entry = /^\s*(.*?)\s*(?:\.\s*){3,}(\d+)\s*$/.exec(line);
      if (entry) {
        entries.push({ title: `${pending} ${entry[1]}`.trim().replace(/\s+/g, ' '), page: Number(entry[2]), tocPage: index });
        pending = '';
      } else if (line.trim() === '') {
        pending = '';
      } else {
        pending = `${pending} ${line.trim()}`;
      }
    }
  }
  return entries;
}

/** Words of `text` (letters only, split at anything else) that contain `part`. */
export function wordsWith(text: string, part: string): string[] {
  return [...new Set(text.normalize('NFC').split(/[^\p{L}]+/u).filter((word) => word.includes(part)))];
}

/**
 * Painted ink outside the columns [left, right] (in pt): renders pages with
 * pdftoppm at 72 dpi in grey (1 pixel = 1 pt) and returns, per 1-based page
 * number, how many dark pixels lie left of `left` or right of `right`.
 */
export async function inkOutside(file: string, folder: string, left: number, right: number): Promise<Map<number, number>> {
  await new Promise<void>((done, fail) => execFile('pdftoppm', ['-gray', '-r', '72', file, join(folder, 'ink')], (error) => (error ? fail(error) : done())));
  const result = new Map<number, number>();
  for (const name of (await readdir(folder)).filter((entry) => /^ink-\d+\.pgm$/.test(entry)).sort()) {
    const data = await readFile(join(folder, name));
    // Binary PGM: "P5", width, height, maxval, each followed by whitespace, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error(`${name} is not a binary PGM`);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = data.subarray(header[0].length);
    let dark = 0;
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        if ((x < left || x > right) && pixels[y * width + x] < 160) dark += 1;
      }
    }
    result.set(Number(/\d+/.exec(name)![0]), dark);
  }
  return result;
}
