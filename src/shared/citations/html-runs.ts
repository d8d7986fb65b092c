// citeproc's HTML output → plain text runs. Only the few tags citeproc itself
// writes are understood (<i>, <b>, <span>, <sup>, <div>); every tag is dropped
// and entities decoded, so no raw HTML from a reference survives. DOIs and URLs
// become links.

import { sanitizeHref } from '../model/rich-text';

export interface BibRun {
  text: string;
  italic?: boolean;
  href?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits a run at URLs; a trailing full stop or comma belongs to the sentence, not the link. */
function linkify(run: BibRun): BibRun[] {
  const out: BibRun[] = [];
  let last = 0;
  for (const match of run.text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;]+$/, '');
    const start = match.index ?? 0;
    const href = sanitizeHref(url);
    if (!href) continue;
    if (start > last) out.push({ ...run, text: run.text.slice(last, start) });
    out.push({ ...run, text: url, href });
    last = start + url.length;
  }
  if (last < run.text.length) out.push({ ...run, text: run.text.slice(last) });
  return out;
}

export function htmlToRuns(html: string): BibRun[] {
  const runs: BibRun[] = [];
  let italicDepth = 0;
  const tokens = html.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
      if (tag && tag[2].toLowerCase() === 'i') italicDepth = Math.max(0, italicDepth + (tag[1] ? -1 : 1));
      continue;
    }
    const text = decodeEntities(token);
    if (!text) continue;
    const previous = runs[runs.length - 1];
    const italic = italicDepth > 0;
    if (previous && Boolean(previous.italic) === italic) previous.text += text;
    else runs.push(italic ? { text, italic: true } : { text });
  }
  // citeproc indents entries with spaces and ends them with a newline.
  if (runs.length > 0) {
    runs[0].text = runs[0].text.replace(/^\s+/, '');
    const lastRun = runs[runs.length - 1];
    lastRun.text = lastRun.text.replace(/\s+$/, '');
  }
  return runs.filter((r) => r.text.length > 0).flatMap(linkify);
}

export function runsToText(runs: BibRun[]): string {
  return runs.map((r) => r.text).join('');
}
