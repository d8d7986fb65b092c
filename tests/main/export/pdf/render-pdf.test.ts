// The assembled PDF export of the Dutch and English sample projects, judged by
// programs nobody here wrote: qpdf, poppler (pdfinfo, pdffonts, pdftotext) and
// pdf.js. Each document is rendered once (rendering is the slow part) and then
// read back: structure, fonts, metadata, every text in reading order, the
// contents page numbers, bookmarks, links, comment notes, reproducibility and
// the command line.

import { execFile, execFileSync } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport, reportDocFor } from '../../../../src/main/export/export-report';
import { layoutReport } from '../../../../src/main/export/pdf/render-pdf';
import { tocHeadings } from '../../../../src/main/export/pdf/front-matter';
import { A4, type LaidOutHeading, type PageFrame } from '../../../../src/main/export/pdf/layout/types';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Language } from '../../../../src/shared/language';
import type { Project } from '../../../../src/shared/model/project';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import {
  pdffonts,
  pdfinfo,
  pdfjsAllAnnotations,
  pdfjsMetadata,
  pdfjsOutline,
  pdftotextPages,
  qpdfCheck,
  type OutlineNode,
  type PdfJsAnnotation,
} from './pdf-tools';
import { docHeadings, headingPages, inFlow, inkOutside, linkHrefs, nestHeadings, normalise, paragraphTexts, parseToc, withoutFurniture, wordsWith, type TreeNode } from './report-reading';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const samples = join(repoRoot, 'resources', 'samples');
const NOW = new Date('2026-06-12T09:30:00Z');

interface Rendered {
  language: Language;
  project: Project;
  doc: ReportDoc;
  frames: PageFrame[];
  layoutHeadings: LaidOutHeading[];
  bytes: Uint8Array;
  file: string;
  /** pdftotext, one entry per page. */
  pages: string[];
  /** Index of the first page after the contents. */
  bodyStart: number;
}

let dir: string;
const rendered = new Map<Language, Rendered>();
let withComments: { file: string; bytes: Uint8Array };

async function renderSample(language: Language): Promise<Rendered> {
  const project = (await readProjectFile(join(samples, `ouderbetrokkenheid-voorschool.${language}.drijfveer`))).loaded.project;
  const doc = reportDocFor(project, language);
  const bytes = await exportReport(project, { format: 'pdf', language, now: NOW });
  const file = join(dir, `sample-${language}.pdf`);
  await writeFile(file, bytes);
  // The logo only adds an image to the title page; the pages are the same without it.
  const { pages: frames, headings: layoutHeadings } = layoutReport(doc, null);
  const text = await pdftotextPages(file);
  const bodyStart = frames.findIndex((frame) => frame.role === 'body');
  return { language, project, doc, frames, layoutHeadings, bytes, file, pages: text, bodyStart };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-render-pdf-'));
  for (const language of ['nl', 'en'] as const) rendered.set(language, await renderSample(language));
  const nl = rendered.get('nl')!;
  const bytes = await exportReport(nl.project, { format: 'pdf', language: 'nl', comments: true, now: NOW });
  withComments = { bytes, file: join(dir, 'sample-nl-comments.pdf') };
  await writeFile(withComments.file, bytes);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample = (language: Language): Rendered => {
  const found = rendered.get(language);
  if (!found) throw new Error(`no ${language} render`);
  return found;
};

/** Titles, nesting and pages of the bookmarks, without the scroll positions. */
const outlineShape = (nodes: readonly OutlineNode[]): TreeNode[] =>
  nodes.map((node) => ({ title: node.title, pageIndex: node.pageIndex, items: outlineShape(node.items) }));

const byPosition = (a: { page: number; annotation: PdfJsAnnotation }, b: { page: number; annotation: PdfJsAnnotation }) =>
  a.page - b.page || b.annotation.rect[3] - a.annotation.rect[3];

describe.each(['nl', 'en'] as const)('the %s sample as PDF', (language) => {
  const lang = language === 'nl' ? 'nl-NL' : 'en-GB';

  it('passes qpdf --check', async () => {
    const result = await qpdfCheck(sample(language).file);
    expect(result.output).toMatch(/No syntax or stream encoding errors found/);
    expect(result.ok).toBe(true);
  });

  it('embeds every font as a subset with a ToUnicode map', async () => {
    const fonts = await pdffonts(sample(language).file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('has the project title, one page per laid-out frame, A4 pages, the report language and XMP with a PDF/A id', async () => {
    const { file, project, frames } = sample(language);
    const info = await pdfinfo(file);
    expect(info.Title).toBe(project.assignment.title);
    expect(Number(info.Pages)).toBe(frames.length);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    const metadata = await pdfjsMetadata(file);
    expect(metadata.info.Language).toBe(lang);
    expect(metadata.info.Title).toBe(project.assignment.title);
    expect(metadata.xmpRaw).toMatch(/<pdfaid:part>\d<\/pdfaid:part>/);
    expect(metadata.xmpRaw).toMatch(/<pdfaid:conformance>[ABU]<\/pdfaid:conformance>/);
    expect(metadata.xmp?.['dc:title']).toBe(project.assignment.title);
    expect(metadata.xmpRaw).toContain(`<rdf:li>${lang}</rdf:li>`);
  });

  it('holds every paragraph and every heading of the ReportDoc, the headings in reading order', () => {
    const { doc, pages, bodyStart } = sample(language);
    const body = normalise(pages.slice(bodyStart).join('\n'));
    // A paragraph that runs on to the next page is interrupted by the running header and footer.
    const flow = pages.slice(bodyStart).map((page) => withoutFurniture(page, doc));
    const missing = paragraphTexts(doc).filter((text) => !inFlow(flow, normalise(text)));
    expect(missing).toEqual([]);
    let at = -1;
    const outOfOrder: string[] = [];
    for (const heading of docHeadings(doc)) {
      const found = body.indexOf(normalise(heading.text), at + 1);
      if (found <= at) outOfOrder.push(heading.text);
      else at = found;
    }
    expect(outOfOrder).toEqual([]);
  });

  it('extracts ligatures as plain letters and keeps diacritics', () => {
    const { doc, pages } = sample(language);
    const all = pages.join('\n');
    expect(all).not.toMatch(/[\ufb00-\ufb06]/);
    const docText = paragraphTexts(doc).join(' ');
    const pdfWords = new Set(all.normalize('NFC').split(/[^\p{L}]+/u));
    for (const pair of ['fi', 'fl']) {
      const words = wordsWith(docText, pair).filter((word) => word.length > 4);
      expect(words.length, `a word with "${pair}"`).toBeGreaterThan(0);
      expect(words.filter((word) => pdfWords.has(word)).length, `words with "${pair}" found`).toBeGreaterThan(0);
    }
    if (language === 'nl') {
      for (const letter of ['ë', 'ï', 'é']) {
        const words = wordsWith(docText, letter);
        expect(words.length, `a word with ${letter}`).toBeGreaterThan(0);
        expect(words.filter((word) => !pdfWords.has(word)), `words with ${letter}`).toEqual([]);
      }
    }
  });

  it('prints in the contents the page on which pdftotext finds each heading', async () => {
    const { file, frames, doc, pages, bodyStart } = sample(language);
    const tocIndices = frames.flatMap((frame, index) => (frame.role === 'toc' ? [index] : []));
    expect(tocIndices.length).toBeGreaterThan(0);
    const layoutText = await pdftotextPages(file, { layout: true });
    const entries = parseToc(tocIndices.map((index) => ({ index, text: layoutText[index] })));
    const headings = docHeadings(doc);
    const found = headingPages(pages, headings, bodyStart);
    expect(headings.filter((_, i) => found[i] < 0).map((h) => h.text)).toEqual([]);
    const listed = headings.flatMap((heading, i) => (heading.level <= 2 ? [{ title: heading.text, page: found[i] + 1 }] : []));
    expect(entries.map((entry) => ({ title: normalise(entry.title), page: entry.page }))).toEqual(
      listed.map((entry) => ({ title: normalise(entry.title), page: entry.page })),
    );
  });

  it('has bookmarks equal to the heading tree, each leading to the page of its heading', async () => {
    const { file, doc, pages, bodyStart } = sample(language);
    const headings = docHeadings(doc);
    const found = headingPages(pages, headings, bodyStart);
    const outline = await pdfjsOutline(file);
    expect(outlineShape(outline)).toEqual(nestHeadings(headings, (i) => found[i]));
    // Every destination scrolls to a point on the page.
    const tops: (number | null)[] = [];
    const collect = (nodes: readonly OutlineNode[]) => nodes.forEach((node) => (tops.push(node.top), collect(node.items)));
    collect(outline);
    for (const top of tops) {
      expect(top).not.toBeNull();
      expect(top!).toBeGreaterThan(0);
      expect(top!).toBeLessThanOrEqual(841.9);
    }
  });

  it('links every URL of the ReportDoc, and nothing else, as a URI link', async () => {
    const { file, doc } = sample(language);
    const hrefs = [...new Set(linkHrefs(doc).map((href) => new URL(href).href))];
    expect(hrefs.length).toBeGreaterThan(0);
    const annotations = await pdfjsAllAnnotations(file);
    const urls = new Set(annotations.flat().flatMap((annotation) => (annotation.url ? [annotation.url] : [])));
    expect(hrefs.filter((href) => !urls.has(href))).toEqual([]);
    expect([...urls].filter((url) => !hrefs.includes(url))).toEqual([]);
  });

  it('makes every contents entry an internal link to its heading\'s page', async () => {
    const { file, frames, doc, pages, bodyStart, layoutHeadings } = sample(language);
    const annotations = await pdfjsAllAnnotations(file);
    const tocLinks = annotations
      .flatMap((list, page) => (frames[page].role === 'toc' ? list.map((annotation) => ({ page, annotation })) : []))
      .filter(({ annotation }) => annotation.subtype === 'Link')
      .sort(byPosition);
    const headings = docHeadings(doc);
    const found = headingPages(pages, headings, bodyStart);
    const listedPages = headings.flatMap((heading, i) => (heading.level <= 2 ? [found[i]] : []));
    expect(tocLinks.map(({ annotation }) => annotation.destPageIndex)).toEqual(listedPages);
    expect(tocLinks.every(({ annotation }) => annotation.url === undefined)).toBe(true);
    // The layout's own list of contents entries agrees with the doc's level-1 and level-2 headings.
    expect(tocHeadings(layoutHeadings).length).toBe(listedPages.length);
  });

  it('paints nothing outside the page\'s left and right margins', async () => {
    const { file, frames } = sample(language);
    const folder = join(dir, `ink-${language}`);
    await mkdir(folder);
    const ink = await inkOutside(file, folder, Math.floor(A4.marginLeft) - 2, Math.ceil(A4.width - A4.marginRight) + 2);
    expect(ink.size).toBe(frames.length);
    expect([...ink].filter(([, dark]) => dark > 0)).toEqual([]);
  });

  it('has no comment notes unless asked for', async () => {
    const annotations = (await pdfjsAllAnnotations(sample(language).file)).flat();
    expect(annotations.filter((annotation) => annotation.subtype === 'Text' || annotation.subtype === 'Popup')).toEqual([]);
  });
});

describe('comment notes', () => {
  it('shows one sticky note per open review comment, with its author, body and replies', async () => {
    const { project } = sample('nl');
    const open = project.review.comments.filter((comment) => comment.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(project.review.comments.some((comment) => comment.status === 'resolved')).toBe(true);
    const notes = (await pdfjsAllAnnotations(withComments.file)).flat().filter((annotation) => annotation.subtype === 'Text');
    expect(notes).toHaveLength(open.length);
    for (const comment of open) {
      const note = notes.find((candidate) => candidate.contents?.startsWith(comment.body.trim()));
      expect(note, comment.body).toBeDefined();
      expect(note!.title).toContain(comment.author.name);
      for (const reply of comment.replies) expect(note!.contents).toContain(reply.body.trim());
    }
    const resolved = project.review.comments.filter((comment) => comment.status === 'resolved');
    for (const comment of resolved) expect(notes.some((note) => note.contents?.includes(comment.body.trim()))).toBe(false);
    expect((await qpdfCheck(withComments.file)).ok).toBe(true);
  });
});

describe('reproducibility', () => {
  it('gives identical bytes for the same project and date', async () => {
    const { project, bytes } = sample('nl');
    const again = await exportReport(project, { format: 'pdf', language: 'nl', now: NOW });
    expect(again.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  }, 120_000);
});

describe('the command line', () => {
  const bundle = join(repoRoot, 'dist', 'cli.cjs');
  const cli = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [bundle, ...args], { cwd: dir }, (error, stdout, stderr) => {
        done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });

  beforeAll(() => {
    // The bundle users run, built from the current sources.
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-node.mjs'), '--quiet'], { cwd: repoRoot });
  }, 60_000);

  it('writes a PDF with --pdf that passes qpdf --check, exit 0', async () => {
    const run = await cli('export', join(samples, 'ouderbetrokkenheid-voorschool.nl.drijfveer'), '--pdf', 'cli.pdf', '--comments');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = join(dir, 'cli.pdf');
    expect((await qpdfCheck(out)).ok).toBe(true);
    expect((await pdfinfo(out)).Pages).toBe(String(sample('nl').frames.length));
    const notes = (await pdfjsAllAnnotations(out)).flat().filter((annotation) => annotation.subtype === 'Text');
    expect(notes.length).toBe(sample('nl').doc.comments.length);
  }, 120_000);

  it('refuses a damaged project file with its coded error and writes nothing', async () => {
    const good = await readFile(join(samples, 'ouderbetrokkenheid-voorschool.nl.drijfveer'), 'utf8');
    await writeFile(join(dir, 'kapot.drijfveer'), good.slice(0, Math.floor(good.length / 2)));
    const run = await cli('export', 'kapot.drijfveer', '--pdf', 'kapot.pdf');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error FILE_[A-Z_]+: /);
    await expect(access(join(dir, 'kapot.pdf'))).rejects.toThrow();
  }, 60_000);
});
