// Reference import from BibTeX/BibLaTeX, RIS and CSL-JSON text (what Zotero,
// Mendeley and EndNote export). Every entry is parsed on its own, so one
// malformed entry costs one error and the rest still import.
//
// No network: citation-js's automatic input detection would fetch anything that
// looks like a URL or DOI. We never use it; BibTeX and RIS go through the parsers
// for their text formats (forceType), and CSL-JSON is parsed with JSON.parse.

import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Source } from '../model/desk-research';
import { cslToSource } from './csl-to-source';

export type ImportFormat = 'bibtex' | 'ris' | 'csl-json';

export interface ImportError {
  /** 1-based position of the entry in the file (0 for the file as a whole). */
  entry: number;
  /** Citation key or title snippet, to help the user find the entry. */
  label: string;
  message: string;
}

export interface ImportResult {
  format: ImportFormat;
  sources: Source[];
  errors: ImportError[];
}

export const MAX_IMPORT_CHARS = 10_000_000;
export const MAX_ENTRIES = 5000;
const MAX_ENTRY_CHARS = 200_000;

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 300);
}

export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const head = text.trimStart().slice(0, 2000);
  if (/^[[{]/.test(head)) return 'csl-json';
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (/^\s*@[a-z]+\s*[{(]/im.test(head) || /@[a-z]+\s*\{/i.test(text.slice(0, 100_000))) return 'bibtex';
  const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  if (extension === 'ris') return 'ris';
  if (extension === 'json') return 'csl-json';
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 10_000);
  if (sample.includes('\u0000')) return true;
  // Control characters other than tab/newline are a sign of a binary file.
  // eslint-disable-next-line no-control-regex
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.05;
}

/** Parses a list of entry texts one by one with the given parser. */
function parseEach(
  chunks: string[],
  parse: (chunk: string) => unknown,
  labelOf: (chunk: string) => string,
): { sources: Source[]; errors: ImportError[] } {
  const sources: Source[] = [];
  const errors: ImportError[] = [];
  chunks.slice(0, MAX_ENTRIES).forEach((chunk, index) => {
    const entry = index + 1;
    const label = labelOf(chunk).slice(0, 80);
    if (chunk.length > MAX_ENTRY_CHARS) {
      errors.push({ entry, label, message: 'Entry is too large.' });
      return;
    }
    try {
      const parsed = parse(chunk);
      const records = Array.isArray(parsed) ? parsed : [parsed];
      const found = records.map(cslToSource).filter((s): s is Source => s !== null);
      if (found.length === 0) errors.push({ entry, label, message: 'Entry has no title or author.' });
      sources.push(...found);
    } catch (error) {
      errors.push({ entry, label, message: message(error) });
    }
  });
  if (chunks.length > MAX_ENTRIES) {
    errors.push({ entry: 0, label: '', message: `Only the first ${MAX_ENTRIES} entries were read.` });
  }
  return { sources, errors };
}

function forced(type: string) {
  return (chunk: string) => plugins.input.chain(chunk, { forceType: type, generateGraph: false, target: '@csl/list+object' });
}

function importBibtex(text: string) {
  const chunks = text.split(/(?=^[ \t]*@[a-zA-Z]+[ \t]*[{(])/m).filter((c) => /^\s*@/.test(c));
  const isKind = (chunk: string, kind: RegExp) => kind.test(/^\s*@([a-zA-Z]+)/.exec(chunk)?.[1] ?? '');
  // @string macros are needed by every entry that uses them; comments and preambles carry no reference.
  const strings = chunks.filter((c) => isKind(c, /^string$/i)).join('\n');
  const entries = chunks.filter((c) => !isKind(c, /^(string|comment|preamble)$/i));
  const parseEntry = forced('@biblatex/text');
  return parseEach(
    entries,
    (chunk) => parseEntry(strings ? `${strings}\n${chunk}` : chunk),
    (chunk) => /^\s*@[a-zA-Z]+\s*[{(]\s*([^,\s]+)/.exec(chunk)?.[1] ?? chunk.trim().slice(0, 40),
  );
}

function importRis(text: string) {
  const chunks = text
    .split(/^ER {2}-.*$/m)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => `${c}\nER  - \n`);
  return parseEach(chunks, forced('@ris/file'), (chunk) => /^(?:TI|T1) {2}- (.*)$/m.exec(chunk)?.[1]?.trim() ?? '');
}

function importCslJson(text: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { sources: [], errors: [{ entry: 0, label: '', message: `Invalid JSON: ${message(error)}` }] };
  }
  const records = Array.isArray(data) ? data : [data];
  const labelOf = (record: unknown) => {
    if (typeof record !== 'object' || record === null) return '';
    const r = record as Record<string, unknown>;
    const own = (k: string) => (Object.prototype.hasOwnProperty.call(r, k) && typeof r[k] === 'string' ? (r[k] as string) : '');
    return own('id') || own('title');
  };
  const sources: Source[] = [];
  const errors: ImportError[] = [];
  records.slice(0, MAX_ENTRIES).forEach((record, index) => {
    const source = cslToSource(record);
    if (source) sources.push(source);
    else errors.push({ entry: index + 1, label: labelOf(record).slice(0, 80), message: 'Entry has no title or author.' });
  });
  if (records.length > MAX_ENTRIES) {
    errors.push({ entry: 0, label: '', message: `Only the first ${MAX_ENTRIES} entries were read.` });
  }
  return { sources, errors };
}

export function importReferences(text: string, fileName?: string): ImportResult {
  const guess = (typeof text === 'string' ? detectFormat(text, fileName) : null) ?? 'bibtex';
  const fail = (msg: string): ImportResult => ({ format: guess, sources: [], errors: [{ entry: 0, label: '', message: msg }] });
  try {
    if (typeof text !== 'string') return fail('The file is not text.');
    if (text.length > MAX_IMPORT_CHARS) return fail('The file is too large to import.');
    if (looksBinary(text)) return fail('The file is not a text file.');
    const clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
    const format = detectFormat(clean, fileName);
    if (!format) return fail('Unrecognised format: expected BibTeX, RIS or CSL-JSON.');
    const result = format === 'bibtex' ? importBibtex(clean) : format === 'ris' ? importRis(clean) : importCslJson(clean);
    return { format, ...result };
  } catch (error) {
    return fail(message(error));
  }
}
