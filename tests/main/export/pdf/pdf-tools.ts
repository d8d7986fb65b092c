// Reading exported PDF files back with programs nobody here wrote: qpdf,
// poppler (pdfinfo, pdffonts, pdftotext) and pdf.js. Each helper runs the
// program without a shell and turns its output into plain data, so a test can
// assert on what a real reader sees instead of on what pdf-lib was told.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);
const big = { maxBuffer: 64 * 1024 * 1024 };

export interface QpdfResult {
  /** True when qpdf exits 0 and reports no errors or warnings. */
  ok: boolean;
  exitCode: number;
  output: string;
}

/** `qpdf --check`: the file's structure, cross-reference table and streams. */
export async function qpdfCheck(path: string): Promise<QpdfResult> {
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', path], big);
    const output = `${stdout}${stderr}`;
    // qpdf exits 0 only without errors and warnings; warnings alone give exit status 3.
    const clean = /No syntax or stream encoding errors found/.test(output) && !/WARNING/.test(output);
    return { ok: clean, exitCode: 0, output };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { ok: false, exitCode: typeof failed.code === 'number' ? failed.code : -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A PDF object in qpdf's JSON: names "/Name", strings "u:text", references "3 0 R". */
export type QpdfValue = null | boolean | number | string | QpdfValue[] | { [key: string]: QpdfValue };

export interface QpdfObjects {
  /** The trailer dictionary. */
  trailer: Record<string, QpdfValue>;
  /** The page objects' references, in page order. */
  pages: string[];
  /** Follows a reference ("3 0 R") to its value; a stream gives its dictionary. */
  get(ref: QpdfValue | undefined): QpdfValue | undefined;
  /** A stream's dictionary and its decoded bytes. */
  stream(ref: QpdfValue | undefined): { dict: Record<string, QpdfValue>; data: Buffer } | undefined;
}

/** Every object of the file as qpdf reads it (`qpdf --json=2`, streams decoded). */
export async function qpdfObjects(path: string): Promise<QpdfObjects> {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', '--json-stream-data=inline', '--decode-level=generalized', path], big);
  const parsed = JSON.parse(stdout) as {
    qpdf: [unknown, Record<string, { value?: QpdfValue; stream?: { dict: Record<string, QpdfValue>; data?: string } }>];
    pages: { object: string }[];
  };
  const objects = parsed.qpdf[1];
  const entry = (ref: QpdfValue | undefined) => (typeof ref === 'string' && /^\d+ \d+ R$/.test(ref) ? objects[`obj:${ref}`] : undefined);
  return {
    trailer: (objects.trailer?.value ?? {}) as Record<string, QpdfValue>,
    pages: parsed.pages.map((page) => page.object),
    get(ref) {
      const found = entry(ref);
      if (!found) return ref;
      return found.stream ? found.stream.dict : found.value;
    },
    stream(ref) {
      const found = entry(ref);
      if (!found?.stream) return undefined;
      return { dict: found.stream.dict, data: Buffer.from(found.stream.data ?? '', 'base64') };
    },
  };
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/**
 * `pdffonts`: one row per font. The columns are fixed-width; their widths are
 * read from the dashed line under the header, because names and types contain spaces.
 */
export async function pdffonts(path: string): Promise<FontRow[]> {
  const { stdout } = await run('pdffonts', [path], big);
  const lines = stdout.split('\n');
  const ruler = lines.findIndex((line) => /^-+( -+)+$/.test(line.trim()));
  if (ruler < 0) return [];
  const columns: [number, number][] = [];
  const re = /-+/g;
  for (let m = re.exec(lines[ruler]); m; m = re.exec(lines[ruler])) columns.push([m.index, m.index + m[0].length]);
  return lines
    .slice(ruler + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cell = (i: number): string => line.slice(columns[i][0], i + 1 < columns.length ? columns[i + 1][0] : undefined).trim();
      const name = cell(0);
      return {
        name,
        type: cell(1),
        encoding: cell(2),
        embedded: cell(3) === 'yes',
        subset: cell(4) === 'yes',
        unicode: cell(5) === 'yes',
      };
    });
}

/** `pdfinfo` as a record of its "Key: value" lines (e.g. Title, Author, Pages, Page size). */
export async function pdfinfo(path: string, options: { isoDates?: boolean } = {}): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [...(options.isoDates ? ['-isodates'] : []), path], big);
  const record: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) record[m[1].trim()] = m[2].trim();
  }
  return record;
}

/** `pdfinfo -meta`: the raw XMP packet, '' when there is none. */
export async function pdfinfoXmp(path: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-meta', path], big);
  return stdout;
}

/** The text of every page with `pdftotext`, split at form feeds (one entry per page). */
export async function pdftotextPages(path: string, options: { layout?: boolean } = {}): Promise<string[]> {
  const { stdout } = await run('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], big);
  const pages = stdout.split('\f');
  // pdftotext ends every page with a form feed, so the last piece is empty.
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

export interface BboxWord {
  /** 0-based page index. */
  page: number;
  text: string;
  /** In pt from the top-left of the page, as pdftotext reports them. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface BboxResult {
  pages: { width: number; height: number }[];
  words: BboxWord[];
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** Every word with its box (`pdftotext -bbox`), and every page's size. */
export async function pdftotextBbox(path: string): Promise<BboxResult> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], big);
  const result: BboxResult = { pages: [], words: [] };
  const token = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;
  for (let m = token.exec(stdout); m; m = token.exec(stdout)) {
    if (m[1] !== undefined) {
      result.pages.push({ width: Number(m[1]), height: Number(m[2]) });
    } else {
      result.words.push({
        page: result.pages.length - 1,
        text: decodeEntities(m[7]),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
    }
  }
  return result;
}

// --- pdf.js -----------------------------------------------------------------

type PdfJs = typeof PdfJsModule;
type PdfJsDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsModule: Promise<PdfJs> | undefined;

async function pdfjs(): Promise<PdfJs> {
  if (!globalThis.DOMMatrix) {
    // pdf.js only needs DOMMatrix for rendering; reading the structure never calls it.
    (globalThis as { DOMMatrix?: unknown }).DOMMatrix = class DOMMatrix {};
  }
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

async function withDocument<T>(path: string, use: (doc: PdfJsDocument) => Promise<T>): Promise<T> {
  const lib = await pdfjs();
  const data = new Uint8Array(await readFile(path));
  const task = lib.getDocument({ data, verbosity: lib.VerbosityLevel.ERRORS, isEvalSupported: false, useSystemFonts: false });
  const doc = await task.promise;
  try {
    return await use(doc);
  } finally {
    await task.destroy();
  }
}

export interface OutlineNode {
  title: string;
  /** 0-based page the bookmark leads to, null when its destination does not resolve. */
  pageIndex: number | null;
  /** The destination's top in PDF coordinates (from the bottom), null when not given. */
  top: number | null;
  /** The destination type, e.g. "XYZ". */
  fit: string | null;
  items: OutlineNode[];
}

/** The bookmarks as pdf.js reads them, destinations resolved to page indices. */
export async function pdfjsOutline(path: string): Promise<OutlineNode[]> {
  return withDocument(path, async (doc) => {
    const outline = await doc.getOutline();
    type Item = NonNullable<typeof outline>[number];
    const convert = async (item: Item): Promise<OutlineNode> => {
      let dest: unknown = item.dest;
      if (typeof dest === 'string') dest = await doc.getDestination(dest);
      let pageIndex: number | null = null;
      let top: number | null = null;
      let fit: string | null = null;
      if (Array.isArray(dest) && dest.length > 0) {
        const [target, kind, , y] = dest as [unknown, { name?: string } | undefined, unknown, unknown];
        if (target && typeof target === 'object') pageIndex = await doc.getPageIndex(target as { num: number; gen: number });
        else if (typeof target === 'number') pageIndex = target;
        fit = kind?.name ?? null;
        top = typeof y === 'number' ? y : null;
      }
      return { title: item.title, pageIndex, top, fit, items: await Promise.all(item.items.map(convert)) };
    };
    return Promise.all((outline ?? []).map(convert));
  });
}

export interface PdfJsMetadata {
  /** The document information dictionary (Title, Author, Language, …). */
  info: Record<string, unknown>;
  /** The XMP properties pdf.js parsed, keyed by lower-case qualified name (e.g. "dc:title"); null without XMP. */
  xmp: Record<string, unknown> | null;
  /** The XMP packet as pdf.js received it. */
  xmpRaw: string | null;
}

export async function pdfjsMetadata(path: string): Promise<PdfJsMetadata> {
  return withDocument(path, async (doc) => {
    const { info, metadata } = await doc.getMetadata();
    return {
      info: info as Record<string, unknown>,
      xmp: metadata ? Object.fromEntries(metadata as Iterable<[string, unknown]>) : null,
      xmpRaw: metadata ? String(metadata.getRaw()) : null,
    };
  });
}

export interface PdfJsAnnotation {
  subtype: string;
  /** [x1, y1, x2, y2] in PDF coordinates. */
  rect: number[];
  url?: string;
  /** An internal link's destination resolved to a page index and top. */
  destPageIndex?: number;
  destTop?: number | null;
  contents?: string;
  title?: string;
  name?: string;
  modificationDate?: string | null;
  hasPopup?: boolean;
  raw: Record<string, unknown>;
}

async function annotationsOf(doc: PdfJsDocument, pageIndex: number): Promise<PdfJsAnnotation[]> {
  const page = await doc.getPage(pageIndex + 1);
  const annotations = (await page.getAnnotations()) as Record<string, unknown>[];
  return Promise.all(
    annotations.map(async (raw) => {
      const out: PdfJsAnnotation = { subtype: String(raw.subtype), rect: Array.from(raw.rect as ArrayLike<number>), raw };
      if (typeof raw.url === 'string') out.url = raw.url;
      let dest: unknown = raw.dest;
      if (typeof dest === 'string') dest = await doc.getDestination(dest);
      if (Array.isArray(dest) && dest.length > 0 && dest[0] && typeof dest[0] === 'object') {
        out.destPageIndex = await doc.getPageIndex(dest[0] as { num: number; gen: number });
        out.destTop = typeof dest[3] === 'number' ? dest[3] : null;
      }
      const contents = raw.contentsObj as { str?: string } | undefined;
      if (contents?.str !== undefined) out.contents = contents.str;
      const title = raw.titleObj as { str?: string } | undefined;
      if (title?.str !== undefined) out.title = title.str;
      if (typeof raw.name === 'string') out.name = raw.name;
      if (raw.modificationDate !== undefined) out.modificationDate = raw.modificationDate as string | null;
      if (typeof raw.hasPopup === 'boolean') out.hasPopup = raw.hasPopup;
      return out;
    }),
  );
}

/** The annotations of one page (0-based) as pdf.js reads them. */
export async function pdfjsAnnotations(path: string, pageIndex: number): Promise<PdfJsAnnotation[]> {
  return withDocument(path, (doc) => annotationsOf(doc, pageIndex));
}

/** The annotations of every page, opening the file once (index = 0-based page). */
export async function pdfjsAllAnnotations(path: string): Promise<PdfJsAnnotation[][]> {
  return withDocument(path, async (doc) => {
    const pages: PdfJsAnnotation[][] = [];
    for (let i = 0; i < doc.numPages; i += 1) pages.push(await annotationsOf(doc, i));
    return pages;
  });
}

/** The page labels pdf.js reads (/PageLabels), null when the file has none. */
export async function pdfjsPageLabels(path: string): Promise<string[] | null> {
  return withDocument(path, async (doc) => doc.getPageLabels());
}

/** One text item as pdf.js reads it from a page's content stream: its string and where it starts. */
export interface PdfJsTextItem {
  str: string;
  x: number;
  y: number;
}

/** Every page's text items as pdf.js extracts them (index = 0-based page). */
export async function pdfjsTextItems(path: string): Promise<PdfJsTextItem[][]> {
  return withDocument(path, async (doc) => {
    const pages: PdfJsTextItem[][] = [];
    for (let i = 1; i <= doc.numPages; i += 1) {
      const content = await (await doc.getPage(i)).getTextContent();
      const items: PdfJsTextItem[] = [];
      for (const item of content.items) if ('str' in item) items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number });
      pages.push(items);
    }
    return pages;
  });
}
